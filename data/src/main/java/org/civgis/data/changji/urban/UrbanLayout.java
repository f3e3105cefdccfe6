package org.civgis.data.changji.urban;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The plan of the generated urban area of 昌吉市: a rectangle of 7.2 × 6 km around the real city
 * centre (about 87.30°E, 44.01°N), cut by a grid of named roads into 10 × 10 blocks, the blocks
 * grouped into the six real streets (街道). Lengths are kilometres east (x) and north (y) of the
 * plan's centre, which lies 1.6 km west and 1.7 km north of the real one: the county's eastern
 * boundary (the 头屯河) passes close south-east of the real centre, and the whole rectangle must lie
 * inside the county.
 *
 * <p>The road names are real names of Changji where known (北京南路, 延安北路, 宁边路, 建国路, 长宁路, 屯河路, 昌吉东路 …)
 * or names in the local style; their positions are not the real ones. Everything the plan derives
 * is labelled as generated (示意) wherever a user sees it.
 */
final class UrbanLayout {
  static final double CENTRE_LON = 87.280;
  static final double CENTRE_LAT = 44.025;

  /** Kilometres per degree at the centre (CGCS2000 ellipsoid, to a metre in 7 km). */
  static final double KM_PER_DEGREE_LON = 80.173;

  static final double KM_PER_DEGREE_LAT = 111.113;

  static final double WEST = -3.6;
  static final double EAST = 3.6;
  static final double SOUTH = -3.0;
  static final double NORTH = 3.0;

  /** The seed of every random choice of the plan: the same data on every run. */
  static final long SEED = 6523010L;

  private UrbanLayout() {}

  /**
   * A grid line carrying a road from edge to edge. A line with two names is split at the crossing
   * centre line: {@code lowName} on the west or south part, {@code highName} on the east or north
   * part, each running from the centre outward; a line with one name runs west to east or south to
   * north.
   */
  record Axis(double at, RoadClass roadClass, String lowName, String highName) {
    boolean split() {
      return !lowName.equals(highName);
    }
  }

  /** North–south roads, west to east. */
  static final List<Axis> VERTICAL =
      List.of(
          new Axis(-3.0, RoadClass.MAIN, "屯河路", "屯河路"),
          new Axis(-2.25, RoadClass.SECONDARY, "光明路", "光明路"),
          new Axis(-1.5, RoadClass.MAIN, "绿洲路", "绿洲路"),
          new Axis(-0.75, RoadClass.SECONDARY, "西街", "西街"),
          new Axis(0.0, RoadClass.MAIN, "延安南路", "延安北路"),
          new Axis(0.7, RoadClass.SECONDARY, "东街", "东街"),
          new Axis(1.4, RoadClass.MAIN, "北京南路", "北京北路"),
          new Axis(2.1, RoadClass.SECONDARY, "天山路", "天山路"),
          new Axis(2.8, RoadClass.MAIN, "长宁路", "长宁路"));

  /** East–west roads, south to north. */
  static final List<Axis> HORIZONTAL =
      List.of(
          new Axis(-2.4, RoadClass.MAIN, "昌吉西路", "昌吉东路"),
          new Axis(-1.8, RoadClass.SECONDARY, "亚中路", "亚中路"),
          new Axis(-1.2, RoadClass.MAIN, "中山路", "中山路"),
          new Axis(-0.6, RoadClass.SECONDARY, "和平西路", "和平东路"),
          new Axis(0.0, RoadClass.MAIN, "宁边路", "宁边路"),
          new Axis(0.6, RoadClass.SECONDARY, "健康路", "健康路"),
          new Axis(1.2, RoadClass.MAIN, "建国路", "建国路"),
          new Axis(1.8, RoadClass.SECONDARY, "文化西路", "文化东路"),
          new Axis(2.4, RoadClass.MAIN, "乌伊西路", "乌伊东路"));

  /** The index in {@link #VERTICAL} and {@link #HORIZONTAL} of the lines the others split at. */
  static final int CENTRE_VERTICAL = 4;

  static final int CENTRE_HORIZONTAL = 4;

  /**
   * Which street each 2 × 2 group of blocks belongs to: rows from north to south, columns from west
   * to east; the last three digits of the street's code (宁边路街道 001 … 绿洲路街道 006).
   */
  static final int[][] STREET_OF_CELL = {
    {6, 6, 2, 4, 4},
    {6, 1, 2, 4, 4},
    {1, 1, 1, 3, 3},
    {5, 5, 5, 3, 3},
    {5, 5, 3, 3, 3},
  };

  /**
   * Roads renamed in the past: the former name, the current name, the day of the renaming. The
   * lanes renamed are chosen among the numbered lanes (see {@link UrbanNetwork}).
   */
  static final Map<String, String> RENAMED_MAIN_ROADS = Map.of("长宁路", "红旗路", "亚中路", "工业路");

  static final Map<String, String> RENAMED_ON = Map.of("长宁路", "2011-06-01", "亚中路", "2016-09-01");

  /** Lane names in the local style (many are names of the communities around them). */
  static final List<String> LANE_NAMES =
      List.of(
          "柳树巷", "水电巷", "友联巷", "园丁巷", "金陵巷", "宁合巷", "团结巷", "康宁巷", "民乐巷", "天池巷", "双河巷", "丁香巷", "海棠巷",
          "牡丹巷", "苗圃巷");

  /** How many of {@link #LANE_NAMES} replaced a numbered name (the others were named so). */
  static final int RENAMED_LANES = 6;

  /** Days of the lane renamings, in the order the renamed lanes are chosen. */
  static final List<String> LANE_RENAMED_ON =
      List.of("2018-04-20", "2019-07-01", "2020-03-15", "2021-10-08", "2023-05-12", "2025-09-01");

  /** Names of residential compounds (小区) in the local style. */
  static final List<String> COMPOUND_NAMES =
      List.of(
          "天山花园", "丽苑小区", "金陵小区", "康宁小区", "民乐小区", "亚中花园", "和畅园", "锦绣家园", "尚都花园", "融锦苑", "嘉顺园",
          "明苑小区", "晶彩城", "丁香苑", "牡丹苑", "翠岸小区", "御景园", "永胜小区", "海棠苑", "揽翠园", "艺园小区", "博文苑", "庭州小区",
          "西域花园", "绿园小区", "双河小区", "屯河小区", "农科小区", "昌化小区", "园林小区", "南林小区", "光明小区", "金融小区", "城建小区",
          "地质小区", "文化宫小区", "五彩新城", "新科园小区", "天方小区", "宁合小区", "水电小区", "北庭小区", "柳树小区", "园丁小区", "广场小区",
          "团结小区", "警苑小区", "电力小区", "星光小区", "水林小区", "田园小区", "滨河小区", "新城小区", "五星小区", "净化小区", "聚合小区",
          "昌建小区", "油运小区", "毛纺小区", "天池小区");

  /** A random source for one purpose, the same on every run. */
  static SplittableRandom random(String purpose) {
    return new SplittableRandom(SEED * 31 + purpose.hashCode());
  }

  /** Rounds degrees to 1e-7 (about a centimetre), so that equal points are equal numbers. */
  static double round7(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }

  static double lon(double xKm) {
    return round7(CENTRE_LON + xKm / KM_PER_DEGREE_LON);
  }

  static double lat(double yKm) {
    return round7(CENTRE_LAT + yKm / KM_PER_DEGREE_LAT);
  }
}
