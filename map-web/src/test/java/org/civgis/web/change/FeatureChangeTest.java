package org.civgis.web.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class FeatureChangeTest {

  // ---- the payload

  @Test
  void payloadAsThePackageContractWritesIt() {
    assertThat(new FeatureChange("divisions", new Envelope(87.5, 88.25, 43.75, 44.5)).toPayload())
        .isEqualTo("{\"collection\":\"divisions\",\"bbox\":[87.5,43.75,88.25,44.5]}");
    assertThat(new FeatureChange("divisions", null).toPayload())
        .isEqualTo("{\"collection\":\"divisions\",\"bbox\":null}");
  }

  @Test
  void anEmptyEnvelopeMeansTheWholeCollection() {
    assertThat(new FeatureChange("divisions", new Envelope()).lonLatBbox()).isNull();
  }

  @Test
  void parsesWhatItWrites() {
    FeatureChange change = new FeatureChange("divisions", new Envelope(87.5, 88.25, 43.75, 44.5));
    assertThat(FeatureChange.parse(change.toPayload())).isEqualTo(change);
    assertThat(FeatureChange.parse("{\"collection\":\"divisions\"}"))
        .isEqualTo(new FeatureChange("divisions", null));
    assertThat(FeatureChange.parse("{\"collection\":\"divisions\",\"bbox\":[87,44,88,45]}"))
        .isEqualTo(new FeatureChange("divisions", new Envelope(87, 88, 44, 45)));
  }

  // ---- refusals

  @Test
  void malformedPayloadsAreRefused() {
    assertThatThrownBy(() -> FeatureChange.parse("divisions"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FeatureChange.parse("{\"bbox\":null}"))
        .hasMessageContaining("collection");
    assertThatThrownBy(() -> FeatureChange.parse("{\"collection\":\"d\",\"bbox\":[1,2,3]}"))
        .hasMessageContaining("4 numbers");
    assertThatThrownBy(() -> FeatureChange.parse("{\"collection\":\"d\",\"bbox\":[1,2,\"3\",4]}"))
        .hasMessageContaining("4 numbers");
    assertThatThrownBy(() -> FeatureChange.parse("{\"collection\":\"d\",\"bbox\":[3,2,1,4]}"))
        .hasMessageContaining("minimum");
    assertThatThrownBy(() -> new FeatureChange(" ", null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new FeatureChange("d", new Envelope(0, Double.POSITIVE_INFINITY, 0, 1)))
        .hasMessageContaining("finite");
  }
}
