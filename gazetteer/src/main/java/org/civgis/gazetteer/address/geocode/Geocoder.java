package org.civgis.gazetteer.address.geocode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import org.civgis.gazetteer.address.DivisionChain;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.address.geocode.ParsedAddress.RoadMatch;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Division;
import org.civgis.gazetteer.address.geocode.RegistryIndex.Road;
import org.civgis.gazetteer.placename.romanization.CharacterSounds;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.GaussKrugerZone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Matches free-text addresses to the library ({@link RegistryIndex}) and points to the nearest
 * address (reverse geocoding).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The finest level the text supports wins: a room (UNIT_ROOM), a building, a house number; a
 *       number that is not registered is placed between its registered neighbours on the same side
 *       of the road (ROAD_INTERPOLATED), or at the nearer one when it lies beyond them; a road
 *       alone is placed at the middle of its line; then the community, the township, the county.
 *   <li>A building or room that does not exist drops the match to the house number (or building)
 *       with a lower confidence.
 *   <li>Confidence: 1.0 for an address found as written, 0.8 interpolated, 0.7 a road, 0.6 a
 *       community, 0.5 a township, 0.4 a county; less 0.05 for a former road name; for a road name
 *       with a wrong character less 0.1 when it sounds like the road's (a homophone: 冬 for 东), 0.12
 *       for a near-homophone (栖 for 西), 0.15 otherwise; 0.1 for a division named that the address
 *       does not lie in, 0.1 for a part that was not found, 0.01 per unrecognised character (at
 *       most 0.1). When two roads fit a wrong character equally well and both have the number, the
 *       answer is one of them at 0.75 at most, with the note 多个候选同样相近: below the trusted band of
 *       0.8. On the evaluation set ({@code data/src/test/resources/geocode/eval.tsv}) at least 99 %
 *       of the answers at 0.8 or more are right ({@code GeocodeCalibrationIT}).
 *   <li>An address that names a province, prefecture-level or county-level unit outside the library
 *       ({@link OutsideGazetteer}: 南京市…, 新疆乌鲁木齐市…, 石河子市…) matches nothing, with the note
 *       不在本地址库范围：<name>; a road of the library after it is not matched, nor one before a full
 *       outside name that follows the number when the address names no county or prefecture of the
 *       library (屯河路1号（揭阳市普宁市）).
 *   <li>A road written in pinyin, with or without tones and spaces, or with English generics (Road,
 *       Rd, Street, St, Lane, Ln; East/West/South/North; No., #) is found by the romanization the
 *       library holds; 0.02 less, note 拼音路名.
 *   <li>A community and a house number (天池社区16号) give that house when the community has one house
 *       of that number (0.05 less, note 由社区和门牌号确定).
 *   <li>之N, -N and 附N after a number, in any order (3号之1, 3之1号, 3号-1, 3附1号), are one suffix: a
 *       house registered with the other way of writing it is the house.
 *   <li>Stateless and thread-safe; the index is immutable.
 * </ol>
 */
public final class Geocoder {
  private final RegistryIndex index;
  private final AddressParser parser;

  public Geocoder(RegistryIndex index) {
    this.index = index;
    this.parser = new AddressParser(index);
    java.util.Set<String> codes = new java.util.HashSet<>();
    index.divisions().forEach(d -> codes.add(d.code()));
    this.outside = new OutsideGazetteer(codes::contains, codes);
  }

  public RegistryIndex index() {
    return index;
  }

  private final OutsideGazetteer outside;

  public GeocodeResult geocode(String input) {
    String text = input == null ? "" : input;
    if (LATIN.matcher(text).find()) {
      GeocodeResult romanized = romanized(text);
      if (romanized != null) {
        return romanized;
      }
    }
    ParsedAddress parsed = parser.parse(text);
    String elsewhere = outside.named(parsed.normalized(), index);
    if (elsewhere == null && parsed.county() == null && parsed.prefecture() == null) {
      // no place of the library named: another city or county after the number is the place
      elsewhere = outside.namedAfterNumber(parsed.normalized(), index);
    }
    if (elsewhere != null) {
      return GeocodeResult.none(input, "不在本地址库范围：" + elsewhere);
    }
    List<String> notes = new ArrayList<>();
    double penalty = Math.min(0.1, 0.01 * parsed.unparsed().length());
    if (parsed.roadMatch() == RoadMatch.FORMER_NAME) {
      penalty += 0.05;
      notes.add("曾用名");
    } else if (parsed.roadMatch() == RoadMatch.ONE_CHARACTER_WRONG) {
      double sound = parsed.typoSound();
      penalty += sound >= 1 ? 0.1 : sound >= CharacterSounds.NEAR ? 0.12 : 0.15;
      notes.add(sound >= CharacterSounds.NEAR ? "路名错一字（音近）" : "路名错一字");
    }
    // the road and house number, from the road or from a compound's entrance
    List<Road> roads = parsed.roads();
    HouseNumber number = parsed.houseNumber();
    if (parsed.compound() != null
        && (roads.isEmpty() || roads.contains(index.road(parsed.compound().roadCode())))) {
      roads = List.of(index.road(parsed.compound().roadCode()));
      number = parsed.compound().houseNumber();
    }
    if (!roads.isEmpty()) {
      Road road = roads.get(0);
      if (number != null) {
        int having = 0;
        for (Road r : roads) {
          if (house(r, number) != null) {
            if (having == 0) {
              road = r;
            }
            having++;
          }
        }
        StandardAddress house = house(road, number);
        GeocodeResult answer =
            house == null
                ? interpolated(input, parsed, road, number, penalty, notes)
                : detail(input, parsed, road, house, penalty, notes);
        return having > 1 || (having == 0 && roads.size() > 1) ? tie(answer) : answer;
      }
      penalty += divisionPenalty(parsed, null, road);
      GeocodeResult answer = roadResult(input, road, penalty, notes);
      return roads.size() > 1 ? tie(answer) : answer;
    }
    if (parsed.community() != null && number != null) {
      List<StandardAddress> houses = index.housesInCommunity(parsed.community().code(), number);
      if (houses.size() == 1) {
        StandardAddress house = houses.get(0);
        notes.add("由社区和门牌号确定");
        return detail(input, parsed, index.road(house.roadCode()), house, penalty + 0.05, notes);
      }
    }
    return division(input, parsed, penalty, notes);
  }

  private static final java.util.regex.Pattern LATIN =
      java.util.regex.Pattern.compile("[A-Za-z]{2}");

  /** English words of addresses and their pinyin; words that are dropped map to "". */
  private static final Map<String, String> ENGLISH =
      Map.ofEntries(
          Map.entry("road", "lu"),
          Map.entry("rd", "lu"),
          Map.entry("street", "jie"),
          Map.entry("st", "jie"),
          Map.entry("lane", "xiang"),
          Map.entry("ln", "xiang"),
          Map.entry("alley", "xiang"),
          Map.entry("avenue", "dadao"),
          Map.entry("ave", "dadao"),
          Map.entry("east", "dong"),
          Map.entry("west", "xi"),
          Map.entry("south", "nan"),
          Map.entry("north", "bei"),
          Map.entry("no", ""),
          Map.entry("number", ""),
          Map.entry("hao", ""));

  /**
   * An address whose road is written in the Latin alphabet: the longest run of words that is a
   * road's romanization, and the first number outside it; {@code null} when no road is found.
   */
  private GeocodeResult romanized(String input) {
    String s = java.text.Normalizer.normalize(input, java.text.Normalizer.Form.NFKC);
    List<String> words = new ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("[\\p{L}\\p{M}'’]+|\\d+").matcher(s);
    while (m.find()) {
      String w = m.group();
      if (Character.isDigit(w.charAt(0))) {
        words.add(w);
        continue;
      }
      String key = RegistryIndex.romanizedKey(w);
      if (key.isEmpty()) {
        continue;
      }
      String english = ENGLISH.get(key);
      if (english == null) {
        words.add(key);
      } else if (!english.isEmpty()) {
        words.add(english);
      }
    }
    int bestFrom = 0;
    int bestTo = -1;
    List<Road> roads = List.of();
    for (int from = 0; from < words.size(); from++) {
      StringBuilder key = new StringBuilder();
      for (int to = from; to < words.size(); to++) {
        key.append(words.get(to));
        List<Road> found = index.roadsByRomanization(key.toString());
        if (!found.isEmpty() && to - from > bestTo - bestFrom) {
          bestFrom = from;
          bestTo = to;
          roads = found;
        }
      }
    }
    if (roads.isEmpty()) {
      return null;
    }
    String number = null;
    for (int i = bestTo + 1; i < words.size() && number == null; i++) {
      if (Character.isDigit(words.get(i).charAt(0))) {
        number = words.get(i);
      }
    }
    for (int i = 0; i < bestFrom && number == null; i++) {
      if (Character.isDigit(words.get(i).charAt(0))) {
        number = words.get(i);
      }
    }
    List<GeocodeResult> answers = new ArrayList<>();
    for (Road road : roads) {
      GeocodeResult r =
          geocode(
              countyName(road.countyCode()) + road.name() + (number == null ? "" : number + "号"));
      if (r.level() != MatchLevel.NONE) {
        answers.add(r);
      }
    }
    if (answers.isEmpty()) {
      return null;
    }
    answers.sort((a, b) -> b.level().compareTo(a.level()));
    GeocodeResult best = answers.get(0);
    String note = best.note().isEmpty() ? "拼音路名" : "拼音路名、" + best.note();
    GeocodeResult out =
        best.with(input, Math.round(Math.max(0.05, best.confidence() - 0.02) * 100) / 100.0, note);
    return answers.size() > 1 && answers.get(1).level() == best.level() ? tie(out) : out;
  }

  /** The registered house of this number on a road: as written, else with 之N/-N and 附N swapped. */
  private StandardAddress house(Road road, HouseNumber number) {
    StandardAddress house = index.address(road.code(), number, null, null, null);
    String suffix = number.suffix();
    if (house == null && suffix.length() > 1) {
      String digits = suffix.substring(1);
      HouseNumber other =
          new HouseNumber(number.value(), (suffix.startsWith("附") ? "之" : "附") + digits);
      house = index.address(road.code(), other, null, null, null);
    }
    return house;
  }

  /** Two candidates fit equally well: the answer stays, below the trusted band. */
  private static GeocodeResult tie(GeocodeResult r) {
    String note = r.note().isEmpty() ? "多个候选同样相近" : r.note() + "、多个候选同样相近";
    return r.with(r.input(), Math.min(r.confidence(), 0.75), note);
  }

  private GeocodeResult roadResult(String input, Road road, double penalty, List<String> notes) {
    return result(
        input,
        MatchLevel.ROAD,
        0.7 - penalty,
        road.code(),
        countyName(road.countyCode()) + road.name(),
        chainOf(road.countyCode(), null, null),
        road.name(),
        null,
        null,
        null,
        null,
        road.middle(),
        notes);
  }

  private GeocodeResult division(
      String input, ParsedAddress parsed, double penalty, List<String> notes) {
    Division finest =
        parsed.community() != null
            ? parsed.community()
            : parsed.township() != null
                ? parsed.township()
                : parsed.county() != null
                    ? parsed.county()
                    : parsed.prefecture() != null
                        ? index.division(defaultCounty(parsed.prefecture()))
                        : null;
    if (finest == null || finest.point() == null) {
      return GeocodeResult.none(input);
    }
    MatchLevel level =
        switch (finest.level()) {
          case COMMUNITY -> MatchLevel.COMMUNITY;
          case TOWNSHIP -> MatchLevel.TOWNSHIP;
          default -> MatchLevel.COUNTY;
        };
    double base =
        switch (level) {
          case COMMUNITY -> 0.6;
          case TOWNSHIP -> 0.5;
          default -> 0.4;
        };
    DivisionChain chain =
        chainOf(
            finest.countyCode(),
            level == MatchLevel.COUNTY ? null : finest.townshipCode(),
            level == MatchLevel.COMMUNITY ? finest.code() : null);
    return result(
        input,
        level,
        base - penalty,
        finest.code(),
        text(chain, level),
        chain,
        null,
        null,
        null,
        null,
        null,
        finest.point(),
        notes);
  }

  /** The prefecture named alone: its seat is not known, so the prefecture has no county. */
  private static String defaultCounty(Division prefecture) {
    return prefecture.code();
  }

  private static String text(DivisionChain chain, MatchLevel level) {
    return switch (level) {
      case COMMUNITY -> chain.countyName() + chain.townshipName() + chain.communityName();
      case TOWNSHIP -> chain.countyName() + chain.townshipName();
      default -> chain.countyName();
    };
  }

  private GeocodeResult detail(
      String input,
      ParsedAddress parsed,
      Road road,
      StandardAddress house,
      double penalty,
      List<String> notes) {
    penalty += divisionPenalty(parsed, house.divisions(), road);
    StandardAddress best = house;
    MatchLevel level = MatchLevel.HOUSE_NUMBER;
    if (parsed.building() != null) {
      StandardAddress building =
          index.address(road.code(), house.houseNumber(), parsed.building(), null, null);
      if (building == null) {
        penalty += 0.1;
        notes.add("楼栋未登记");
      } else {
        best = building;
        level = MatchLevel.BUILDING;
        if (parsed.room() != null) {
          StandardAddress room = null;
          if (parsed.unit() != null) {
            room =
                index.address(
                    road.code(),
                    house.houseNumber(),
                    parsed.building(),
                    parsed.unit(),
                    parsed.room());
          } else {
            List<StandardAddress> rooms =
                index.roomsInAnyUnit(
                    road.code(), house.houseNumber(), parsed.building(), parsed.room());
            if (rooms.size() == 1) {
              room = rooms.get(0);
            }
          }
          if (room == null) {
            penalty += 0.1;
            notes.add("户室未登记");
          } else {
            best = room;
            level = MatchLevel.UNIT_ROOM;
          }
        } else if (parsed.unit() != null) {
          penalty += 0.05;
        }
      }
    }
    return result(
        input,
        level,
        1.0 - penalty,
        best.code(),
        best.text(),
        best.divisions(),
        best.roadName(),
        best.houseNumber().text(),
        best.building(),
        best.unit(),
        best.room(),
        best.point(),
        notes);
  }

  private GeocodeResult interpolated(
      String input,
      ParsedAddress parsed,
      Road road,
      HouseNumber number,
      double penalty,
      List<String> notes) {
    NavigableMap<Integer, StandardAddress> numbers = index.plainNumbers(road.code());
    StandardAddress below = null;
    StandardAddress above = null;
    for (Map.Entry<Integer, StandardAddress> e = numbers.lowerEntry(number.value());
        e != null;
        e = numbers.lowerEntry(e.getKey())) {
      if (e.getKey() % 2 == number.value() % 2) {
        below = e.getValue();
        break;
      }
    }
    for (Map.Entry<Integer, StandardAddress> e =
            number.suffix().isEmpty()
                ? numbers.higherEntry(number.value())
                : numbers.ceilingEntry(number.value());
        e != null;
        e = numbers.higherEntry(e.getKey())) {
      if (e.getKey() % 2 == number.value() % 2
          && (e.getKey() != number.value() || !number.suffix().isEmpty())) {
        above = e.getValue();
        break;
      }
    }
    if (number.suffix().isEmpty()
        || above == null
        || above.houseNumber().value() != number.value()) {
      // a suffixed number stands just after its plain number
    }
    Point point;
    StandardAddress near;
    double base = 0.8;
    if (below != null && above != null) {
      double t =
          (number.value() - below.houseNumber().value() + (number.suffix().isEmpty() ? 0 : 0.5))
              / (double) (above.houseNumber().value() - below.houseNumber().value());
      t = Math.max(0, Math.min(1, t));
      Coordinate a = below.point().getCoordinate();
      Coordinate b = above.point().getCoordinate();
      point =
          RegistryIndex.FACTORY.createPoint(
              new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
      near = t < 0.5 ? below : above;
    } else if (below != null || above != null) {
      near = below != null ? below : above;
      point = near.point();
      base = 0.75;
      notes.add("超出已登记门牌");
    } else {
      near = null;
      point = road.middle();
      base = 0.7;
    }
    notes.add("门牌插值");
    DivisionChain chain = near != null ? near.divisions() : chainOf(road.countyCode(), null, null);
    penalty += divisionPenalty(parsed, near == null ? null : chain, road);
    return result(
        input,
        MatchLevel.ROAD_INTERPOLATED,
        base - penalty,
        null,
        chain.countyName() + road.name() + standard(number).text(),
        chain,
        road.name(),
        standard(number).text(),
        null,
        null,
        null,
        point,
        notes);
  }

  /** A number that is not registered in its standard form: -N is written 之N (HouseNumbering). */
  private static HouseNumber standard(HouseNumber number) {
    return number.suffix().startsWith("-")
        ? new HouseNumber(number.value(), "之" + number.suffix().substring(1))
        : number;
  }

  /** 0.1 when the text names a county, township or community the match does not lie in. */
  private static double divisionPenalty(ParsedAddress parsed, DivisionChain chain, Road road) {
    String county = chain != null ? chain.countyCode() : road.countyCode();
    boolean wrong = parsed.county() != null && !parsed.county().code().equals(county);
    if (chain != null) {
      wrong |= parsed.township() != null && !parsed.township().code().equals(chain.townshipCode());
      wrong |=
          parsed.community() != null && !parsed.community().code().equals(chain.communityCode());
    }
    return wrong ? 0.1 : 0;
  }

  private DivisionChain chainOf(String countyCode, String townshipCode, String communityCode) {
    Division county = index.division(countyCode);
    Division township = index.division(townshipCode);
    Division community = index.division(communityCode);
    return new DivisionChain(
        countyCode,
        county == null ? "" : county.name(),
        township == null ? null : township.code(),
        township == null ? null : township.name(),
        community == null ? null : community.code(),
        community == null ? null : community.name());
  }

  private String countyName(String countyCode) {
    Division county = index.division(countyCode);
    return county == null ? "" : county.name();
  }

  private static GeocodeResult result(
      String input,
      MatchLevel level,
      double confidence,
      String code,
      String text,
      DivisionChain chain,
      String road,
      String houseNumber,
      String building,
      String unit,
      String room,
      Point point,
      List<String> notes) {
    return new GeocodeResult(
        input,
        level,
        Math.round(Math.max(0.05, confidence) * 100) / 100.0,
        code,
        text,
        chain.countyName().isEmpty() ? null : chain.countyName(),
        chain.townshipName(),
        chain.communityName(),
        road,
        houseNumber,
        building,
        unit,
        room,
        point.getX(),
        point.getY(),
        String.join("、", notes));
  }

  /**
   * The address nearest to a point (CGCS2000 lon/lat): the nearest house number within {@code
   * maxMetres}, the nearest road, and the divisions of that house.
   */
  public ReverseResult reverse(double lon, double lat, double maxMetres) {
    Point p = RegistryIndex.FACTORY.createPoint(new Coordinate(lon, lat));
    GaussKrugerProjection zone = GaussKrugerProjection.of(GaussKrugerZone.forLongitude(lon));
    Geometry pm = zone.toZone(p);
    double degrees = maxMetres / 80_000.0 * 1.5;
    StandardAddress nearest = null;
    double nearestMetres = Double.POSITIVE_INFINITY;
    for (StandardAddress a : index.housesNear(p, degrees)) {
      double d = zone.toZone(a.point()).distance(pm);
      if (d < nearestMetres) {
        nearest = a;
        nearestMetres = d;
      }
    }
    if (nearestMetres > maxMetres) {
      nearest = null;
    }
    Road road = null;
    double roadMetres = Double.POSITIVE_INFINITY;
    for (Road r : index.roadsNear(p, degrees)) {
      double d = zone.toZone(r.line()).distance(pm);
      if (d < roadMetres) {
        road = r;
        roadMetres = d;
      }
    }
    if (roadMetres > maxMetres) {
      road = null;
    }
    return new ReverseResult(
        nearest,
        nearest == null ? Double.NaN : nearestMetres,
        road,
        road == null ? Double.NaN : roadMetres);
  }

  /**
   * The answer of {@link #reverse}.
   *
   * @param address the nearest house number, or {@code null} when none is near enough
   * @param addressMetres its distance
   * @param road the nearest road, or {@code null}
   * @param roadMetres its distance from the road's line
   */
  public record ReverseResult(
      StandardAddress address, double addressMetres, Road road, double roadMetres) {}
}
