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
 *       community, 0.5 a township, 0.4 a county; less 0.05 for a former road name, 0.15 for a wrong
 *       character, 0.1 for a division named that the address does not lie in, 0.1 for a part that
 *       was not found, 0.01 per unrecognised character (at most 0.1).
 *   <li>An address that starts with another province or municipality (北京市, 广东省 …) matches nothing:
 *       the library is of one prefecture of Xinjiang.
 *   <li>Stateless and thread-safe; the index is immutable.
 * </ol>
 */
public final class Geocoder {
  private final RegistryIndex index;
  private final AddressParser parser;

  public Geocoder(RegistryIndex index) {
    this.index = index;
    this.parser = new AddressParser(index);
  }

  public RegistryIndex index() {
    return index;
  }

  /**
   * Provincial-level units other than Xinjiang, with their generic: an address that starts with one
   * lies outside the library (北京市朝阳区建国路 is not 昌吉市建国路; 北京南路 is a road of 昌吉市).
   */
  private static final java.util.regex.Pattern ELSEWHERE =
      java.util.regex.Pattern.compile(
          "^(中国|中华人民共和国)?(北京市|天津市|上海市|重庆市|河北省|山西省|辽宁省|吉林省|黑龙江省|江苏省|浙江省|安徽省|福建省"
              + "|江西省|山东省|河南省|湖北省|湖南省|广东省|海南省|四川省|贵州省|云南省|陕西省|甘肃省|青海省|台湾省"
              + "|内蒙古自治区|广西壮族自治区|西藏自治区|宁夏回族自治区|香港特别行政区|澳门特别行政区)");

  public GeocodeResult geocode(String input) {
    ParsedAddress parsed = parser.parse(input == null ? "" : input);
    if (ELSEWHERE.matcher(parsed.normalized()).find()) {
      return GeocodeResult.none(input);
    }
    List<String> notes = new ArrayList<>();
    double penalty = Math.min(0.1, 0.01 * parsed.unparsed().length());
    if (parsed.roadMatch() == RoadMatch.FORMER_NAME) {
      penalty += 0.05;
      notes.add("曾用名");
    } else if (parsed.roadMatch() == RoadMatch.ONE_CHARACTER_WRONG) {
      penalty += 0.15;
      notes.add("路名错一字");
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
        for (Road r : roads) {
          if (index.address(r.code(), number, null, null, null) != null) {
            road = r;
            break;
          }
        }
        StandardAddress house = index.address(road.code(), number, null, null, null);
        if (house == null) {
          return interpolated(input, parsed, road, number, penalty, notes);
        }
        return detail(input, parsed, road, house, penalty, notes);
      }
      penalty += divisionPenalty(parsed, null, road);
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
        chain.countyName() + road.name() + number.text(),
        chain,
        road.name(),
        number.text(),
        null,
        null,
        null,
        point,
        notes);
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
