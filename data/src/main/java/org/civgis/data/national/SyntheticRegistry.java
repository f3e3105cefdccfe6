package org.civgis.data.national;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.civgis.data.national.NationalDivisions.Unit;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.placename.SearchKeys;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.gazetteer.placename.rules.DivisionPlaceName;
import org.civgis.gazetteer.placename.rules.PlaceCategory;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A <b>generated</b> address registry of any size over the national division hierarchy, for
 * measuring the geocoder and the address library at national size. Nothing in it is real: road
 * names are drawn from common road names, house numbers are consecutive, positions are generated
 * near the generated point of the township ({@link NationalLoader#generatedPoint}).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Seeded: the same divisions, size and seed give the same roads and addresses.
 *   <li>About 50 house numbers a road; roads go to counties at random, each in one of the county's
 *       townships and one village or community of it; a road name is used once in a county.
 *   <li>Addresses are current house-number addresses with the standard text (county, road, number),
 *       codes of the community's 12 digits, kind 1 and a running number; every row's {@code source}
 *       is {@link #SOURCE} and every position is marked generated.
 * </ol>
 */
public final class SyntheticRegistry {
  /** The {@code source} of the generated roads and addresses. */
  public static final String SOURCE = "生成数据：全国规模合成地址库（示意，非真实地址）";

  private static final List<String> SPECIFICS =
      List.of(
          "人民", "解放", "建设", "中山", "和平", "胜利", "新华", "文化", "友谊", "团结", "光明", "幸福", "长江", "黄河", "天山",
          "昆仑", "东风", "朝阳", "青年", "工业", "学府", "银河", "金桥", "翠湖", "春晓", "兴盛", "富民", "永安", "安康", "吉祥",
          "振兴", "育才", "民主", "北京", "上海", "南京", "广场", "园林", "滨河", "河滨", "府前", "花园", "车站", "迎宾", "体育",
          "卫生", "公园", "环城", "站前", "新建");
  private static final List<String> DIRECTIONS = List.of("", "东", "西", "南", "北", "中");
  private static final List<String> GENERICS = List.of("路", "街", "大道", "巷");
  private static final int NUMBERS_PER_ROAD = 50;
  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();

  /**
   * A generated road.
   *
   * @param code its place-name code (county, {@code -G}, running number)
   * @param name its name
   * @param county the county it lies in
   * @param township its township
   * @param community its village or community
   * @param numbers how many house numbers it has (1 … numbers)
   * @param x its start, longitude
   * @param y its start, latitude
   * @param dx its direction and length, degrees of longitude
   * @param dy its direction and length, degrees of latitude
   */
  public record Road(
      String code,
      String name,
      Unit county,
      Unit township,
      Unit community,
      int numbers,
      double x,
      double y,
      double dx,
      double dy) {}

  private SyntheticRegistry() {}

  /**
   * The roads of a registry of about {@code addresses} addresses (exactly that many house numbers)
   * over {@code units}, seeded by {@code seed}.
   */
  public static List<Road> roads(List<Unit> units, int addresses, long seed) {
    Map<String, List<Unit>> children = new HashMap<>();
    List<Unit> counties = new ArrayList<>();
    for (Unit u : units) {
      if (u.parentCode() != null) {
        children.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u);
      }
    }
    for (Unit u : units) {
      if (u.level() == 3) {
        List<Unit> towns = children.getOrDefault(u.code(), List.of());
        if (towns.stream().anyMatch(t -> children.containsKey(t.code()))) {
          counties.add(u);
        }
      }
    }
    if (counties.isEmpty()) {
      throw new IllegalArgumentException("no county with townships and villages to put roads in");
    }
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Set<String>> usedNames = new HashMap<>();
    Map<String, Integer> roadNumbers = new HashMap<>();
    List<Road> roads = new ArrayList<>(addresses / NUMBERS_PER_ROAD + 1);
    int left = addresses;
    int combinations = SPECIFICS.size() * DIRECTIONS.size() * GENERICS.size();
    while (left > 0) {
      Unit county = counties.get(random.nextInt(counties.size()));
      Set<String> used = usedNames.computeIfAbsent(county.code(), k -> new HashSet<>());
      if (used.size() >= combinations) {
        continue;
      }
      String name;
      do {
        name =
            SPECIFICS.get(random.nextInt(SPECIFICS.size()))
                + DIRECTIONS.get(random.nextInt(DIRECTIONS.size()))
                + GENERICS.get(random.nextInt(GENERICS.size()));
      } while (!used.add(name));
      List<Unit> towns =
          children.get(county.code()).stream().filter(t -> children.containsKey(t.code())).toList();
      Unit township = towns.get(random.nextInt(towns.size()));
      List<Unit> villages = children.get(township.code());
      Unit community = villages.get(random.nextInt(villages.size()));
      int numbers = Math.min(left, NUMBERS_PER_ROAD / 2 + random.nextInt(NUMBERS_PER_ROAD + 1));
      left -= numbers;
      int n = roadNumbers.merge(county.code(), 1, Integer::sum);
      double[] p = NationalLoader.generatedPoint(community.code(), 5);
      double angle = random.nextDouble() * Math.PI;
      double length = numbers * 0.0001; // about 10 m a number on each side
      roads.add(
          new Road(
              county.code().substring(0, 6) + "-G" + String.format(Locale.ROOT, "%06d", n),
              name,
              county,
              township,
              community,
              numbers,
              p[0],
              p[1],
              Math.cos(angle) * length,
              Math.sin(angle) * length));
    }
    return roads;
  }

  /** The standard text of house number {@code number} of {@code road}. */
  public static String text(Road road, int number) {
    return road.county().name() + road.name() + HouseNumber.of(number).text();
  }

  /**
   * Writes {@code roads} as place names (城镇街巷, FILED) and their house numbers as current addresses,
   * replacing an earlier generated registry, in one transaction. Returns the number of addresses.
   */
  public static long write(DataSource dataSource, List<Road> roads) {
    long count = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("set local synchronous_commit = off");
        s.execute("delete from gazetteer.address where source = '" + SOURCE + "'");
        s.execute("delete from gazetteer.place_name where source = '" + SOURCE + "'");
      }
      PGConnection pg = c.unwrap(PGConnection.class);
      CopyIn names =
          pg.getCopyAPI()
              .copyIn(
                  "copy gazetteer.place_name (code, standard_name, category_code, romanization,"
                      + " division_code, status, valid, source, pinyin_key, initials_key, geom,"
                      + " geometry_generated) from stdin");
      StringBuilder chunk = new StringBuilder(1 << 20);
      for (Road road : roads) {
        String romanization = romanization(road.name());
        SearchKeys keys = SearchKeys.of(road.name(), romanization);
        chunk
            .append(road.code())
            .append('\t')
            .append(road.name())
            .append('\t')
            .append(PlaceCategory.STREET.code())
            .append('\t')
            .append(NationalLoader.text(romanization))
            .append('\t')
            .append(road.township().code())
            .append("\tFILED\t[2024-01-01,)\t")
            .append(SOURCE)
            .append('\t')
            .append(NationalLoader.text(keys.pinyin()))
            .append('\t')
            .append(NationalLoader.text(keys.initials()))
            .append('\t')
            .append(
                String.format(
                    Locale.ROOT,
                    "SRID=4490;LINESTRING(%.7f %.7f,%.7f %.7f)",
                    road.x(),
                    road.y(),
                    road.x() + road.dx(),
                    road.y() + road.dy()))
            .append("\tt\n");
        flush(names, chunk, false);
      }
      flush(names, chunk, true);
      names.endCopy();
      Map<String, Long> ids = new LinkedHashMap<>();
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select code, id from gazetteer.place_name where source = '" + SOURCE + "'")) {
        while (rs.next()) {
          ids.put(rs.getString(1), rs.getLong(2));
        }
      }
      CopyIn addresses =
          pg.getCopyAPI()
              .copyIn(
                  "copy gazetteer.address (code, kind, county_code, county_name, township_code,"
                      + " township_name, community_code, community_name, road_code, road_name_id,"
                      + " road_name, house_number, text, geom, point_generated, status, valid,"
                      + " source) from stdin");
      Map<String, Integer> running = new HashMap<>();
      for (Road road : roads) {
        String community = road.community().code();
        String communityName = DivisionPlaceName.of(community, road.community().name(), 5).name();
        for (int number = 1; number <= road.numbers(); number++) {
          int k = running.merge(community, 1, Integer::sum);
          // odd numbers on one side, even on the other, in order along the road
          double along = (double) ((number + 1) / 2) / ((road.numbers() + 1) / 2 + 1);
          double side = (number % 2 == 1 ? 1 : -1) * 0.00015;
          double length = Math.hypot(road.dx(), road.dy());
          double x = road.x() + road.dx() * along - road.dy() / length * side;
          double y = road.y() + road.dy() * along + road.dx() / length * side;
          chunk
              .append(community)
              .append('1')
              .append(String.format(Locale.ROOT, "%06d", k))
              .append("\tHOUSE_NUMBER\t")
              .append(road.county().code())
              .append('\t')
              .append(road.county().name())
              .append('\t')
              .append(road.township().code())
              .append('\t')
              .append(road.township().name())
              .append('\t')
              .append(community)
              .append('\t')
              .append(communityName)
              .append('\t')
              .append(road.code())
              .append('\t')
              .append(ids.get(road.code()))
              .append('\t')
              .append(road.name())
              .append('\t')
              .append(number)
              .append('\t')
              .append(text(road, number))
              .append('\t')
              .append(String.format(Locale.ROOT, "SRID=4490;POINT(%.7f %.7f)", x, y))
              .append("\tt\tCURRENT\t[2024-01-01,)\t")
              .append(SOURCE)
              .append('\n');
          count++;
          flush(addresses, chunk, false);
        }
      }
      flush(addresses, chunk, true);
      addresses.endCopy();
      try (Statement s = c.createStatement()) {
        s.execute("analyze gazetteer.address");
        s.execute("analyze gazetteer.place_name");
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "writing the generated registry failed: " + e.getMessage(), e);
    }
    return count;
  }

  private static void flush(CopyIn copy, StringBuilder chunk, boolean always) throws SQLException {
    if (always || chunk.length() > (1 << 20)) {
      byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      chunk.setLength(0);
    }
  }

  /** The romanization of {@code name}, or {@code null} where the romanizer writes none (（3）). */
  static String romanization(String name) {
    try {
      return ROMANIZER.romanize(name).pinyin();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
