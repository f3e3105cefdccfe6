package org.civgis.boundary.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.topology.LineSides;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Which polygons a line is held against. Two prefectures, S (drawn, like 昌吉州) and N (not drawn,
 * like 阿勒泰地区), each drawn by two counties, and a county-level city directly under the region (like
 * 石河子市) west of them:
 *
 * <pre>
 *   44.2 +---------+---------+---------+
 *        |         |   N1    |   N2    |     N = N1 + N2, no polygon of its own
 *   44.1 +   C     +---------+---------+
 *        |         |   S1    |   S2    |     S = S1 + S2, a polygon of its own too
 *   44.0 +---------+---------+---------+
 *      86.9      87.0      87.1      87.2
 * </pre>
 */
class LineSidePolygonsTest {
  private static final String REGION = "650000000000";
  private static final String S = "652300000000";
  private static final String S1 = "652301000000";
  private static final String S2 = "652302000000";
  private static final String N = "654300000000";
  private static final String N1 = "654322000000";
  private static final String N2 = "654323000000";
  private static final String C = "659001000000";

  private static final String S_POLYGON = box(87, 44, 87.2, 44.1);

  private static String box(double west, double south, double east, double north) {
    return String.format(
        java.util.Locale.ROOT,
        "POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))",
        west,
        south,
        east,
        south,
        east,
        north,
        west,
        north,
        west,
        south);
  }

  private static Geometry wkt(String text) {
    try {
      Geometry geometry = new WKTReader().read(text);
      geometry.setSRID(Srid.CGCS2000);
      return geometry;
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static Division division(String code, DivisionLevel level, String parent, String wkt) {
    return new Division(
        code,
        "名称",
        level,
        parent,
        null,
        null,
        wkt == null ? null : wkt(wkt),
        "test",
        RecordStatus.PUBLISHED,
        null);
  }

  private static List<Division> divisions(String nPolygon, String n2Polygon) {
    List<Division> list = new ArrayList<>();
    list.add(division(REGION, DivisionLevel.PROVINCE, null, null));
    list.add(division(S, DivisionLevel.PREFECTURE, REGION, S_POLYGON));
    list.add(division(S1, DivisionLevel.COUNTY, S, box(87, 44, 87.1, 44.1)));
    list.add(division(S2, DivisionLevel.COUNTY, S, box(87.1, 44, 87.2, 44.1)));
    list.add(division(N, DivisionLevel.PREFECTURE, REGION, nPolygon));
    list.add(division(N1, DivisionLevel.COUNTY, N, box(87, 44.1, 87.1, 44.2)));
    list.add(division(N2, DivisionLevel.COUNTY, N, n2Polygon));
    list.add(division(C, DivisionLevel.COUNTY, REGION, box(86.9, 44, 87, 44.2)));
    return list;
  }

  private static BoundaryLine line(String left, String right, DivisionLevel level) {
    MultiLineString geometry = (MultiLineString) wkt("MULTILINESTRING ((87 44.1, 87.2 44.1))");
    return new BoundaryLine(
        0,
        1,
        left.substring(0, 4) + right.substring(0, 4),
        level,
        left,
        right,
        null,
        geometry,
        LineOrigin.DERIVED,
        null,
        null,
        RecordStatus.PUBLISHED,
        null,
        "test");
  }

  private static List<Geometry> polygons(String... texts) {
    return java.util.Arrays.stream(texts).map(LineSidePolygonsTest::wkt).toList();
  }

  // ---- the level of the sides

  @Test
  void aPrefectureNextToOneWithoutAPolygonIsHeldByTheCountiesOfBoth() {
    Map<String, LineSides> sides =
        LineSidePolygons.of(
            divisions(null, box(87.1, 44.1, 87.2, 44.2)),
            List.of(line(S, N, DivisionLevel.PREFECTURE)));

    LineSides sn = sides.get(S + "|" + N);
    assertThat(sn.idA()).isEqualTo(S);
    // S's counties, not S's own polygon: the line was derived from the county polygons
    assertThat(sn.polygonsA())
        .containsExactlyInAnyOrderElementsOf(
            polygons(box(87, 44, 87.1, 44.1), box(87.1, 44, 87.2, 44.1)));
    assertThat(sn.polygonsB())
        .containsExactlyInAnyOrderElementsOf(
            polygons(box(87, 44.1, 87.1, 44.2), box(87.1, 44.1, 87.2, 44.2)));
  }

  @Test
  void twoDrawnPrefecturesAreHeldByTheirOwnPolygons() {
    Map<String, LineSides> sides =
        LineSidePolygons.of(
            divisions(box(87, 44.1, 87.2, 44.2), box(87.1, 44.1, 87.2, 44.2)),
            List.of(line(S, N, DivisionLevel.PREFECTURE)));

    assertThat(sides.get(S + "|" + N).polygonsA()).isEqualTo(polygons(S_POLYGON));
    assertThat(sides.get(S + "|" + N).polygonsB()).isEqualTo(polygons(box(87, 44.1, 87.2, 44.2)));
  }

  @Test
  void countyLinesAndACountyLevelCityUnderTheRegionAreHeldByTheirOwnPolygons() {
    Map<String, LineSides> sides =
        LineSidePolygons.of(
            divisions(null, box(87.1, 44.1, 87.2, 44.2)),
            List.of(line(S1, S2, DivisionLevel.COUNTY), line(S, C, DivisionLevel.PREFECTURE)));

    assertThat(sides.get(S1 + "|" + S2).polygonsA()).isEqualTo(polygons(box(87, 44, 87.1, 44.1)));
    assertThat(sides.get(S + "|" + C).polygonsA()).hasSize(2);
    assertThat(sides.get(S + "|" + C).polygonsB()).isEqualTo(polygons(box(86.9, 44, 87, 44.2)));
  }

  @Test
  void aSideIsOneListForAllItsLinesSoThatItIsUnionedOnce() {
    Map<String, LineSides> sides =
        LineSidePolygons.of(
            divisions(null, box(87.1, 44.1, 87.2, 44.2)),
            List.of(line(S, N, DivisionLevel.PREFECTURE), line(S, C, DivisionLevel.PREFECTURE)));

    assertThat(sides.get(S + "|" + N).polygonsA()).isSameAs(sides.get(S + "|" + C).polygonsA());
  }

  // ---- nothing to compare with

  @Test
  void aSideDrawnOnlyInPartIsNotCompared() {
    // N2 has no polygon: N is drawn by N1 only, and the line along N2 would read as off N
    Map<String, LineSides> sides =
        LineSidePolygons.of(divisions(null, null), List.of(line(S, N, DivisionLevel.PREFECTURE)));

    assertThat(sides).isEmpty();
  }
}
