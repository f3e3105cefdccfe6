package org.civgis.data.changji.urban;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.civgis.boundary.division.DivisionCensus;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.demand.DemandKind;
import org.civgis.gazetteer.demand.DemandPoint;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.gazetteer.facility.FacilityOperator;
import org.civgis.gazetteer.facility.FacilityStatus;
import org.civgis.gazetteer.facility.FacilityType;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.LabelPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * The generated facilities and demand of the urban demo of 昌吉市 (示意数据), for the 15-minute care
 * circle.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li><b>Demand.</b> One point per community or village of the six urban streets, at the label
 *       point of its generated polygon, and one per residential compound, at the compound's house
 *       number. Counts are <b>estimates</b>: the urban population of 昌吉市 (2020 census resident
 *       population × urban share) shared among the communities by polygon area (±25 %, seeded); a
 *       compound has 2.6 residents per generated flat; 60+ and 80+ by the county's census age
 *       shares. A community holds at least its compounds' residents. Every point says so in its
 *       {@code estimateNote}.
 *   <li><b>Facilities.</b> At house numbers of the generated addresses (with their address text): a
 *       comprehensive elder-care centre in five of the six streets, a day-care centre in about two
 *       communities of three, four elder-care institutions, one support institution (敬老院), social
 *       work stations in five streets, child-protection stations in three, a community service
 *       centre in about one community of four, a relief station and a marriage registry. Some are
 *       planned or under construction.
 *   <li>Deterministic (seeded), every row with {@link ChangjiUrban#SOURCE} and its position marked
 *       generated.
 * </ol>
 */
public record CareCircleDemo(List<Facility> facilities, List<DemandPoint> demand, String checksum) {

  static final double RESIDENTS_PER_FLAT = 2.6;

  /** Generates the demo from the urban demo, the division names and the census of 昌吉市. */
  public static CareCircleDemo generate(
      ChangjiUrban urban, Map<String, String> divisionNames, DivisionCensus census) {
    double share60 = census.shareAged(60);
    double share80 = census.shareAged(80);
    String note =
        String.format(
            "估算：2020 年普查昌吉市常住人口 × 城镇人口比例按社区面积分摊，60 岁以上 %.2f%%、80 岁以上 %.2f%% 按普查年龄结构（示意数据）",
            100 * share60, 100 * share80);

    // house numbers (current, not in a compound) and compounds, per community
    Map<String, List<StandardAddress>> houses = new TreeMap<>();
    Map<String, StandardAddress> compoundGate = new LinkedHashMap<>();
    Map<String, Integer> compoundFlats = new LinkedHashMap<>();
    for (GeneratedAddress g : urban.addresses()) {
      StandardAddress a = g.address();
      if (a.validTo() != null) {
        continue;
      }
      if (a.compoundName() == null && a.kind() == AddressKind.HOUSE_NUMBER) {
        houses.computeIfAbsent(a.divisions().communityCode(), k -> new ArrayList<>()).add(a);
      } else if (a.compoundName() != null && a.kind() == AddressKind.HOUSE_NUMBER) {
        compoundGate.putIfAbsent(a.compoundName(), a);
      } else if (a.compoundName() != null && a.kind() == AddressKind.UNIT_ROOM) {
        compoundFlats.merge(a.compoundName(), 1, Integer::sum);
      }
    }

    // compounds
    List<DemandPoint> demand = new ArrayList<>();
    Map<String, Integer> compoundResidents = new TreeMap<>();
    Map<String, Integer> compoundNumber = new TreeMap<>();
    List<DemandPoint> compounds = new ArrayList<>();
    for (Map.Entry<String, StandardAddress> e : compoundGate.entrySet()) {
      StandardAddress gate = e.getValue();
      String community = gate.divisions().communityCode();
      int residents =
          (int) Math.round(compoundFlats.getOrDefault(e.getKey(), 0) * RESIDENTS_PER_FLAT);
      compoundResidents.merge(community, residents, Integer::sum);
      int n = compoundNumber.merge(community, 1, Integer::sum);
      compounds.add(
          point(
              DemandKind.RESIDENTIAL_COMPOUND,
              community + "-C" + String.format("%02d", n),
              e.getKey(),
              community,
              residents,
              share60,
              share80,
              note,
              gate.point()));
    }

    // communities
    Map<String, MultiPolygon> communities = new TreeMap<>();
    double totalArea = 0;
    for (Map.Entry<String, MultiPolygon> e : urban.polygons().entrySet()) {
      if (!e.getKey().endsWith("000")) {
        communities.put(e.getKey(), e.getValue());
        totalArea += e.getValue().getArea();
      }
    }
    double urbanPopulation =
        census.residentPopulation() * (census.urbanShare() == null ? 0.7 : census.urbanShare());
    SplittableRandom random = UrbanLayout.random("care-circle-demand");
    for (Map.Entry<String, MultiPolygon> e : communities.entrySet()) {
      double factor = 0.75 + 0.5 * random.nextDouble();
      int residents =
          (int) Math.round(urbanPopulation * e.getValue().getArea() / totalArea * factor);
      residents =
          Math.max(residents, (int) Math.ceil(compoundResidents.getOrDefault(e.getKey(), 0) * 1.1));
      Point label = LabelPoint.of(e.getValue());
      label.setSRID(Srid.CGCS2000);
      demand.add(
          point(
              DemandKind.COMMUNITY,
              e.getKey(),
              divisionNames.getOrDefault(e.getKey(), e.getKey()),
              e.getKey(),
              residents,
              share60,
              share80,
              note,
              label));
    }
    demand.addAll(compounds);

    List<Facility> facilities = facilities(urban, divisionNames, houses, communities);
    return new CareCircleDemo(
        List.copyOf(facilities), List.copyOf(demand), checksum(facilities, demand));
  }

  private static DemandPoint point(
      DemandKind kind,
      String code,
      String name,
      String community,
      int residents,
      double share60,
      double share80,
      String note,
      Point at) {
    int aged60 = (int) Math.round(residents * share60);
    int aged80 = Math.min(aged60, (int) Math.round(residents * share80));
    return new DemandPoint(
        0,
        kind,
        code,
        name,
        community,
        residents,
        aged60,
        aged80,
        true,
        note,
        at,
        true,
        ChangjiUrban.SOURCE);
  }

  private static List<Facility> facilities(
      ChangjiUrban urban,
      Map<String, String> names,
      Map<String, List<StandardAddress>> houses,
      Map<String, MultiPolygon> communities) {
    SplittableRandom random = UrbanLayout.random("care-circle-facilities");
    List<Facility> out = new ArrayList<>();
    List<String> streets =
        urban.polygons().keySet().stream().filter(c -> c.endsWith("000")).sorted().toList();
    List<String> communityCodes = List.copyOf(communities.keySet());
    Factory f = new Factory(out, houses, random);
    for (int s = 0; s < streets.size(); s++) {
      String street = streets.get(s);
      String streetName = names.getOrDefault(street, street);
      List<String> own =
          communityCodes.stream().filter(c -> c.startsWith(street.substring(0, 9))).toList();
      // the last street has no comprehensive centre yet: one is planned
      f.add(
          streetName + "综合养老服务中心",
          FacilityType.COMPREHENSIVE_ELDER_CARE_CENTRE,
          own.get(0),
          s == streets.size() - 1 ? FacilityStatus.PLANNED : FacilityStatus.OPERATING,
          60,
          30 + 10 * random.nextInt(4),
          0.6);
      if (s != 2) {
        f.add(
            streetName + "社工站",
            FacilityType.SOCIAL_WORK_STATION,
            own.get(own.size() - 1),
            FacilityStatus.OPERATING,
            null,
            null,
            0);
      }
      if (s % 2 == 0) {
        f.add(
            streetName + "未成年人保护工作站",
            FacilityType.CHILD_PROTECTION_STATION,
            own.get(own.size() / 2),
            FacilityStatus.OPERATING,
            null,
            null,
            0);
      }
    }
    for (String community : communityCodes) {
      String name = names.getOrDefault(community, community);
      double draw = random.nextDouble();
      if (draw < 0.62) {
        f.add(
            name + "日间照料中心",
            FacilityType.COMMUNITY_DAY_CARE,
            community,
            FacilityStatus.OPERATING,
            30 + 10 * random.nextInt(4),
            8 + 2 * random.nextInt(5),
            0.3);
      } else if (draw < 0.70) {
        f.add(
            name + "日间照料中心",
            FacilityType.COMMUNITY_DAY_CARE,
            community,
            FacilityStatus.UNDER_CONSTRUCTION,
            30,
            10,
            0.3);
      }
      if (random.nextDouble() < 0.25) {
        f.add(
            name + "综合服务站",
            FacilityType.COMMUNITY_SERVICE_CENTRE,
            community,
            FacilityStatus.OPERATING,
            null,
            null,
            0);
      }
    }
    String[] institutions = {"昌吉市康乐养老院", "昌吉市夕阳红颐养中心", "昌吉市福寿园养老公寓", "昌吉市社会福利院"};
    for (int i = 0; i < institutions.length; i++) {
      f.add(
          institutions[i],
          FacilityType.ELDER_CARE_INSTITUTION,
          communityCodes.get((7 + 17 * i) % communityCodes.size()),
          FacilityStatus.OPERATING,
          null,
          80 + 40 * random.nextInt(6),
          0.35 + 0.1 * i);
    }
    f.add(
        "昌吉市特困人员供养服务中心（敬老院）",
        FacilityType.SUPPORT_INSTITUTION,
        communityCodes.get(communityCodes.size() - 3),
        FacilityStatus.OPERATING,
        null,
        120,
        0.5);
    f.add(
        "昌吉市救助管理站",
        FacilityType.RELIEF_STATION,
        communityCodes.get(11),
        FacilityStatus.OPERATING,
        50,
        null,
        0);
    f.add(
        "昌吉市婚姻登记处",
        FacilityType.MARRIAGE_REGISTRY,
        communityCodes.get(20),
        FacilityStatus.OPERATING,
        null,
        null,
        0);
    return out;
  }

  /** Places facilities at house numbers of a community, with varied operators and dates. */
  private record Factory(
      List<Facility> out, Map<String, List<StandardAddress>> houses, SplittableRandom random) {
    void add(
        String name,
        FacilityType type,
        String community,
        FacilityStatus status,
        Integer capacity,
        Integer beds,
        double nursingShare) {
      List<StandardAddress> candidates = houses.get(community);
      if (candidates == null || candidates.isEmpty()) {
        throw new IllegalStateException(community + ": no house number to place " + name + " at");
      }
      StandardAddress at = candidates.get(random.nextInt(candidates.size()));
      FacilityOperator operator =
          switch (random.nextInt(4)) {
            case 0 -> FacilityOperator.PRIVATE;
            case 1 -> FacilityOperator.PUBLIC_BUILT_PRIVATELY_RUN;
            default -> FacilityOperator.PUBLIC;
          };
      LocalDate opened =
          switch (status) {
            case PLANNED -> null;
            case UNDER_CONSTRUCTION -> LocalDate.of(2027, 1 + random.nextInt(12), 1);
            default -> LocalDate.of(2012 + random.nextInt(13), 1 + random.nextInt(12), 1);
          };
      Integer nursing =
          beds == null || nursingShare == 0 ? null : (int) Math.round(beds * nursingShare);
      out.add(
          new Facility(
              0,
              0,
              name,
              type,
              at.text(),
              capacity,
              beds,
              nursing,
              operator,
              opened,
              status,
              community,
              at.point(),
              true,
              ChangjiUrban.SOURCE));
    }
  }

  private static String checksum(List<Facility> facilities, List<DemandPoint> demand) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Facility f : facilities) {
        digest.update(
            (f.name()
                    + f.type()
                    + f.status()
                    + f.beds()
                    + f.nursingBeds()
                    + f.operator()
                    + f.openedOn()
                    + f.point().toText())
                .getBytes(StandardCharsets.UTF_8));
      }
      for (DemandPoint d : demand) {
        digest.update(
            (d.code()
                    + d.name()
                    + d.population()
                    + d.population60Plus()
                    + d.population80Plus()
                    + d.point().toText())
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
