package org.civgis.gazetteer.address;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Numbering along a road drawn from west to east (about 802 m at 44°N): points north of it are on
 * its left, south of it on its right.
 *
 * <pre>
 *        1     3        5               (north: left, odd)
 *   start ================================> end
 *           2      4        6           (south: right, even)
 * </pre>
 */
class HouseNumberingTest {
  static final LineString ROAD = line("LINESTRING (87.300 44.000, 87.310 44.000)");

  static LineString line(String wkt) {
    try {
      LineString line = (LineString) new WKTReader().read(wkt);
      line.setSRID(Srid.CGCS2000);
      return line;
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static Point point(double lon, double lat) {
    try {
      Point p = (Point) new WKTReader().read("POINT (" + lon + " " + lat + ")");
      p.setSRID(Srid.CGCS2000);
      return p;
    } catch (ParseException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static final double NORTH = 44.0002;
  static final double SOUTH = 43.9998;

  // ---- measuring

  @Test
  void locatesPointsAlongAndBesideTheRoad() {
    RoadLine road = new RoadLine(ROAD);
    assertThat(road.lengthMeters()).isCloseTo(802.0, org.assertj.core.data.Offset.offset(0.5));
    RoadLine.Position north = road.locate(point(87.305, NORTH));
    assertThat(north.side()).isEqualTo(RoadSide.LEFT);
    assertThat(north.measureMeters()).isCloseTo(401.0, org.assertj.core.data.Offset.offset(0.5));
    assertThat(north.offsetMeters()).isCloseTo(22.2, org.assertj.core.data.Offset.offset(0.5));
    assertThat(road.locate(point(87.305, SOUTH)).side()).isEqualTo(RoadSide.RIGHT);
    // a road drawn the other way round has its sides swapped
    RoadLine reversed = new RoadLine((LineString) ROAD.reverse());
    assertThat(reversed.locate(point(87.305, NORTH)).side()).isEqualTo(RoadSide.RIGHT);
  }

  @Test
  void pointAtIsTheInverseOfLocate() {
    RoadLine road = new RoadLine(ROAD);
    Point p = road.pointAt(250, RoadSide.LEFT, 15);
    RoadLine.Position back = road.locate(p);
    assertThat(back.measureMeters()).isCloseTo(250, org.assertj.core.data.Offset.offset(0.01));
    assertThat(back.offsetMeters()).isCloseTo(15, org.assertj.core.data.Offset.offset(0.01));
    assertThat(back.side()).isEqualTo(RoadSide.LEFT);
  }

  // ---- fresh numbering

  @Test
  void oddOnTheLeftEvenOnTheRightFromTheStart() {
    List<Point> points =
        List.of(
            point(87.308, NORTH),
            point(87.302, SOUTH),
            point(87.301, NORTH),
            point(87.305, SOUTH),
            point(87.304, NORTH),
            point(87.309, SOUTH));
    List<HouseNumbering.Proposal> numbers = HouseNumbering.renumber(new RoadLine(ROAD), points);
    assertThat(numbers)
        .extracting(p -> p.number().text())
        .containsExactly("5号", "2号", "1号", "4号", "3号", "6号");
    assertThat(numbers).allMatch(p -> p.note() == null);
  }

  // ---- numbers added among existing ones

  @Test
  void aNewHouseTakesAFreeNumberBetweenItsNeighbours() {
    RoadLine road = new RoadLine(ROAD);
    List<HouseNumbering.Existing> existing =
        List.of(
            new HouseNumbering.Existing(HouseNumber.of(1), 80),
            new HouseNumbering.Existing(HouseNumber.of(7), 400),
            new HouseNumbering.Existing(HouseNumber.of(2), 100));
    // between 1 (80 m) and 7 (400 m) on the left: 3, then 5
    List<HouseNumbering.Proposal> numbers =
        HouseNumbering.propose(road, existing, List.of(point(87.304, NORTH), point(87.302, NORTH)));
    assertThat(numbers).extracting(p -> p.number().text()).containsExactly("5号", "3号");
  }

  @Test
  void withoutAFreeNumberTheHouseGetsASuffix() {
    RoadLine road = new RoadLine(ROAD);
    List<HouseNumbering.Existing> existing =
        new ArrayList<>(
            List.of(
                new HouseNumbering.Existing(HouseNumber.of(11), 200),
                new HouseNumbering.Existing(HouseNumber.of(13), 300),
                new HouseNumbering.Existing(new HouseNumber(11, "之1"), 230)));
    // 250 m lies between 11之1 (230 m) and 13 (300 m)
    List<HouseNumbering.Proposal> numbers =
        HouseNumbering.propose(road, existing, List.of(road.pointAt(250, RoadSide.LEFT, 20)));
    assertThat(numbers.get(0).number().text()).isEqualTo("11之2号");
    assertThat(numbers.get(0).note()).isNull();
  }

  @Test
  void beforeTheFirstNumberThereIsNoRoom() {
    RoadLine road = new RoadLine(ROAD);
    List<HouseNumbering.Existing> existing =
        List.of(new HouseNumbering.Existing(HouseNumber.of(2), 100));
    List<HouseNumbering.Proposal> numbers =
        HouseNumbering.propose(road, existing, List.of(road.pointAt(20, RoadSide.RIGHT, 20)));
    assertThat(numbers.get(0).number().text()).isEqualTo("2之1号");
    assertThat(numbers.get(0).note()).contains("重新编号");
  }

  @Test
  void aPointOnTheCentreLineIsFlagged() {
    RoadLine road = new RoadLine(ROAD);
    List<HouseNumbering.Proposal> numbers =
        HouseNumbering.renumber(road, List.of(point(87.305, 44.0)));
    assertThat(numbers.get(0).note()).contains("单双号");
  }
}
