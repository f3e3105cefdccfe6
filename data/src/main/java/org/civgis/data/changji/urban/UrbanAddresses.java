package org.civgis.data.changji.urban;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.civgis.gazetteer.address.AddressCode;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.AddressStatus;
import org.civgis.gazetteer.address.DivisionChain;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.HouseNumbering;
import org.civgis.gazetteer.address.RoadLine;
import org.civgis.gazetteer.address.RoadSide;
import org.civgis.gazetteer.address.StandardAddress;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Generated addresses along the roads of the urban area: house numbers on both sides of every road,
 * a few numbers added later with a suffix, and residential compounds with their buildings, units
 * and rooms.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Houses stand on both sides of each road, at spacings that depend on its class, set back
 *       from the road's centre line, kept clear of junctions and of the area's edge; each lies in a
 *       community of {@link UrbanDivisions}, which gives its division chain.
 *   <li>Numbers are given by {@link HouseNumbering#renumber} (odd on the left, even on the right,
 *       increasing from the road's start); about one house in forty was added between two numbered
 *       ones later and has a suffix from {@link HouseNumbering#propose} (之1), shown as 之1, -1 or
 *       附1.
 *   <li>Compounds (小区) stand at numbers of main and secondary roads, one per name of {@link
 *       UrbanLayout#COMPOUND_NAMES}; each has 4 to 6 buildings behind its entrance, each building 2
 *       or 3 units of 6 floors with two rooms a floor (101, 102 … 602).
 *   <li>An address on a renamed road has two versions: the old one on the former name, SUPERSEDED
 *       on the day of the renaming, and the current one that supersedes it.
 *   <li>Codes ({@link AddressCode}) are numbered per community and kind in the order generated.
 * </ol>
 */
final class UrbanAddresses {
  static final String SOURCE = ChangjiUrban.SOURCE;

  private UrbanAddresses() {}

  /** A house before its address is written. */
  private static final class House {
    final int road;
    final Point point;
    final double[] km;
    final double[] awayFromRoad;
    final double[] along;
    HouseNumber number;
    double measure;
    DivisionChain chain;
    String compound;

    House(int road, Point point, double[] km, double[] awayFromRoad, double[] along) {
      this.road = road;
      this.point = point;
      this.km = km;
      this.awayFromRoad = awayFromRoad;
      this.along = along;
    }
  }

  static List<GeneratedAddress> generate(
      List<UrbanNetwork.Way> ways,
      List<UrbanRoad> roads,
      Map<String, MultiPolygon> communities,
      Map<String, DivisionChain> chains) {
    Map<String, PreparedGeometry> prepared = new LinkedHashMap<>();
    communities.forEach(
        (code, polygon) -> prepared.put(code, PreparedGeometryFactory.prepare(polygon)));
    SplittableRandom random = UrbanLayout.random("addresses");

    List<List<House>> housesOfRoad = new ArrayList<>();
    for (int k = 0; k < roads.size(); k++) {
      List<House> houses = place(k, ways.get(k), random, prepared, chains);
      RoadLine line = new RoadLine(roads.get(k).line());
      List<HouseNumbering.Proposal> numbers =
          HouseNumbering.renumber(line, houses.stream().map(h -> h.point).toList());
      for (HouseNumbering.Proposal p : numbers) {
        houses.get(p.index()).number = p.number();
        houses.get(p.index()).measure = p.position().measureMeters();
      }
      addSuffixed(k, ways.get(k), line, houses, random, prepared, chains);
      houses.sort(Comparator.comparingDouble((House h) -> h.measure));
      housesOfRoad.add(houses);
    }
    chooseCompounds(roads, housesOfRoad);

    Writer writer = new Writer(roads);
    for (List<House> houses : housesOfRoad) {
      for (House h : houses) {
        writer.write(h, AddressKind.HOUSE_NUMBER, null, null, null, null, h.point);
      }
    }
    for (List<House> houses : housesOfRoad) {
      for (House h : houses) {
        if (h.compound != null) {
          buildings(h, writer, random);
        }
      }
    }
    return writer.out;
  }

  /** Houses on both sides of way {@code k}. */
  private static List<House> place(
      int k,
      UrbanNetwork.Way way,
      SplittableRandom random,
      Map<String, PreparedGeometry> communities,
      Map<String, DivisionChain> chains) {
    double spacing;
    double offset;
    double clearance;
    switch (way.roadClass()) {
      case MAIN -> {
        spacing = 0.075;
        offset = 0.022;
        clearance = 0.035;
      }
      case SECONDARY -> {
        spacing = 0.06;
        offset = 0.016;
        clearance = 0.03;
      }
      default -> {
        spacing = 0.042;
        offset = 0.009;
        clearance = 0.018;
      }
    }
    double length = way.lengthKm();
    double sign = way.to() >= way.from() ? 1 : -1;
    double[] along = way.vertical() ? new double[] {0, sign} : new double[] {sign, 0};
    double[] left = {-along[1], along[0]};
    List<House> houses = new ArrayList<>();
    for (RoadSide side : RoadSide.values()) {
      double[] away = side == RoadSide.LEFT ? left : new double[] {-left[0], -left[1]};
      double s = clearance + random.nextDouble() * spacing;
      while (s < length - clearance) {
        double at = s;
        boolean clear =
            way.stations().stream()
                .noneMatch(st -> Math.abs(Math.abs(st - way.from()) - at) < clearance);
        if (clear) {
          double x = (way.vertical() ? way.fixed() : way.from()) + along[0] * s + away[0] * offset;
          double y = (way.vertical() ? way.from() : way.fixed()) + along[1] * s + away[1] * offset;
          Point point = point(x, y);
          DivisionChain chain = chainAt(point, communities, chains);
          if (chain != null) {
            House house = new House(k, point, new double[] {x, y}, away, along);
            house.chain = chain;
            houses.add(house);
          }
        }
        s += spacing * (0.7 + 0.6 * random.nextDouble());
      }
    }
    return houses;
  }

  /** About one house in forty gets a neighbour added later, numbered with a suffix. */
  private static void addSuffixed(
      int k,
      UrbanNetwork.Way way,
      RoadLine line,
      List<House> houses,
      SplittableRandom random,
      Map<String, PreparedGeometry> communities,
      Map<String, DivisionChain> chains) {
    List<House> bySide = new ArrayList<>(houses);
    bySide.sort(
        Comparator.comparing((House h) -> RoadSide.of(h.number))
            .thenComparingDouble(h -> h.measure));
    List<House> added = new ArrayList<>();
    for (int i = 0; i + 1 < bySide.size(); i++) {
      House a = bySide.get(i);
      House b = bySide.get(i + 1);
      if (RoadSide.of(a.number) != RoadSide.of(b.number) || random.nextInt(40) != 0) {
        continue;
      }
      double x = (a.km[0] + b.km[0]) / 2;
      double y = (a.km[1] + b.km[1]) / 2;
      Point point = point(x, y);
      DivisionChain chain = chainAt(point, communities, chains);
      if (chain != null) {
        House house = new House(k, point, new double[] {x, y}, a.awayFromRoad, a.along);
        house.chain = chain;
        added.add(house);
      }
    }
    if (added.isEmpty()) {
      return;
    }
    List<HouseNumbering.Existing> existing =
        houses.stream().map(h -> new HouseNumbering.Existing(h.number, h.measure)).toList();
    List<HouseNumbering.Proposal> numbers =
        HouseNumbering.propose(line, existing, added.stream().map(h -> h.point).toList());
    for (HouseNumbering.Proposal p : numbers) {
      House h = added.get(p.index());
      HouseNumber n = p.number();
      // the numbering tool writes 之N; older plates of the area also use -N and 附N
      String form =
          switch ((n.value() + k) % 3) {
            case 1 -> "-";
            case 2 -> "附";
            default -> "之";
          };
      h.number = new HouseNumber(n.value(), form + n.suffix().substring(1));
      h.measure = p.position().measureMeters();
      houses.add(h);
    }
  }

  /** One compound per name, at numbers (without suffix) of main and secondary roads. */
  private static void chooseCompounds(List<UrbanRoad> roads, List<List<House>> housesOfRoad) {
    List<House> candidates = new ArrayList<>();
    for (int k = 0; k < roads.size(); k++) {
      if (roads.get(k).roadClass() == RoadClass.LANE) {
        continue;
      }
      for (House h : housesOfRoad.get(k)) {
        if (h.number.suffix().isEmpty()) {
          candidates.add(h);
        }
      }
    }
    SplittableRandom random = UrbanLayout.random("compounds");
    for (int i = candidates.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      House t = candidates.get(i);
      candidates.set(i, candidates.get(j));
      candidates.set(j, t);
    }
    for (int i = 0; i < UrbanLayout.COMPOUND_NAMES.size() && i < candidates.size(); i++) {
      candidates.get(i).compound = UrbanLayout.COMPOUND_NAMES.get(i);
    }
  }

  /** The buildings, units and rooms of the compound at house {@code h}. */
  private static void buildings(House h, Writer writer, SplittableRandom random) {
    int count = 4 + random.nextInt(3);
    for (int b = 1; b <= count; b++) {
      int row = (b - 1) / 2;
      int column = (b - 1) % 2;
      double depth = 0.045 + 0.04 * row;
      double side = column == 0 ? -0.025 : 0.025;
      double x = h.km[0] + h.awayFromRoad[0] * depth + h.along[0] * side;
      double y = h.km[1] + h.awayFromRoad[1] * depth + h.along[1] * side;
      Point point = point(x, y);
      String building = Integer.toString(b);
      writer.write(h, AddressKind.BUILDING, building, null, null, null, point);
      int units = 2 + random.nextInt(2);
      for (int unit = 1; unit <= units; unit++) {
        for (int floor = 1; floor <= 6; floor++) {
          for (int room = 1; room <= 2; room++) {
            writer.write(
                h,
                AddressKind.UNIT_ROOM,
                building,
                Integer.toString(unit),
                Integer.toString(floor * 100 + room),
                floor,
                point);
          }
        }
      }
    }
  }

  /** Writes address versions with codes numbered per community and kind. */
  private static final class Writer {
    final List<UrbanRoad> roads;
    final List<GeneratedAddress> out = new ArrayList<>();
    final Map<String, Integer> sequences = new HashMap<>();

    Writer(List<UrbanRoad> roads) {
      this.roads = roads;
    }

    int write(
        House h,
        AddressKind kind,
        String building,
        String unit,
        String room,
        Integer floor,
        Point point) {
      String community = h.chain.communityCode();
      int sequence = sequences.merge(community + kind, 1, Integer::sum);
      String code = AddressCode.of(community, kind, sequence);
      UrbanRoad road = roads.get(h.road);
      int supersedes = -1;
      if (road.renamed()) {
        out.add(
            new GeneratedAddress(
                new StandardAddress(
                    0,
                    1,
                    code,
                    kind,
                    h.chain,
                    road.code(),
                    0,
                    road.formerName(),
                    h.number,
                    h.compound,
                    building,
                    unit,
                    room,
                    floor,
                    point,
                    true,
                    AddressStatus.SUPERSEDED,
                    null,
                    road.renamedOn(),
                    null,
                    SOURCE),
                h.road,
                true,
                -1));
        supersedes = out.size() - 1;
      }
      out.add(
          new GeneratedAddress(
              new StandardAddress(
                  0,
                  1,
                  code,
                  kind,
                  h.chain,
                  road.code(),
                  0,
                  road.name(),
                  h.number,
                  h.compound,
                  building,
                  unit,
                  room,
                  floor,
                  point,
                  true,
                  AddressStatus.CURRENT,
                  road.renamed() ? road.renamedOn() : null,
                  null,
                  null,
                  SOURCE),
              h.road,
              false,
              supersedes));
      return out.size() - 1;
    }
  }

  static Point point(double xKm, double yKm) {
    return UrbanDivisions.FACTORY.createPoint(
        new Coordinate(UrbanLayout.lon(xKm), UrbanLayout.lat(yKm)));
  }

  private static DivisionChain chainAt(
      Point point, Map<String, PreparedGeometry> communities, Map<String, DivisionChain> chains) {
    for (Map.Entry<String, PreparedGeometry> e : communities.entrySet()) {
      if (e.getValue().contains(point)) {
        return chains.get(e.getKey());
      }
    }
    return null;
  }
}
