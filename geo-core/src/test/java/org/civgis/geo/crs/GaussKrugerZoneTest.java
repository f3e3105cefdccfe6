package org.civgis.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GaussKrugerZoneTest {

  // ---- the zones of the Changji prefecture (85.5°E to 91.5°E)

  @ParameterizedTest
  @CsvSource({
    "85.49, 84, 4537", // west of 85.5°E: CM 84°E
    "85.5, 87, 4538", // halfway belongs to the eastern zone
    "87.3, 87, 4538", // 昌吉市
    "88.5, 90, 4539", // halfway again
    "89.6, 90, 4539", // 奇台县
    "90.8, 90, 4539", // 木垒
  })
  void zoneOfLongitude(double longitude, int centralMeridian, int epsg) {
    GaussKrugerZone zone = GaussKrugerZone.forLongitude(longitude);
    assertThat(zone.centralMeridianDegrees()).isEqualTo(centralMeridian);
    assertThat(zone.epsg()).isEqualTo(epsg);
  }

  // ---- the ends of the EPSG range

  @Test
  void firstAndLastZones() {
    assertThat(new GaussKrugerZone(75).epsg()).isEqualTo(4534);
    assertThat(new GaussKrugerZone(135).epsg()).isEqualTo(4554);
    assertThat(GaussKrugerZone.forLongitude(136.5).centralMeridianDegrees()).isEqualTo(135);
  }

  // ---- invalid cases

  @Test
  void rejectsLongitudesOutsideChina() {
    assertThatThrownBy(() -> GaussKrugerZone.forLongitude(10.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0");
    assertThatThrownBy(() -> GaussKrugerZone.forLongitude(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsCentralMeridiansThatAreNotZones() {
    assertThatThrownBy(() -> new GaussKrugerZone(88)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new GaussKrugerZone(72)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void projParametersNameTheCentralMeridian() {
    assertThat(new GaussKrugerZone(87).projParameters())
        .contains("+proj=tmerc", "+lon_0=87", "+x_0=500000", "+ellps=GRS80", "+k=1");
  }
}
