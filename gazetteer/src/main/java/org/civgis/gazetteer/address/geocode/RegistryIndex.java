package org.civgis.gazetteer.address.geocode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.StandardAddress;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The address library in memory, as the geocoder reads it: divisions, roads with their former
 * names, compounds and every current address, keyed by their names in matching form ({@link
 * AddressNormalizer#name}).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Immutable once built; safe to share between threads. A change of the library means a new
 *       index ({@link RegistryLoader}).
 *   <li>{@link #tokensAt} gives every name (division, road, former road name, compound) that starts
 *       at a position of a normalized text, longest first.
 *   <li>Division aliases: the full name; a county or prefecture without its generic (昌吉市 → 昌吉,
 *       昌吉回族自治州 → 昌吉州; 木垒哈萨克自治县 → 木垒县, 木垒); a township without 镇 or 乡 when at least two characters
 *       remain, a street (街道) with 办事处; a community or village with its committee (居委会, 村委会 …). A
 *       community is never known by its name without 社区: that is usually a road's name (西街社区, 西街).
 * </ol>
 */
public final class RegistryIndex {
  static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

  /** A division level as the geocoder uses it. */
  public enum DivisionLevel {
    PREFECTURE,
    COUNTY,
    TOWNSHIP,
    COMMUNITY
  }

  /**
   * A division of the library.
   *
   * @param code its 12-digit code
   * @param name its standard name
   * @param level its level
   * @param point a representative point, CGCS2000 lon/lat, or {@code null}
   */
  public record Division(String code, String name, DivisionLevel level, Point point) {
    /** The code of the county-level unit it lies in (itself for a county). */
    public String countyCode() {
      return code.substring(0, 6) + "000000";
    }

    /** The code of the township it lies in (itself for a township). */
    public String townshipCode() {
      return code.substring(0, 9) + "000";
    }
  }

  /**
   * A road (a place name of category 城镇街巷) with its current and former names.
   *
   * @param code its place-name code, kept across renamings
   * @param name its current standard name
   * @param formerNames the names it had before
   * @param countyCode the county-level unit it lies in
   * @param line its centre line, CGCS2000 lon/lat
   * @param romanization its romanization as the library holds it (Beijing Nanlu), or {@code null}
   */
  public record Road(
      String code,
      String name,
      List<String> formerNames,
      String countyCode,
      LineString line,
      String romanization) {
    public Road {
      formerNames = List.copyOf(formerNames);
    }

    public Road(
        String code, String name, List<String> formerNames, String countyCode, LineString line) {
      this(code, name, formerNames, countyCode, line, null);
    }

    /** The middle of the line. */
    public Point middle() {
      LengthIndexedLine indexed = new LengthIndexedLine(line);
      return FACTORY.createPoint(indexed.extractPoint(indexed.getEndIndex() / 2));
    }
  }

  /** What a name in a text refers to. */
  public sealed interface Token permits DivisionToken, RoadToken, CompoundToken {
    /** The name in matching form. */
    String key();
  }

  /** A division named by its name or an alias. */
  public record DivisionToken(String key, Division division) implements Token {}

  /** A road named by its current ({@code former} false) or a former name. */
  public record RoadToken(String key, Road road, boolean former) implements Token {}

  /** A compound (小区) named: its entrance is a house-number address. */
  public record CompoundToken(String key, StandardAddress entrance) implements Token {}

  private final Map<String, Division> divisions;
  private final Map<String, Road> roads;
  private final Map<String, List<Token>> tokens = new HashMap<>();
  private final int longestKey;
  private final Map<String, StandardAddress> byKey = new HashMap<>();
  private final Map<String, List<StandardAddress>> roomsWithoutUnit = new HashMap<>();
  private final Map<String, NavigableMap<Integer, StandardAddress>> plainNumbers = new HashMap<>();
  private final List<RoadToken> roadNames = new ArrayList<>();
  private final Map<String, List<Road>> romanized = new HashMap<>();
  private final Map<String, List<StandardAddress>> byCommunityNumber = new HashMap<>();
  private final STRtree houses = new STRtree();
  private final STRtree roadLines = new STRtree();
  private final int addressCount;

  private RegistryIndex(
      Collection<Division> divisionList, Collection<Road> roadList, List<StandardAddress> current) {
    divisions = new LinkedHashMap<>();
    Map<String, double[]> sums = new HashMap<>();
    for (StandardAddress a : current) {
      if (a.kind() != AddressKind.HOUSE_NUMBER) {
        continue;
      }
      for (String code :
          new String[] {a.divisions().townshipCode(), a.divisions().communityCode()}) {
        if (code != null) {
          double[] s = sums.computeIfAbsent(code, c -> new double[3]);
          s[0] += a.point().getX();
          s[1] += a.point().getY();
          s[2]++;
        }
      }
    }
    for (Division d : divisionList) {
      double[] s = sums.get(d.code());
      Point point =
          s == null ? d.point() : FACTORY.createPoint(new Coordinate(s[0] / s[2], s[1] / s[2]));
      Division withPoint = new Division(d.code(), d.name(), d.level(), point);
      divisions.put(d.code(), withPoint);
      for (String alias : aliases(withPoint)) {
        add(new DivisionToken(alias, withPoint));
      }
    }
    roads = new LinkedHashMap<>();
    for (Road r : roadList) {
      roads.put(r.code(), r);
      RoadToken named = new RoadToken(AddressNormalizer.name(r.name()), r, false);
      add(named);
      roadNames.add(named);
      for (String former : r.formerNames()) {
        RoadToken old = new RoadToken(AddressNormalizer.name(former), r, true);
        add(old);
        roadNames.add(old);
      }
      roadLines.insert(r.line().getEnvelopeInternal(), r);
      if (r.romanization() != null && !r.romanization().isBlank()) {
        romanized.computeIfAbsent(romanizedKey(r.romanization()), k -> new ArrayList<>()).add(r);
      }
    }
    Map<String, StandardAddress> compounds = new HashMap<>();
    for (StandardAddress a : current) {
      byKey.put(key(a), a);
      if (a.kind() == AddressKind.UNIT_ROOM) {
        roomsWithoutUnit
            .computeIfAbsent(
                key(a.roadCode(), a.houseNumber(), a.building(), null, a.room()),
                k -> new ArrayList<>())
            .add(a);
      }
      if (a.kind() == AddressKind.HOUSE_NUMBER) {
        houses.insert(a.point().getEnvelopeInternal(), a);
        if (a.houseNumber().suffix().isEmpty()) {
          plainNumbers
              .computeIfAbsent(a.roadCode(), c -> new TreeMap<>())
              .put(a.houseNumber().value(), a);
        }
        if (a.compoundName() != null) {
          compounds.putIfAbsent(a.compoundName(), a);
        }
        if (a.divisions().communityCode() != null) {
          byCommunityNumber
              .computeIfAbsent(
                  a.divisions().communityCode() + '|' + suffixKey(a.houseNumber()),
                  k -> new ArrayList<>())
              .add(a);
        }
      }
    }
    compounds.forEach(
        (name, entrance) -> add(new CompoundToken(AddressNormalizer.name(name), entrance)));
    houses.build();
    roadLines.build();
    longestKey = tokens.keySet().stream().mapToInt(String::length).max().orElse(0);
    addressCount = current.size();
  }

  /** Builds the index of {@code divisions}, {@code roads} and the current addresses. */
  public static RegistryIndex build(
      Collection<Division> divisions, Collection<Road> roads, List<StandardAddress> current) {
    return new RegistryIndex(divisions, roads, current);
  }

  private void add(Token token) {
    if (token.key().length() < 2) {
      return;
    }
    List<Token> list = tokens.computeIfAbsent(token.key(), k -> new ArrayList<>());
    if (!list.contains(token)) {
      list.add(token);
    }
  }

  static List<String> aliases(Division d) {
    String name = d.name();
    List<String> out = new ArrayList<>();
    out.add(name);
    switch (d.level()) {
      case PREFECTURE -> {
        String base = name.replaceFirst("(回族|哈萨克|蒙古)?自治州$|地区$|州$|市$", "");
        if (!base.equals(name) && base.length() >= 2) {
          out.add(base + "州");
        }
      }
      case COUNTY -> {
        String base = name.replaceFirst("(哈萨克|回族|蒙古)?(自治县|县|市|区)$", "");
        if (!base.equals(name) && base.length() >= 2) {
          out.add(base);
          if (name.endsWith("自治县")) {
            out.add(base + "县");
          }
        }
      }
      case TOWNSHIP -> {
        if (name.endsWith("街道")) {
          out.add(name + "办事处");
        } else {
          String base = name.replaceFirst("(哈萨克|回族|蒙古)?(民族)?(镇|乡)$", "");
          if (!base.equals(name) && base.length() >= 2) {
            out.add(base);
            out.add(base + name.charAt(name.length() - 1));
          }
        }
      }
      case COMMUNITY -> {
        if (name.endsWith("村")) {
          out.add(name + "委会");
          out.add(name + "民委员会");
        } else {
          out.add(name + "居委会");
          out.add(name + "居民委员会");
        }
      }
    }
    return out.stream().map(AddressNormalizer::name).distinct().toList();
  }

  /** The names starting at {@code position} of the normalized {@code text}, longest first. */
  public List<Token> tokensAt(String text, int position) {
    List<Token> out = new ArrayList<>();
    for (int end = Math.min(text.length(), position + longestKey); end >= position + 2; end--) {
      List<Token> found = tokens.get(text.substring(position, end));
      if (found != null) {
        out.addAll(found);
      }
    }
    return out;
  }

  /**
   * A romanization in matching form: lower case, without tone marks, spaces, apostrophes and
   * hyphens, ü written u (Lüzhou Lu → luzhoulu, Tianshanlu 1 Xiang → tianshanlu1xiang).
   */
  public static String romanizedKey(String text) {
    String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = Character.toLowerCase(s.charAt(i));
      if (c == 'v') {
        c = 'u';
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** The roads whose romanization has this key ({@link #romanizedKey}). */
  public List<Road> roadsByRomanization(String key) {
    return romanized.getOrDefault(key, List.of());
  }

  /** The house numbers of a community with this number (之N, -N and 附N alike). */
  public List<StandardAddress> housesInCommunity(String communityCode, HouseNumber number) {
    return byCommunityNumber.getOrDefault(communityCode + '|' + suffixKey(number), List.of());
  }

  /** The number with its suffix, 之N, -N and 附N alike. */
  private static String suffixKey(HouseNumber n) {
    String suffix = n.suffix();
    return n.value() + (suffix.isEmpty() ? "" : "+" + suffix.replaceAll("\\D", ""));
  }

  /** Every division of the library. */
  public Collection<Division> divisions() {
    return java.util.Collections.unmodifiableCollection(divisions.values());
  }

  /** Every road name, current and former, for matching with a wrong character. */
  public List<RoadToken> roadNames() {
    return roadNames;
  }

  public Division division(String code) {
    return code == null ? null : divisions.get(code);
  }

  public Road road(String code) {
    return roads.get(code);
  }

  /** The current address with these parts ({@code null} for absent ones). */
  public StandardAddress address(
      String roadCode, HouseNumber number, String building, String unit, String room) {
    return byKey.get(key(roadCode, number, building, unit, room));
  }

  /** The rooms with this number in this building, whatever their unit. */
  public List<StandardAddress> roomsInAnyUnit(
      String roadCode, HouseNumber number, String building, String room) {
    return roomsWithoutUnit.getOrDefault(key(roadCode, number, building, null, room), List.of());
  }

  /** The registered numbers without suffix on a road, by number. */
  public NavigableMap<Integer, StandardAddress> plainNumbers(String roadCode) {
    return plainNumbers.getOrDefault(roadCode, new TreeMap<>());
  }

  /** The number of current addresses indexed. */
  public int size() {
    return addressCount;
  }

  /** Every road, in code order. */
  public java.util.Collection<Road> roads() {
    return java.util.Collections.unmodifiableCollection(roads.values());
  }

  /** The number of roads indexed. */
  public int roadCount() {
    return roads.size();
  }

  /** The house-number addresses whose points lie in the envelope around {@code p}. */
  @SuppressWarnings("unchecked")
  List<StandardAddress> housesNear(Point p, double degrees) {
    var env = p.getEnvelopeInternal();
    env.expandBy(degrees);
    return houses.query(env);
  }

  /** The roads whose lines' envelopes meet the envelope around {@code p}. */
  @SuppressWarnings("unchecked")
  List<Road> roadsNear(Point p, double degrees) {
    var env = p.getEnvelopeInternal();
    env.expandBy(degrees);
    return roadLines.query(env);
  }

  private static String key(StandardAddress a) {
    return key(a.roadCode(), a.houseNumber(), a.building(), a.unit(), a.room());
  }

  /** The key of an address: 之N and -N are the same suffix written two ways; 附N is another. */
  static String key(String roadCode, HouseNumber n, String building, String unit, String room) {
    String suffix = n.suffix();
    String s =
        suffix.isEmpty() ? "" : (suffix.startsWith("附") ? suffix : "之" + suffix.substring(1));
    return roadCode
        + '|'
        + n.value()
        + s
        + '|'
        + (building == null ? "" : building)
        + '|'
        + (unit == null ? "" : unit)
        + '|'
        + (room == null ? "" : room);
  }

  /**
   * Orders tokens of the same length: roads, compounds, then divisions coarse to fine (奇台: the
   * county before 奇台镇).
   */
  static final Comparator<Token> PREFERENCE = Comparator.comparingInt(RegistryIndex::rank);

  private static int rank(Token t) {
    if (t instanceof RoadToken r) {
      return r.former() ? 1 : 0;
    }
    if (t instanceof CompoundToken) {
      return 2;
    }
    return 3 + ((DivisionToken) t).division().level().ordinal();
  }
}
