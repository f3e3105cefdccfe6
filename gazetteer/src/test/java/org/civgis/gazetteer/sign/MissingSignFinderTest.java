package org.civgis.gazetteer.sign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Missing signs on a small network (at 44°N, 0.001° of longitude is about 80 m, of latitude about
 * 111 m):
 *
 * <pre>
 *                     乙路 (south to north)
 *                      |
 *        丙巷           |               丁路 (ends 8 m short of 甲路)
 *         |            |                |
 *         |            |                |
 *  甲路 ===+============+================:=====>   (west to east, 87.300–87.310)
 *       87.302         |87.305          87.308
 *                      |
 * </pre>
 *
 * Places that need signs: 甲路 at its two ends, at 丙巷 (a T-junction), at 乙路 (a crossing), at 丁路 (an
 * end within the tolerance); 乙路 at its ends and at 甲路; 丙巷 at its start on 甲路 and its end; 丁路 at its
 * start near 甲路 and its end: 12 places.
 */
class MissingSignFinderTest {
  static final double TOLERANCE = 30;

  static final MissingSignFinder.Road JIA =
      road("R1", "甲路", "LINESTRING (87.300 44.000, 87.310 44.000)");
  static final MissingSignFinder.Road YI =
      road("R2", "乙路", "LINESTRING (87.305 43.996, 87.305 44.004)");
  static final MissingSignFinder.Road BING =
      road("R3", "丙巷", "LINESTRING (87.302 44.000, 87.302 44.003)");
  static final MissingSignFinder.Road DING =
      road("R4", "丁路", "LINESTRING (87.308 44.000072, 87.308 44.003)");
  static final List<MissingSignFinder.Road> NETWORK = List.of(JIA, YI, BING, DING);

  static MissingSignFinder.Road road(String code, String name, String wkt) {
    try {
      LineString line = (LineString) new WKTReader().read(wkt);
      line.setSRID(Srid.CGCS2000);
      return new MissingSignFinder.Road(code, name, line);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static MissingSignFinder.Sign sign(String roadCode, double lon, double lat) {
    Point p =
        new org.locationtech.jts.geom.GeometryFactory()
            .createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
    p.setSRID(Srid.CGCS2000);
    return new MissingSignFinder.Sign(roadCode, p);
  }

  static String describe(MissingSignFinder.Requirement r) {
    return r.roadName()
        + " "
        + r.place().chineseName()
        + (r.otherRoads().isEmpty() ? "" : " " + r.otherRoads());
  }

  // ---- the places that need signs

  @Test
  void everyEndAndEveryMeetingOfNamedRoadsNeedsASign() {
    List<MissingSignFinder.Requirement> places =
        MissingSignFinder.requirements(NETWORK, List.of(), TOLERANCE);
    assertThat(places)
        .extracting(MissingSignFinderTest::describe)
        .containsExactlyInAnyOrder(
            "甲路 起点",
            "甲路 终点",
            "甲路 交叉口 [丙巷]",
            "甲路 交叉口 [乙路]",
            "甲路 交叉口 [丁路]",
            "乙路 起点",
            "乙路 终点",
            "乙路 交叉口 [甲路]",
            "丙巷 起点 [甲路]",
            "丙巷 终点",
            "丁路 起点 [甲路]",
            "丁路 终点");
    assertThat(places).noneMatch(MissingSignFinder.Requirement::served);
  }

  @Test
  void theCrossingIsWhereTheLinesCross() {
    MissingSignFinder.Requirement crossing =
        MissingSignFinder.requirements(NETWORK, List.of(), TOLERANCE).stream()
            .filter(r -> r.roadName().equals("甲路") && r.otherRoads().contains("乙路"))
            .findFirst()
            .orElseThrow();
    assertThat(crossing.point().getX())
        .isCloseTo(87.305, org.assertj.core.data.Offset.offset(1e-6));
    assertThat(crossing.point().getY())
        .isCloseTo(44.000, org.assertj.core.data.Offset.offset(1e-6));
  }

  // ---- signs that serve them, and signs that do not

  @Test
  void aSignOfTheRoadWithinTheToleranceServesAPlace() {
    List<MissingSignFinder.Sign> signs =
        List.of(
            // 甲路 at the crossing with 乙路, on a corner 12 m away: serves
            sign("R1", 87.30510, 44.00007),
            // 乙路 at the same corner: serves 乙路's place, not 甲路's
            sign("R2", 87.30490, 44.00007),
            // 甲路 40 m east of its west end: too far, the start is missing
            sign("R1", 87.3005, 44.0),
            // 乙路's sign at 甲路's east end: the wrong road
            sign("R2", 87.310, 44.0001),
            // 丙巷 at its start (the T-junction) and at its end
            sign("R3", 87.3021, 44.0001),
            sign("R3", 87.302, 44.0029),
            // 丁路 at its end only
            sign("R4", 87.3081, 44.003));
    List<MissingSignFinder.Requirement> missing =
        MissingSignFinder.missing(NETWORK, signs, TOLERANCE);
    assertThat(missing)
        .extracting(MissingSignFinderTest::describe)
        .containsExactlyInAnyOrder(
            "甲路 起点", "甲路 终点", "甲路 交叉口 [丙巷]", "甲路 交叉口 [丁路]", "乙路 起点", "乙路 终点", "丁路 起点 [甲路]");
  }

  @Test
  void aSmallerToleranceSeparatesTheEndOfALaneFromTheRoad() {
    // with 5 m, 丁路 (8 m short) no longer meets 甲路
    assertThat(MissingSignFinder.requirements(NETWORK, List.of(), 5))
        .extracting(MissingSignFinderTest::describe)
        .contains("丁路 起点")
        .doesNotContain("甲路 交叉口 [丁路]");
  }
}
