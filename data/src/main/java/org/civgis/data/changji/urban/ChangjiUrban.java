package org.civgis.data.changji.urban;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.gazetteer.address.DivisionChain;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.romanization.NameParts;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * The generated urban demo of 昌吉市 (示意数据): street and community polygons, the street network as
 * place names and as an OSM file, addresses, signs with their patrols and repairs.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Generated from the real division list (the six urban streets of 昌吉市 and their communities
 *       and villages) and the real county polygon, deterministically: the same input gives the same
 *       data, byte for byte ({@link #checksum}).
 *   <li>Everything lies inside the county polygon, around the real city centre (87.30°E, 44.01°N);
 *       a violation is an {@link IllegalStateException}.
 *   <li>Every row written from it carries {@link #SOURCE} (divisions: {@link #DIVISION_SOURCE}),
 *       and every position is marked generated.
 * </ol>
 */
public record ChangjiUrban(
    Map<String, MultiPolygon> polygons,
    List<UrbanRoad> roads,
    List<RoadName> roadNames,
    List<GeneratedAddress> addresses,
    List<GeneratedSign> signs,
    String osmXml,
    String checksum) {

  /** The {@code source} of the generated roads, addresses and signs. */
  public static final String SOURCE = "generated-changji-urban-demo";

  /** The {@code source} of the street and community versions that carry generated polygons. */
  public static final String DIVISION_SOURCE = "nbs-division-codes-2023+generated-urban-polygons";

  /** The remarks (备注) of those versions: their polygons are an illustration. */
  public static final String DIVISION_REMARKS = "示意：街道、社区范围为生成的示意数据，非勘定界线";

  public static final String COUNTY_CODE = "652301000000";

  /** The day the generated patrols lead up to. */
  public static final LocalDate DEMO_DAY = LocalDate.of(2026, 11, 20);

  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();

  /**
   * A place name of a road, in insertion order: a former name comes before the name that supersedes
   * it.
   *
   * @param name the place name
   * @param road the index of its road
   * @param supersedes the index (in the list) of the name it supersedes, or -1
   */
  public record RoadName(PlaceName name, int road, int supersedes) {}

  /** The number of generated addresses (current versions) of each kind, for reports. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("polygons", polygons.size());
    counts.put("roads", roads.size());
    counts.put("addresses", addresses.size());
    counts.put("signs", signs.size());
    return counts;
  }

  /** Generates the demo from the current versions of the divisions of the dataset. */
  public static ChangjiUrban generate(List<Division> divisions) {
    Division county = null;
    Map<String, Division> current = new LinkedHashMap<>();
    for (Division d : divisions) {
      if (d.validTo() == null && d.code().startsWith("652301")) {
        current.put(d.code(), d);
        if (d.code().equals(COUNTY_CODE)) {
          county = d;
        }
      }
    }
    if (county == null || county.geometry() == null) {
      throw new IllegalStateException("昌吉市 and its polygon are needed to generate the urban demo");
    }
    Map<String, List<String>> children = new LinkedHashMap<>();
    for (int s = 1; s <= 6; s++) {
      children.put("652301" + String.format("%03d", s) + "000", new ArrayList<>());
    }
    for (Division d : current.values()) {
      if (d.level() == DivisionLevel.VILLAGE && children.containsKey(d.parentCode())) {
        children.get(d.parentCode()).add(d.code());
      }
    }
    children.values().forEach(list -> list.sort(String::compareTo));

    UrbanNetwork network = UrbanNetwork.build();
    UrbanDivisions areas = UrbanDivisions.build(network, children, "652301");
    for (Map.Entry<String, MultiPolygon> e : areas.polygons.entrySet()) {
      if (!county.geometry().covers(e.getValue())) {
        throw new IllegalStateException(e.getKey() + ": generated polygon outside 昌吉市");
      }
    }

    Map<String, String> names = new LinkedHashMap<>();
    current.forEach((code, d) -> names.put(code, d.name()));
    Map<String, DivisionChain> chains = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> street : children.entrySet()) {
      for (String community : street.getValue()) {
        chains.put(
            community,
            new DivisionChain(
                COUNTY_CODE,
                county.name(),
                street.getKey(),
                names.get(street.getKey()),
                community,
                DivisionChain.withoutCommittee(names.get(community))));
      }
    }

    List<UrbanNetwork.Way> named = network.roads();
    List<UrbanRoad> roads = new ArrayList<>();
    Map<UrbanNetwork.Way, UrbanRoad> roadOf = new IdentityHashMap<>();
    for (int k = 0; k < named.size(); k++) {
      UrbanNetwork.Way way = named.get(k);
      UrbanRoad road = road(k, way, areas.polygons);
      roads.add(road);
      roadOf.put(way, road);
    }
    List<RoadName> roadNames = roadNames(roads);
    List<GeneratedAddress> addresses =
        UrbanAddresses.generate(named, roads, communitiesOnly(areas.polygons), chains);
    List<GeneratedSign> signs =
        UrbanSigns.generate(roads, addresses, areas.polygons, names, "652301");
    Map<String, String> pinyin = new LinkedHashMap<>();
    for (RoadName n : roadNames) {
      pinyin.put(n.name().text().standardName(), n.name().text().romanization());
    }
    String osm = OsmXml.write(network.ways, roadOf, pinyin);
    return new ChangjiUrban(
        areas.polygons,
        roads,
        roadNames,
        addresses,
        signs,
        osm,
        checksum(areas.polygons, osm, addresses, signs));
  }

  private static Map<String, MultiPolygon> communitiesOnly(Map<String, MultiPolygon> polygons) {
    Map<String, MultiPolygon> communities = new LinkedHashMap<>();
    polygons.forEach(
        (code, polygon) -> {
          if (!code.endsWith("000")) {
            communities.put(code, polygon);
          }
        });
    return communities;
  }

  private static UrbanRoad road(int k, UrbanNetwork.Way way, Map<String, MultiPolygon> polygons) {
    List<double[]> points = way.points();
    Coordinate[] cs = new Coordinate[points.size()];
    for (int i = 0; i < cs.length; i++) {
      cs[i] = new Coordinate(UrbanLayout.lon(points.get(i)[0]), UrbanLayout.lat(points.get(i)[1]));
    }
    LineString line = UrbanDivisions.FACTORY.createLineString(cs);
    line.setSRID(Srid.CGCS2000);
    Point middle = line.getInteriorPoint();
    String township = null;
    TreeSet<String> crossed = new TreeSet<>();
    for (Map.Entry<String, MultiPolygon> e : polygons.entrySet()) {
      if (!e.getKey().endsWith("000")) {
        continue;
      }
      if (e.getValue().intersects(line) && e.getValue().intersection(line).getLength() > 0) {
        crossed.add(e.getKey());
      }
      if (township == null && e.getValue().covers(middle)) {
        township = e.getKey();
      }
    }
    if (township == null) {
      township = crossed.first();
    }
    return new UrbanRoad(
        "652301-R" + String.format("%05d", k + 1),
        way.name(),
        way.formerName(),
        way.renamedOn() == null ? null : LocalDate.parse(way.renamedOn()),
        way.roadClass(),
        line,
        township,
        List.copyOf(crossed));
  }

  /** The place names of the roads: a former name (RENAMED) first, then the current one (FILED). */
  private static List<RoadName> roadNames(List<UrbanRoad> roads) {
    List<RoadName> names = new ArrayList<>();
    for (int k = 0; k < roads.size(); k++) {
      UrbanRoad road = roads.get(k);
      int supersedes = -1;
      if (road.renamed()) {
        names.add(
            new RoadName(
                name(road, road.formerName(), NameStatus.RENAMED, null, road.renamedOn()), k, -1));
        supersedes = names.size() - 1;
      }
      names.add(
          new RoadName(
              name(road, road.name(), NameStatus.FILED, road.renamedOn(), null), k, supersedes));
    }
    return names;
  }

  private static PlaceName name(
      UrbanRoad road, String name, NameStatus status, LocalDate from, LocalDate to) {
    NameParts parts = ROMANIZER.split(name);
    String specific = parts.specific().replace(" ", "");
    String generic = parts.generic();
    // 北京南路: the direction belongs to the specific part (北京南 + 路), as the naming rules read it
    if (generic.length() == 2 && "东西南北中".indexOf(generic.charAt(0)) >= 0) {
      specific = specific + generic.charAt(0);
      generic = generic.substring(1);
    }
    String history =
        road.renamed()
            ? "原名" + road.formerName() + "，" + road.renamedOn() + "更名为" + road.name() + "。"
            : null;
    NameText text =
        new NameText(
            name,
            specific,
            generic.isEmpty() ? null : generic,
            null,
            List.of(),
            "0801",
            ROMANIZER.romanize(name).pinyin(),
            null,
            null,
            null,
            null,
            null,
            history);
    return new PlaceName(
        0,
        0,
        road.code(),
        text,
        road.line(),
        true,
        road.townshipCode(),
        road.townshipCodes(),
        status,
        from,
        to,
        null,
        null,
        SOURCE,
        "数据导入（示意数据）",
        null);
  }

  private static String checksum(
      Map<String, MultiPolygon> polygons,
      String osm,
      List<GeneratedAddress> addresses,
      List<GeneratedSign> signs) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      polygons.forEach(
          (code, p) -> digest.update((code + p.toText()).getBytes(StandardCharsets.UTF_8)));
      digest.update(osm.getBytes(StandardCharsets.UTF_8));
      for (GeneratedAddress g : addresses) {
        digest.update(
            (g.address().code()
                    + g.address().text()
                    + g.address().status()
                    + g.address().point().toText())
                .getBytes(StandardCharsets.UTF_8));
      }
      for (GeneratedSign g : signs) {
        digest.update(
            (g.sign().code()
                    + g.sign().installedText()
                    + g.sign().installedRomanization()
                    + g.sign().condition()
                    + g.patrols().size()
                    + g.sign().point().toText())
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
