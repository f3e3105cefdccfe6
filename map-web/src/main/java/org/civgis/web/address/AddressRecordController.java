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
import org.civgis.gazetteer.address.HouseNumber;
import org.civgis.gazetteer.address.HouseNumbering;
import org.civgis.gazetteer.address.RoadLine;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.address.geocode.RegistryIndex;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.audit.AuditRecord;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.ogc.FeatureJson;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.civgis.web.security.Role;
import org.civgis.web.tabular.BeijingTime;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One standard address by its code: its record with every version and what was done to it, an edit
 * and its retirement.
 *
 * <ul>
 *   <li>{@code GET /api/addresses/{code}}: the latest version (its ETag in the header), every
 *       version oldest first, the audit events of all of them newest first, and for a house number
 *       how many buildings and rooms are registered at it.
 *   <li>{@code PUT /api/addresses/{code}} with {@code If-Match} and {@code {"houseNumber",
 *       "point":[lon,lat], "reason"}}: a new position alone is a correction of the current version
 *       (no new version); a new house number (house numbers only) closes the current version as 已变更
 *       today and starts a new version with the same code, and the buildings and rooms at the house
 *       number follow it the same way.
 *   <li>{@code POST /api/addresses/{code}/retirement} with {@code If-Match} and {@code {"reason"}}:
 *       closes the current version as 已注销 today; retiring a house number retires the buildings and
 *       rooms at it.
 * </ul>
 *
 * Writes: administrators and place-name officers of a jurisdiction that holds the address (and the
 * new position); a correction moves a position at most {@value #MAX_MOVE_METRES} m; the position of
 * a house number keeps the rules of the numbering tool (within {@value
 * AddressController#ROAD_METRES} m of its road, on the side of its number). Each write stores every
 * version it touches with their audit rows in one transaction, then announces the change (the
 * geocoder's index follows).
 */
@RestController
class AddressRecordController {
  private static final int MAX_EVENTS = 200;

  /** How far a correction may move an address; farther is a new address, not a correction. */
  static final int MAX_MOVE_METRES = 200;

  private static final JsonMapper READER = JsonMapper.builder().build();
  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4490);

  private final AddressGeocoding geocoding;
  private final AddressRepository addresses;
  private final JurisdictionGuard guard;
  private final AuditLog audit;
  private final FeatureChangePublisher changes;
  private final FeatureJson featureJson;
  private final TransactionTemplate transaction;
  private final Clock clock;

  AddressRecordController(
      AddressGeocoding geocoding,
      AddressRepository addresses,
      JurisdictionGuard guard,
      AuditLog audit,
      FeatureChangePublisher changes,
      FeatureJson featureJson,
      TransactionTemplate transaction,
      Clock clock) {
    this.geocoding = geocoding;
    this.addresses = addresses;
    this.guard = guard;
    this.audit = audit;
    this.changes = changes;
    this.featureJson = featureJson;
    this.transaction = transaction;
    this.clock = clock;
  }

  @GetMapping("/api/addresses/{code}")
  ResponseEntity<Map<String, Object>> record(@PathVariable String code) {
    List<StandardAddress> versions = addresses.history(code);
    if (versions.isEmpty()) {
      throw new NotFoundException("没有地址编码 " + code);
    }
    StandardAddress latest =
        versions.stream()
            .filter(a -> a.status() == AddressStatus.CURRENT)
            .findFirst()
            .orElse(versions.get(versions.size() - 1));
    Map<String, Object> out = new LinkedHashMap<>(describe(latest));
    out.put("current", latest.status() == AddressStatus.CURRENT);
    out.put(
        "dependents",
        latest.kind() == AddressKind.HOUSE_NUMBER && latest.status() == AddressStatus.CURRENT
            ? dependents(latest).size()
            : 0);
    out.put("versions", versions.stream().map(AddressRecordController::describe).toList());
    List<Map<String, Object>> events = new ArrayList<>();
    for (StandardAddress v : versions) {
      for (AuditRecord r : audit.trail(AddressGeocoding.ADDRESSES, Long.toString(v.id()), 50)) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", r.id());
        e.put("versionId", Long.toString(v.id()));
        e.put("occurredAt", r.occurredAt());
        e.put("occurredAtText", BeijingTime.minute(r.occurredAt()));
        e.put("actorName", r.actorName());
        e.put("action", r.action());
        e.put("actionName", actionName(r.action()));
        e.put("reason", reasonOf(r.after()));
        events.add(e);
      }
    }
    events.sort((a, b) -> Long.compare((Long) b.get("id"), (Long) a.get("id")));
    out.put("events", events.size() > MAX_EVENTS ? events.subList(0, MAX_EVENTS) : events);
    return ResponseEntity.ok().header(HttpHeaders.ETAG, latest.etag()).body(out);
  }

  @PutMapping("/api/addresses/{code}")
  ResponseEntity<Map<String, Object>> edit(
      @PathVariable String code,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidParameterException("body", "须为修改内容（JSON）：houseNumber、point、reason");
    }
    for (String key : body.keySet()) {
      if (!List.of("houseNumber", "point", "reason").contains(key)) {
        throw new InvalidParameterException(key, "未知字段；可写：houseNumber（门牌号）、point（位置）、reason（修改原因）");
      }
    }
    Actor actor = Actor.current();
    checkEditor(actor);
    StandardAddress current = current(code, ifMatch);
    guard.checkWrite(actor, current.divisions().mostSpecificCode(), current.point());
    String reason = reason(body.get("reason"), false);
    Point point = body.get("point") == null ? current.point() : point(body.get("point"));
    HouseNumber number = current.houseNumber();
    if (body.get("houseNumber") != null) {
      try {
        number = HouseNumber.parse(String.valueOf(body.get("houseNumber")));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("houseNumber", "须为门牌号，如 12号、12之1号");
      }
      if (!number.equals(current.houseNumber()) && current.kind() != AddressKind.HOUSE_NUMBER) {
        throw new InvalidParameterException(
            "houseNumber",
            "楼栋和户室地址随所在门牌改号，请修改门牌" + current.roadName() + current.houseNumber().text());
      }
    }
    boolean renumbered = !number.equals(current.houseNumber());
    boolean moved = !point.equalsExact(current.point());
    if (!renumbered && !moved) {
      throw new InvalidParameterException("body", "门牌号和位置都没有改变");
    }
    if (moved) {
      double metres = metres(current.point(), point);
      if (metres > MAX_MOVE_METRES) {
        throw new InvalidParameterException(
            "point",
            "位置修正移动了 "
                + Math.round(metres)
                + " 米，超过 "
                + MAX_MOVE_METRES
                + " 米；更远的位置请注销后在门牌编制中重新编号");
      }
      guard.checkWrite(actor, current.divisions().mostSpecificCode(), point);
    }
    if (current.kind() == AddressKind.HOUSE_NUMBER) {
      checkOnRoad(current, number, point);
    }
    HouseNumber newNumber = number;
    LocalDate today = LocalDate.now(clock);
    StandardAddress stored;
    try {
      stored =
          transaction.execute(
              tx -> {
                StandardAddress edited = current;
                if (moved) {
                  edited =
                      addresses
                          .movePoint(current, point)
                          .orElseThrow(() -> PreconditionFailedException.mismatch("（已被并发修改）"));
                  record("UPDATE", actor, current, edited, reason);
                }
                if (!renumbered) {
                  return edited;
                }
                List<StandardAddress> following = dependents(current);
                StandardAddress result = renumber(edited, newNumber, today, actor, reason);
                for (StandardAddress d : following) {
                  renumber(d, newNumber, today, actor, reason);
                }
                return result;
              });
    } catch (DuplicateKeyException e) {
      throw new ConflictException(current.roadName() + number.text() + " 已登记");
    }
    Envelope changed = new Envelope(current.point().getCoordinate());
    changed.expandToInclude(point.getCoordinate());
    changes.publish(AddressGeocoding.ADDRESSES, changed);
    return ResponseEntity.ok().header(HttpHeaders.ETAG, stored.etag()).body(describe(stored));
  }

  @PostMapping("/api/addresses/{code}/retirement")
  Map<String, Object> retire(
      @PathVariable String code,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestBody(required = false) Map<String, Object> body) {
    Actor actor = Actor.current();
    checkEditor(actor);
    StandardAddress current = current(code, ifMatch);
    guard.checkWrite(actor, current.divisions().mostSpecificCode(), current.point());
    String reason = reason(body == null ? null : body.get("reason"), true);
    LocalDate today = LocalDate.now(clock);
    List<StandardAddress> retired =
        transaction.execute(
            tx -> {
              List<StandardAddress> out = new ArrayList<>();
              List<StandardAddress> following =
                  current.kind() == AddressKind.HOUSE_NUMBER ? dependents(current) : List.of();
              out.add(close(current, AddressStatus.RETIRED, today, actor, reason));
              for (StandardAddress d : following) {
                out.add(close(d, AddressStatus.RETIRED, today, actor, reason));
              }
              return out;
            });
    changes.publish(AddressGeocoding.ADDRESSES, new Envelope(current.point().getCoordinate()));
    Map<String, Object> out = new LinkedHashMap<>(describe(retired.get(0)));
    out.put("retiredWithIt", retired.size() - 1);
    return out;
  }

  /** Buildings and rooms currently registered at house number {@code a}. */
  private List<StandardAddress> dependents(StandardAddress a) {
    List<StandardAddress> out = new ArrayList<>();
    for (AddressKind kind : List.of(AddressKind.BUILDING, AddressKind.UNIT_ROOM)) {
      for (StandardAddress d : addresses.currentOnRoad(a.roadCode(), kind)) {
        if (d.houseNumber().equals(a.houseNumber())) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** Closes {@code a} as {@code status} on {@code day}, with its audit row. */
  private StandardAddress close(
      StandardAddress a, AddressStatus status, LocalDate day, Actor actor, String reason) {
    StandardAddress closed =
        addresses
            .close(a, status, day)
            .orElseThrow(() -> PreconditionFailedException.mismatch("（已被并发修改）"));
    record(status == AddressStatus.RETIRED ? "RETIRE" : "RENUMBER", actor, a, closed, reason);
    return closed;
  }

  /** Closes {@code a} as 已变更 and stores its next version with {@code number}. */
  private StandardAddress renumber(
      StandardAddress a, HouseNumber number, LocalDate day, Actor actor, String reason) {
    close(a, AddressStatus.SUPERSEDED, day, actor, reason);
    StandardAddress next =
        addresses.insert(
            new StandardAddress(
                0,
                1,
                a.code(),
                a.kind(),
                a.divisions(),
                a.roadCode(),
                a.roadNameId(),
                a.roadName(),
                number,
                a.compoundName(),
                a.building(),
                a.unit(),
                a.room(),
                a.floor(),
                a.point(),
                a.pointGenerated(),
                AddressStatus.CURRENT,
                day,
                null,
                a.id(),
                a.source()));
    record("CREATE", actor, null, next, reason);
    return next;
  }

  private void record(
      String action, Actor actor, StandardAddress before, StandardAddress after, String reason) {
    StandardAddress subject = after != null ? after : before;
    GeoFeature afterFeature = after == null ? null : AddressFeatureSource.feature(after);
    if (afterFeature != null && reason != null) {
      Map<String, Object> p = new LinkedHashMap<>(afterFeature.properties());
      p.put("reason", reason);
      afterFeature = new GeoFeature(afterFeature.id(), afterFeature.geometry(), p);
    }
    audit.record(
        new AuditEntry(
            action,
            actor.auditName(),
            actor.user() == null ? null : actor.user().id(),
            AddressGeocoding.ADDRESSES,
            Long.toString(subject.id()),
            before == null ? null : featureJson.write(AddressFeatureSource.feature(before)),
            afterFeature == null ? null : featureJson.write(afterFeature)));
  }

  private void checkOnRoad(StandardAddress current, HouseNumber number, Point point) {
    RegistryIndex.Road road = geocoding.geocoder().index().road(current.roadCode());
    if (road == null) {
      throw new NotFoundException("没有道路 " + current.roadCode());
    }
    RoadLine.Position position = new RoadLine(road.line()).locate(point);
    if (position.offsetMeters() > AddressController.ROAD_METRES) {
      throw new InvalidParameterException(
          "point",
          "距"
              + road.name()
              + "中线 "
              + Math.round(position.offsetMeters())
              + " 米，超过 "
              + AddressController.ROAD_METRES
              + " 米");
    }
    if (position.offsetMeters() >= HouseNumbering.MIN_OFFSET_METERS
        && !position.side().holds(number.value())) {
      throw new InvalidParameterException(
          "houseNumber",
          "点位在道路" + position.side().chineseName() + "，" + number.text() + "不在该侧（左单右双）");
    }
  }

  private static void checkEditor(Actor actor) {
    if (actor.role().filter(r -> r == Role.ADMIN || r == Role.NAME_OFFICER).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和区划地名管理员可以修改或注销地址");
    }
  }

  /** The current version of {@code code} if {@code ifMatch} is its ETag; else 404, 428 or 412. */
  private StandardAddress current(String code, String ifMatch) {
    List<StandardAddress> versions = addresses.history(code);
    if (versions.isEmpty()) {
      throw new NotFoundException("没有地址编码 " + code);
    }
    StandardAddress current =
        addresses
            .currentByCode(code)
            .orElseThrow(() -> new ConflictException("地址 " + code + " 已注销或已变更，不能再修改"));
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PreconditionFailedException.missing();
    }
    if (!ifMatch.strip().equals(current.etag())) {
      throw PreconditionFailedException.mismatch(current.etag());
    }
    return current;
  }

  private static String reason(Object value, boolean required) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      if (required) {
        throw new InvalidParameterException("reason", "请填写注销原因");
      }
      return null;
    }
    if (!(value instanceof String s)) {
      throw new InvalidParameterException("reason", "须为文字");
    }
    if (s.strip().length() > 200) {
      throw new InvalidParameterException("reason", "不能超过 200 个字");
    }
    return s.strip();
  }

  /** Metres between two lon/lat points (haversine on a sphere of 6,371 km; ample for 200 m). */
  private static double metres(Point a, Point b) {
    double rad = Math.PI / 180;
    double dLat = (b.getY() - a.getY()) * rad;
    double dLon = (b.getX() - a.getX()) * rad;
    double h =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(a.getY() * rad) * Math.cos(b.getY() * rad) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
  }

  private static Point point(Object value) {
    if (!(value instanceof List<?> xy)
        || xy.size() != 2
        || !(xy.get(0) instanceof Number x)
        || !(xy.get(1) instanceof Number y)
        || !(x.doubleValue() >= 73 && x.doubleValue() <= 136)
        || !(y.doubleValue() >= 3 && y.doubleValue() <= 54)) {
      throw new InvalidParameterException("point", "须为中国范围内的 [经度, 纬度]（CGCS2000）");
    }
    return FACTORY.createPoint(new Coordinate(x.doubleValue(), y.doubleValue()));
  }

  /** A version as the record shows it. */
  static Map<String, Object> describe(StandardAddress a) {
    GeoFeature feature = AddressFeatureSource.feature(a);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", feature.id());
    out.putAll(feature.properties());
    out.put("statusName", a.status().chineseName());
    out.put("point", List.of(a.point().getX(), a.point().getY()));
    out.put("source", a.source());
    out.put("etag", a.etag());
    return out;
  }

  private static String actionName(String action) {
    return switch (action) {
      case "CREATE" -> "登记";
      case "UPDATE" -> "修改位置";
      case "RENUMBER" -> "改号";
      case "RETIRE" -> "注销";
      case "DELETE" -> "删除";
      default -> action;
    };
  }

  /** The reason a write recorded in its "after" feature, or {@code null}. */
  private static String reasonOf(String afterJson) {
    if (afterJson == null) {
      return null;
    }
    try {
      JsonNode reason = READER.readTree(afterJson).path("properties").path("reason");
      return reason.isString() ? reason.asString() : null;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
