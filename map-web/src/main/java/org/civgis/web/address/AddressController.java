package org.civgis.web.address;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.address.AddressKind;
import org.civgis.gazetteer.address.AddressRepository;
import org.civgis.gazetteer.address.AddressStatus;
import org.civgis.gazetteer.address.DivisionChain;
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.HouseNumbering;
import org.civgis.gazetteer.address.RoadLine;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.RegistryIndex;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.ogc.FeatureJson;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.civgis.web.security.Role;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The numbering tool and new house numbers.
 *
 * <ul>
 *   <li>{@code POST /api/roads/{code}/numbering} with {@code {"points":[[lon,lat],…]}}: the house
 *       number each point would get on the road among the numbers already given (odd on the left,
 *       even on the right, increasing from the road's start; a point between two numbers gets a 之N
 *       suffix). Reads only.
 *   <li>{@code POST /api/addresses} with {@code {"roadCode","houseNumber","point":[lon,lat]}}: a
 *       new current house-number address. Its divisions are those of the nearest house number
 *       within {@value #CHAIN_METRES} m; the point must lie within {@value #ROAD_METRES} m of the
 *       road, on the side of its number. Administrators and place-name officers of a jurisdiction
 *       that holds it; written with its audit row in one transaction, then announced.
 * </ul>
 */
@RestController
class AddressController {
  static final int ROAD_METRES = 150;
  static final int CHAIN_METRES = 500;
  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

  private final AddressGeocoding geocoding;
  private final AddressRepository addresses;
  private final JdbcClient jdbc;
  private final JurisdictionGuard guard;
  private final AuditLog audit;
  private final FeatureChangePublisher changes;
  private final FeatureJson featureJson;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AddressController(
      AddressGeocoding geocoding,
      AddressRepository addresses,
      JdbcClient jdbc,
      JurisdictionGuard guard,
      AuditLog audit,
      FeatureChangePublisher changes,
      FeatureJson featureJson,
      TransactionTemplate transaction,
      Clock clock) {
    this.geocoding = geocoding;
    this.addresses = addresses;
    this.jdbc = jdbc;
    this.guard = guard;
    this.audit = audit;
    this.changes = changes;
    this.featureJson = featureJson;
    this.transaction = transaction;
    this.clock = clock;
  }

  @PostMapping("/api/roads/{code}/numbering")
  Map<String, Object> numbering(
      @PathVariable String code, @RequestBody(required = false) Map<String, Object> body) {
    RegistryIndex.Road road = road(code);
    List<Point> points = points(body == null ? null : body.get("points"));
    RoadLine line = new RoadLine(road.line());
    List<HouseNumbering.Existing> existing = new ArrayList<>();
    for (StandardAddress a : addresses.currentOnRoad(road.code(), AddressKind.HOUSE_NUMBER)) {
      existing.add(
          new HouseNumbering.Existing(a.houseNumber(), line.locate(a.point()).measureMeters()));
    }
    List<Map<String, Object>> proposals = new ArrayList<>();
    for (HouseNumbering.Proposal p : HouseNumbering.propose(line, existing, points)) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("index", p.index());
      out.put("houseNumber", p.number().text());
      out.put("text", road.name() + p.number().text());
      out.put("side", p.position().side().name());
      out.put("sideName", p.position().side().chineseName());
      out.put("measureMetres", Math.round(p.position().measureMeters() * 10) / 10.0);
      out.put("offsetMetres", Math.round(p.position().offsetMeters() * 10) / 10.0);
      out.put("note", p.note());
      proposals.add(out);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("road", Map.of("code", road.code(), "name", road.name()));
    out.put("existing", existing.size());
    out.put("proposals", proposals);
    return out;
  }

  @PostMapping("/api/addresses")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> create(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidParameterException("body", "须为新门牌（JSON）");
    }
    if (!(body.get("roadCode") instanceof String roadCode) || roadCode.isBlank()) {
      throw new InvalidParameterException("roadCode", "请选择道路");
    }
    RegistryIndex.Road road = road(roadCode);
    HouseNumber number;
    try {
      number = HouseNumber.parse(String.valueOf(body.get("houseNumber")));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("houseNumber", "须为门牌号，如 12号、12之1号");
    }
    Point point = points(List.of(body.get("point"))).get(0);
    RoadLine.Position position = new RoadLine(road.line()).locate(point);
    if (position.offsetMeters() > ROAD_METRES) {
      throw new InvalidParameterException(
          "point",
          "距"
              + road.name()
              + "中线 "
              + Math.round(position.offsetMeters())
              + " 米，超过 "
              + ROAD_METRES
              + " 米");
    }
    if (position.offsetMeters() >= HouseNumbering.MIN_OFFSET_METERS
        && !position.side().holds(number.value())) {
      throw new InvalidParameterException(
          "houseNumber",
          "点位在道路" + position.side().chineseName() + "，" + number.text() + "不在该侧（左单右双）");
    }
    Geocoder.ReverseResult near =
        geocoding.geocoder().reverse(point.getX(), point.getY(), CHAIN_METRES);
    if (near.address() == null) {
      throw new InvalidParameterException("point", CHAIN_METRES + " 米内没有已登记门牌，无法确定所在社区");
    }
    DivisionChain chain = near.address().divisions();
    Actor actor = Actor.current();
    if (actor.role().filter(r -> r == Role.ADMIN || r == Role.NAME_OFFICER).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和区划地名管理员可以编制门牌");
    }
    guard.checkWrite(actor, chain.mostSpecificCode(), point);
    long roadNameId =
        jdbc.sql(
                "select id from gazetteer.place_name where code = :code"
                    + " and status in ('ANNOUNCED', 'FILED') and upper_inf(valid)")
            .param("code", road.code())
            .query(Long.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("道路 " + road.code() + " 不是现行标准地名"));
    StandardAddress stored;
    try {
      stored =
          transaction.execute(
              tx -> {
                StandardAddress a =
                    addresses.insert(
                        new StandardAddress(
                            0,
                            1,
                            addresses.nextCode(chain.mostSpecificCode(), AddressKind.HOUSE_NUMBER),
                            AddressKind.HOUSE_NUMBER,
                            chain,
                            road.code(),
                            roadNameId,
                            road.name(),
                            number,
                            null,
                            null,
                            null,
                            null,
                            null,
                            point,
                            false,
                            AddressStatus.CURRENT,
                            LocalDate.now(clock),
                            null,
                            null,
                            "numbering:" + actor.auditName()));
                GeoFeature feature = AddressFeatureSource.feature(a);
                audit.record(
                    new AuditEntry(
                        "CREATE",
                        actor.auditName(),
                        actor.user() == null ? null : actor.user().id(),
                        AddressGeocoding.ADDRESSES,
                        feature.id(),
                        null,
                        featureJson.write(feature)));
                changes.publishChange(AddressGeocoding.ADDRESSES, null, point);
                return a;
              });
    } catch (DuplicateKeyException e) {
      throw new ConflictException(road.name() + number.text() + " 已登记");
    }
    GeoFeature feature = AddressFeatureSource.feature(stored);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", feature.id());
    out.putAll(feature.properties());
    out.put("point", List.of(point.getX(), point.getY()));
    return out;
  }

  private RegistryIndex.Road road(String code) {
    RegistryIndex.Road road = geocoding.geocoder().index().road(code);
    if (road == null) {
      throw new NotFoundException("没有道路 " + code);
    }
    return road;
  }

  private static List<Point> points(Object value) {
    if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > 500) {
      throw new InvalidParameterException("points", "须为 1 到 500 个 [经度, 纬度]");
    }
    List<Point> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof List<?> xy)
          || xy.size() != 2
          || !(xy.get(0) instanceof Number x)
          || !(xy.get(1) instanceof Number y)
          || Math.abs(x.doubleValue()) > 180
          || Math.abs(y.doubleValue()) > 90) {
        throw new InvalidParameterException("point", "须为 [经度, 纬度]（CGCS2000）");
      }
      out.add(FACTORY.createPoint(new Coordinate(x.doubleValue(), y.doubleValue())));
    }
    return out;
  }
}
