package org.civgis.geo.network.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.civgis.geo.network.RoadNetwork;
import org.junit.jupiter.api.Test;

class WalkingNetworkReaderTest {

  /*
   * A generated file (ways before nodes, negative ids, as our address generator and JOSM write):
   *
   *   -1 ---- -2 ---- -3          way -10 (人民路, residential): -1 -2 -3
   *            |                  way -11 (footway): -2 -4
   *           -4 ---- -5          way -12 (motorway): -4 -5, not walkable
   *                               way -13 (service, access=private): -3 -5, not walkable
   */
  private static final String GENERATED =
      """
      <?xml version='1.0' encoding='UTF-8'?>
      <osm version='0.6' generator='civgis'>
        <way id='-10'><nd ref='-1'/><nd ref='-2'/><nd ref='-3'/>
          <tag k='highway' v='residential'/><tag k='name' v='人民路'/></way>
        <way id='-11'><nd ref='-2'/><nd ref='-4'/><tag k='highway' v='footway'/></way>
        <way id='-12'><nd ref='-4'/><nd ref='-5'/><tag k='highway' v='motorway'/></way>
        <way id='-13'><nd ref='-3'/><nd ref='-5'/>
          <tag k='highway' v='service'/><tag k='access' v='private'/></way>
        <way id='-14' action='delete'><nd ref='-1'/><nd ref='-5'/><tag k='highway' v='path'/></way>
        <node id='-1' lat='44.0000' lon='87.3000'/>
        <node id='-2' lat='44.0000' lon='87.3010'/>
        <node id='-3' lat='44.0000' lon='87.3020'/>
        <node id='-4' lat='43.9990' lon='87.3010'/>
        <node id='-5' lat='43.9990' lon='87.3020'/>
      </osm>
      """;

  @Test
  void generatedXmlIsSplitAtSharedNodes() {
    ImportedNetwork imported = read(GENERATED.getBytes(StandardCharsets.UTF_8));
    RoadNetwork network = imported.network();
    assertThat(imported.ways()).isEqualTo(4);
    assertThat(imported.walkableWays()).isEqualTo(2);
    assertThat(network.edgeCount()).as("-1..-2, -2..-3, -2..-4").isEqualTo(3);
    assertThat(network.nodeCount()).isEqualTo(4);
    assertThat(imported.edgeOsmWayIds()).containsExactly(-10, -10, -11);
    assertThat(imported.edgeNames()).containsExactly("人民路", "人民路", null);
    assertThat(imported.edgeHighways()).containsExactly("residential", "residential", "footway");
    // 0.001° of longitude at 44°N is about 80.2 m
    assertThat(network.edgeLengthMeters(0)).isBetween(80.0, 80.4);
    int junction = network.edgeTarget(0);
    assertThat(imported.nodeOsmIds()[junction]).isEqualTo(-2);
    assertThat(network.edgeSource(1)).isEqualTo(junction);
    assertThat(network.edgeSource(2)).isEqualTo(junction);
  }

  @Test
  void gzippedXmlIsRecognisedByItsContent() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(GENERATED.getBytes(StandardCharsets.UTF_8));
    }
    assertThat(read(bytes.toByteArray()).network().edgeCount()).isEqualTo(3);
  }

  @Test
  void intermediateVerticesBecomeTheEdgeShapeAndMissingNodesCutTheWay() {
    String xml =
        """
        <osm version='0.6'>
          <node id='1' lat='44.000' lon='87.300'/>
          <node id='2' lat='44.001' lon='87.300'/>
          <node id='3' lat='44.001' lon='87.301'/>
          <node id='5' lat='44.002' lon='87.302'/>
          <node id='6' lat='44.003' lon='87.302'/>
          <way id='7'><nd ref='1'/><nd ref='2'/><nd ref='2'/><nd ref='3'/><nd ref='4'/>
            <nd ref='5'/><nd ref='6'/><tag k='highway' v='path'/></way>
        </osm>
        """;
    ImportedNetwork imported = read(xml.getBytes(StandardCharsets.UTF_8));
    RoadNetwork network = imported.network();
    assertThat(imported.missingNodeRefs()).isEqualTo(1);
    assertThat(network.edgeCount()).isEqualTo(2);
    assertThat(network.shapeSize(0)).as("1, 2, 3").isEqualTo(3);
    assertThat(network.shapeSize(1)).as("5, 6").isEqualTo(2);
  }

  @Test
  void malformedXmlNamesTheProblem() {
    assertThatThrownBy(
            () ->
                read("<osm><node id='x' lat='1' lon='2'/></osm>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(OsmFormatException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("id");
  }

  private static ImportedNetwork read(byte[] bytes) {
    return WalkingNetworkReader.read(new ByteArrayInputStream(bytes));
  }
}
