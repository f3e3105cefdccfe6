package org.civgis.data.changji.urban;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The checked-in OSM file of the generated streets ({@code changji/changji_urban_streets.osm}):
 * current with the generator, real highway values, and noded — ways that meet share a node there.
 */
class UrbanStreetsOsmTest {
  static final String FILE = "changji/changji_urban_streets.osm";
  static byte[] checkedIn;
  static Map<Long, Coordinate> nodes = new HashMap<>();
  static Map<Long, List<Long>> ways = new HashMap<>();
  static Map<Long, Map<String, String>> tags = new HashMap<>();

  @BeforeAll
  static void read() throws Exception {
    checkedIn = DataFiles.classpath().read(FILE);
    Document doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(checkedIn));
    NodeList nodeList = doc.getElementsByTagName("node");
    for (int i = 0; i < nodeList.getLength(); i++) {
      Element n = (Element) nodeList.item(i);
      nodes.put(
          Long.parseLong(n.getAttribute("id")),
          new Coordinate(
              Double.parseDouble(n.getAttribute("lon")),
              Double.parseDouble(n.getAttribute("lat"))));
    }
    NodeList wayList = doc.getElementsByTagName("way");
    for (int i = 0; i < wayList.getLength(); i++) {
      Element w = (Element) wayList.item(i);
      long id = Long.parseLong(w.getAttribute("id"));
      List<Long> refs = new ArrayList<>();
      NodeList nds = w.getElementsByTagName("nd");
      for (int k = 0; k < nds.getLength(); k++) {
        refs.add(Long.parseLong(((Element) nds.item(k)).getAttribute("ref")));
      }
      ways.put(id, refs);
      Map<String, String> t = new HashMap<>();
      NodeList tagList = w.getElementsByTagName("tag");
      for (int k = 0; k < tagList.getLength(); k++) {
        Element tag = (Element) tagList.item(k);
        t.put(tag.getAttribute("k"), tag.getAttribute("v"));
      }
      tags.put(id, t);
    }
  }

  @Test
  void theFileIsWhatTheGeneratorWrites() {
    String generated = ChangjiDataset.read(DataFiles.classpath()).urban().osmXml();
    assertThat(new String(checkedIn, StandardCharsets.UTF_8))
        .as("regenerate with: java -jar data/target/civgis-data-exec.jar write-osm data/" + FILE)
        .isEqualTo(generated);
  }

  @Test
  void waysUseRealHighwayValuesAndNamedRoadsTheirNames() {
    assertThat(ways).hasSize(224);
    for (Map.Entry<Long, Map<String, String>> e : tags.entrySet()) {
      Map<String, String> t = e.getValue();
      assertThat(t.get("highway")).isIn("primary", "secondary", "residential", "footway");
      assertThat(t.get("note")).startsWith("示意");
      if (!t.get("highway").equals("footway")) {
        assertThat(t.get("name")).as("way " + e.getKey()).isNotBlank();
        assertThat(t.get("ref:civgis")).matches("652301-R\\d{5}");
      }
      assertThat(ways.get(e.getKey())).hasSizeGreaterThanOrEqualTo(2);
      assertThat(nodes.keySet()).containsAll(ways.get(e.getKey()));
    }
  }

  @Test
  void waysMeetOnlyAtSharedNodes() {
    GeometryFactory factory = new GeometryFactory();
    Map<Long, LineString> lines = new HashMap<>();
    ways.forEach(
        (id, refs) ->
            lines.put(
                id,
                factory.createLineString(
                    refs.stream().map(nodes::get).toArray(Coordinate[]::new))));
    List<Long> ids = new ArrayList<>(lines.keySet());
    int meetings = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        LineString a = lines.get(ids.get(i));
        LineString b = lines.get(ids.get(j));
        if (!a.intersects(b)) {
          continue;
        }
        Geometry meet = a.intersection(b);
        for (Coordinate c : meet.getCoordinates()) {
          meetings++;
          assertThat(nodeAt(ids.get(i), c) && nodeAt(ids.get(j), c))
              .as("ways %d and %d meet at %s", ids.get(i), ids.get(j), c)
              .isTrue();
        }
      }
    }
    assertThat(meetings).isGreaterThan(300);
  }

  @Test
  void everyNodeCanBeReachedFromEveryOther() {
    Map<Long, Set<Long>> next = new HashMap<>();
    for (List<Long> refs : ways.values()) {
      for (int k = 0; k + 1 < refs.size(); k++) {
        next.computeIfAbsent(refs.get(k), n -> new HashSet<>()).add(refs.get(k + 1));
        next.computeIfAbsent(refs.get(k + 1), n -> new HashSet<>()).add(refs.get(k));
      }
    }
    Set<Long> seen = new HashSet<>();
    ArrayDeque<Long> queue = new ArrayDeque<>(List.of(next.keySet().iterator().next()));
    while (!queue.isEmpty()) {
      long n = queue.poll();
      if (seen.add(n)) {
        queue.addAll(next.get(n));
      }
    }
    assertThat(seen).hasSize(nodes.size());
  }

  private static boolean nodeAt(long way, Coordinate c) {
    return ways.get(way).stream().anyMatch(id -> nodes.get(id).equals2D(c));
  }
}
