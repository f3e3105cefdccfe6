package org.civgis.web.division;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionCode;
import org.civgis.boundary.division.DivisionLevel;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.boundary.edit.ChangeKind;
import org.civgis.boundary.edit.DivisionEdit;
import org.civgis.boundary.edit.DivisionEdits;
import org.civgis.boundary.edit.EditOutcome;
import org.civgis.boundary.edit.EditRefusedException;
import org.civgis.boundary.edit.Editor;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.LabelPoint;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.ogc.EditableFeatureSource;
import org.civgis.web.ogc.FeatureInput;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSchema;
import org.civgis.web.ogc.FeatureVersion;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.ogc.VersionedFeature;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.Role;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;

/**
 * The {@code divisions} collection: every level; {@code level} (1–5) and {@code parent} (a 6- or
 * 12-digit code) filter it; {@code datetime} gives the versions valid then. The feature id is the
 * 12-digit code.
 *
 * <p>Editing (ADMIN and NAME_OFFICER) only adapts HTTP and GeoJSON to the domain's {@link
 * DivisionEdits}, which decides the kind of change, the jurisdiction, the checks on save and the
 * audit: a PUT or PATCH is a correction of the current version unless its properties say {@code
 * "changeKind": "LEGAL_CHANGE"} with {@code effectiveFrom} and {@code approvalDocument}; see
 * docs/adr 0012. A new code starts a version today (a draft unless published); deleting ends the
 * current version today. Changing a code, level or parent is a division change (撤并、调整), not an
 * edit, and is refused.
 */
@Component
class DivisionFeatureSource implements EditableFeatureSource {
  static final String ID = "divisions";

  /** Properties this source writes itself; a client may send them back, they are not input. */
  private static final Set<String> DERIVED =
      Set.of("levelName", "validFrom", "validTo", "areaKm2", "areaZoneEpsg", "labelPoint");

  private static final Set<String> INPUT =
      Set.of("code", "name", "level", "parentCode", "status", "remarks");

  /** Properties that say what kind of write a PUT or PATCH is; not stored. */
  private static final Set<String> EDIT =
      Set.of(
          "changeKind",
          "reason",
          "effectiveFrom",
          "approvalDocument",
          "acknowledgeWarnings",
          "detachSharedEdges");

  private final DivisionRepository divisions;
  private final DivisionEdits edits;
  private final FeatureChangePublisher changes;
  private final Clock clock;

  DivisionFeatureSource(
      DivisionRepository divisions,
      DivisionEdits edits,
      FeatureChangePublisher changes,
      Clock clock) {
    this.divisions = divisions;
    this.edits = edits;
    this.changes = changes;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "行政区划";
  }

  @Override
  public String description() {
    return "各级行政区划及其历史版本。参数 level（1 省级、2 地级、3 县级、4 乡级、5 村级）、"
        + "parent（上级区划代码）筛选；datetime 给出当时有效的版本，缺省为今天。"
        + "面积按所在 CGCS2000 3度带高斯-克吕格投影计算。";
  }

  /**
   * The properties of a division feature over the columns of {@code boundary.division_version} (see
   * {@link DivisionRepository}); a filter applies to the versions before one per code is chosen, as
   * {@code datetime} does.
   */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .string("code", "区划代码（12 位）", "code")
          .role(FeatureSchema.Role.ID)
          .string("name", "名称", "name")
          .integer("level", "层级（1 省级 … 5 村级）", "level")
          .string("levelName", "层级名称", levelNames())
          .readOnly()
          .string("parentCode", "上级区划代码", "parent_code")
          .string("status", "状态", "status")
          .values(RecordStatus.class)
          .string("remarks", "备注", "remarks")
          .date("validFrom", "生效日期", "lower(valid)")
          .role(FeatureSchema.Role.PRIMARY_INTERVAL_START)
          .readOnly()
          .date("validTo", "失效日期（不含）", "upper(valid)")
          .role(FeatureSchema.Role.PRIMARY_INTERVAL_END)
          .readOnly()
          .other("areaKm2", "面积（平方千米，高斯-克吕格投影）", Map.of("type", "number"))
          .readOnly()
          .other("areaZoneEpsg", "计算面积所用投影带的 EPSG 代码", Map.of("type", "integer"))
          .readOnly()
          .other(
              "labelPoint",
              "标注点（经度、纬度）",
              Map.of(
                  "type", "array", "items", Map.of("type", "number"), "minItems", 2, "maxItems", 2))
          .readOnly()
          .geometry("geometry-multipolygon", "geom")
          .version()
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  private static String levelNames() {
    StringBuilder sql = new StringBuilder("(case level");
    for (DivisionLevel level : DivisionLevel.values()) {
      sql.append(" when ").append(level.number()).append(" then '");
      sql.append(level.chineseName()).append("'");
    }
    return sql.append(" end)").toString();
  }

  @Override
  public Set<String> parameters() {
    return Set.of("level", "parent");
  }

  @Override
  public Envelope extent() {
    return divisions.extent(today());
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    DivisionQuery query =
        DivisionQuery.during(request.period().start(), request.period().end(), request.limit())
            .withPage(request.limit(), request.offset())
            .withLevel(level(request.parameters().get("level")))
            .withParent(parent(request.parameters().get("parent")))
            .withBbox(request.bbox())
            .withDrafts(request.includeDrafts())
            .withCondition(
                request.filter() == null
                    ? null
                    : new DivisionQuery.Condition(
                        request.filter().sql(), request.filter().parameters()));
    List<GeoFeature> features = divisions.findVersions(query).stream().map(this::feature).toList();
    return new FeaturePage(features, divisions.count(query));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    if (!DivisionCode.isValid(id)) {
      return Optional.empty();
    }
    DivisionQuery query =
        DivisionQuery.during(period.start(), period.end(), 1)
            .withCode(id)
            .withDrafts(includeDrafts);
    return divisions.findVersions(query).stream().findFirst().map(this::feature);
  }

  // ---- editing: HTTP and GeoJSON to the domain's DivisionEdits

  @Override
  public Set<Role> editors() {
    return Set.of(Role.ADMIN, Role.NAME_OFFICER);
  }

  /** The role, and for a division code the jurisdiction, as {@link DivisionEdits} decides it. */
  @Override
  public void checkWrite(String id, Actor actor) {
    requireEditor(actor);
    if (DivisionCode.isValid(id) && !edits.mayEdit(editor(actor), id)) {
      String name =
          divisions.findByCode(id, today()).map(d -> d.name() + "（" + id + "）").orElse(id);
      throw new org.civgis.web.problem.ForbiddenException(
          "区划 "
              + name
              + " 不在您的辖区（"
              + divisions
                  .findByCode(actor.user().jurisdictionCode(), today())
                  .map(Division::name)
                  .orElse(actor.user().jurisdictionCode())
              + "）内，不能修改或删除");
    }
  }

  @Override
  public Set<String> geometryTypes() {
    return Set.of("Polygon", "MultiPolygon");
  }

  @Override
  public Optional<VersionedFeature> current(String id, boolean includeDrafts) {
    if (!DivisionCode.isValid(id)) {
      return Optional.empty();
    }
    return divisions.findVersion(id, today(), includeDrafts).map(this::versioned);
  }

  @Override
  public VersionedFeature create(FeatureInput input, Actor actor) {
    requireEditor(actor);
    Map<String, Object> p = input.properties();
    checkKnown(p);
    String code = code(p.get("code"));
    DivisionLevel level = levelOf(p.get("level"));
    String parentCode = parentOf(p.get("parentCode"), level, code);
    Division division =
        new Division(
            code,
            name(p.get("name")),
            level,
            parentCode,
            today(),
            null,
            multiPolygon(input.geometry()),
            "edit:" + actor.auditName(),
            status(p.getOrDefault("status", RecordStatus.DRAFT.name())),
            remarks(p.get("remarks")));
    DivisionVersion created = adapted(() -> edits.create(division, editor(actor)));
    announce(null, division.geometry());
    return versioned(created);
  }

  /**
   * Replaces the current version through {@link DivisionEdits}: the properties {@code changeKind}
   * (CORRECTION, the default, or LEGAL_CHANGE), {@code reason}, {@code effectiveFrom} (YYYY-MM-DD),
   * {@code approvalDocument}, {@code acknowledgeWarnings} and {@code detachSharedEdges} say what
   * kind of write it is; they are not stored as properties.
   */
  @Override
  public VersionedFeature replace(String id, String ifMatch, FeatureInput input, Actor actor) {
    requireEditor(actor);
    Map<String, Object> p = input.properties();
    checkKnown(p);
    Division before =
        (DivisionCode.isValid(id)
                ? divisions.findVersion(id, today(), true)
                : Optional.<DivisionVersion>empty())
            .map(DivisionVersion::division)
            .orElseThrow(() -> new NotFoundException("集合 divisions 中没有现行要素 " + id));
    requireUnchanged(p, "code", before.code(), code(p.getOrDefault("code", before.code())));
    requireUnchanged(
        p, "level", before.level(), levelOf(p.getOrDefault("level", before.level().number())));
    requireUnchanged(
        p, "parentCode", before.parentCode(), p.getOrDefault("parentCode", before.parentCode()));
    DivisionEdit edit =
        new DivisionEdit(
            id,
            ifMatch,
            changeKind(p.get("changeKind")),
            text(p, "reason", 1000),
            day(p.get("effectiveFrom")),
            text(p, "approvalDocument", 500),
            name(p.get("name")),
            multiPolygon(input.geometry()),
            status(p.getOrDefault("status", before.status().name())),
            remarks(p.get("remarks")),
            flag(p, "acknowledgeWarnings"),
            flag(p, "detachSharedEdges"),
            null);
    EditOutcome outcome = adapted(() -> edits.edit(edit, editor(actor)));
    announce(outcome);
    return versioned(outcome.version());
  }

  /** Writes back a state the audit trail recorded; see {@link DivisionEdits#restore}. */
  VersionedFeature restore(String id, String ifMatch, RestoreRequest request, Actor actor) {
    requireEditor(actor);
    if (request.auditId() == null) {
      throw new InvalidFeatureException("auditId", "须给出修改记录的编号（auditId）");
    }
    boolean afterState = "AFTER".equalsIgnoreCase(request.state());
    if (request.state() != null && !afterState && !"BEFORE".equalsIgnoreCase(request.state())) {
      throw new InvalidFeatureException("state", "须为 BEFORE（该修改之前，缺省）或 AFTER（该修改之后）");
    }
    EditOutcome outcome =
        adapted(
            () ->
                edits.restore(
                    id,
                    request.auditId(),
                    afterState,
                    ifMatch,
                    changeKind(request.changeKind()),
                    request.reason(),
                    day(request.effectiveFrom()),
                    request.approvalDocument(),
                    Boolean.TRUE.equals(request.acknowledgeWarnings()),
                    Boolean.TRUE.equals(request.detachSharedEdges()),
                    editor(actor)));
    announce(outcome);
    return versioned(outcome.version());
  }

  /** The body of {@code POST /api/divisions/{code}/restore}. */
  record RestoreRequest(
      Long auditId,
      String state,
      String changeKind,
      String reason,
      String effectiveFrom,
      String approvalDocument,
      Boolean acknowledgeWarnings,
      Boolean detachSharedEdges) {}

  @Override
  public void delete(String id, String ifMatch, Actor actor) {
    requireEditor(actor);
    Division ended = adapted(() -> edits.end(id, ifMatch, editor(actor)));
    announce(ended.geometry(), null);
  }

  /** The domain's refusals of input name the GeoJSON property at fault. */
  private static <T> T adapted(java.util.function.Supplier<T> write) {
    try {
      return write.get();
    } catch (EditRefusedException e) {
      if (e.reason() == EditRefusedException.Reason.INVALID
          && !e.field().equals("geometry")
          && !e.field().startsWith("If-")) {
        throw new InvalidFeatureException("properties." + e.field(), e.getMessage());
      }
      throw e;
    }
  }

  static Editor editor(Actor actor) {
    return actor.user() == null
        ? new Editor(actor.auditName(), null, null)
        : new Editor(actor.auditName(), actor.user().id(), actor.user().jurisdictionCode());
  }

  /** Tells every instance where the map changed (a division without geometry is not on it). */
  private void announce(Geometry before, Geometry after) {
    changes.publishChange(ID, before, after);
  }

  private void announce(EditOutcome outcome) {
    if (outcome.written().isEmpty()) {
      Geometry g = outcome.version().division().geometry();
      announce(g, g);
    }
    for (EditOutcome.Written w : outcome.written()) {
      announce(w.before(), w.after());
    }
    if (!outcome.lines().isEmpty()) {
      for (EditOutcome.Written w : outcome.written()) {
        changes.publishChange(AuditEditJournal.LINES, w.before(), w.after());
      }
    }
  }

  private void requireEditor(Actor actor) {
    if (actor.role().filter(editors()::contains).isEmpty()) {
      throw new org.civgis.web.problem.ForbiddenException("只有系统管理员和区划地名管理员可以修改行政区划");
    }
  }

  // ---- reading input

  private static void checkKnown(Map<String, Object> properties) {
    for (String key : properties.keySet()) {
      if (!INPUT.contains(key) && !DERIVED.contains(key) && !EDIT.contains(key)) {
        throw new InvalidFeatureException(
            "properties." + key, "未知属性；可写属性：" + String.join(", ", INPUT));
      }
    }
  }

  private static void requireUnchanged(
      Map<String, Object> p, String key, Object stored, Object given) {
    if (p.containsKey(key)
        && !java.util.Objects.equals(String.valueOf(stored), String.valueOf(given))) {
      throw new InvalidFeatureException("properties." + key, "区划代码、层级和上级区划的变更须通过区划调整办理，不能直接编辑");
    }
  }

  private static String code(Object value) {
    if (!(value instanceof String s)) {
      throw new InvalidFeatureException("properties.code", "须为 6 位或 12 位区划代码（字符串）");
    }
    try {
      return DivisionCode.normalize(s.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidFeatureException("properties.code", "须为 6 位或 12 位区划代码，收到 \"" + s + "\"");
    }
  }

  private static DivisionLevel levelOf(Object value) {
    try {
      return DivisionLevel.ofNumber(((Number) value).intValue());
    } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
      throw new InvalidFeatureException("properties.level", "须为 1 到 5 的整数");
    }
  }

  private String parentOf(Object value, DivisionLevel level, String code) {
    if (level == DivisionLevel.PROVINCE) {
      return null;
    }
    if (!(value instanceof String s) || !DivisionCode.isValid(s)) {
      throw new InvalidFeatureException("properties.parentCode", "须为上级区划的 12 位代码");
    }
    Division parent =
        divisions
            .findByCode(s, today())
            .orElseThrow(
                () -> new InvalidFeatureException("properties.parentCode", "上级区划 " + s + " 不存在"));
    if (parent.level().number() != level.number() - 1 || !parent.contains(code)) {
      throw new InvalidFeatureException(
          "properties.code", "代码 " + code + " 不在上级区划 " + parent.name() + "（" + s + "）之下");
    }
    return s;
  }

  private static String name(Object value) {
    String name = value instanceof String s ? org.civgis.web.input.NameText.normalize(s) : null;
    if (name == null || name.isEmpty()) {
      throw new InvalidFeatureException("properties.name", "名称不能为空");
    }
    if (name.length() > 100) {
      throw new InvalidFeatureException("properties.name", "名称不能超过 100 个字符");
    }
    return name;
  }

  private static RecordStatus status(Object value) {
    try {
      RecordStatus status = RecordStatus.valueOf(String.valueOf(value));
      if (status == RecordStatus.WITHDRAWN) {
        throw new IllegalArgumentException();
      }
      return status;
    } catch (IllegalArgumentException e) {
      throw new InvalidFeatureException("properties.status", "须为 DRAFT（草稿）或 PUBLISHED（已发布）");
    }
  }

  private static ChangeKind changeKind(Object value) {
    if (value == null) {
      return ChangeKind.CORRECTION;
    }
    try {
      return ChangeKind.valueOf(String.valueOf(value).strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidFeatureException(
          "properties.changeKind", "须为 CORRECTION（更正，缺省）或 LEGAL_CHANGE（法定变更）");
    }
  }

  private static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(String.valueOf(value).strip());
    } catch (java.time.DateTimeException e) {
      throw new InvalidFeatureException("properties.effectiveFrom", "须为日期 YYYY-MM-DD");
    }
  }

  private static String text(Map<String, Object> p, String key, int maxLength) {
    Object value = p.get(key);
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s) || s.length() > maxLength) {
      throw new InvalidFeatureException("properties." + key, "须为不超过 " + maxLength + " 个字符的文本");
    }
    return s;
  }

  private static boolean flag(Map<String, Object> p, String key) {
    Object value = p.get(key);
    if (value == null) {
      return false;
    }
    if (!(value instanceof Boolean b)) {
      throw new InvalidFeatureException("properties." + key, "须为 true 或 false");
    }
    return b;
  }

  private static String remarks(Object value) {
    if (value == null) {
      return null;
    }
    if (!(value instanceof String s)) {
      throw new InvalidFeatureException("properties.remarks", "须为文本");
    }
    if (s.length() > 4000) {
      throw new InvalidFeatureException("properties.remarks", "不能超过 4000 个字符");
    }
    return s;
  }

  private static Geometry multiPolygon(Geometry geometry) {
    if (geometry instanceof Polygon polygon) {
      MultiPolygon multi = geometry.getFactory().createMultiPolygon(new Polygon[] {polygon});
      multi.setSRID(Srid.CGCS2000);
      return multi;
    }
    return geometry;
  }

  // ---- writing output

  private VersionedFeature versioned(DivisionVersion version) {
    return new VersionedFeature(feature(version), version.etag());
  }

  /** The feature as the API writes it: with its read-only version. */
  private GeoFeature feature(DivisionVersion version) {
    return FeatureVersion.with(feature(version.division()), version.etag());
  }

  private GeoFeature feature(Division division) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("code", division.code());
    properties.put("name", division.name());
    properties.put("level", division.level().number());
    properties.put("levelName", division.level().chineseName());
    properties.put("parentCode", division.parentCode());
    properties.put("status", division.status().name());
    properties.put("remarks", division.remarks());
    properties.put("validFrom", division.validFrom());
    properties.put("validTo", division.validTo());
    Double areaKm2 = null;
    Integer zoneEpsg = null;
    List<Double> labelPoint = null;
    if (division.geometry() != null) {
      MetricMeasure measure = MetricMeasure.of(division.geometry());
      areaKm2 = Math.round(measure.areaSquareKilometers() * 100) / 100.0;
      zoneEpsg = measure.zone().epsg();
      Point label = LabelPoint.of(division.geometry());
      labelPoint = List.of(round6(label.getX()), round6(label.getY()));
    }
    properties.put("areaKm2", areaKm2);
    properties.put("areaZoneEpsg", zoneEpsg);
    properties.put("labelPoint", labelPoint);
    return new GeoFeature(division.code(), division.geometry(), properties);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static double round6(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }

  private static DivisionLevel level(String value) {
    if (value == null) {
      return null;
    }
    try {
      return DivisionLevel.ofNumber(Integer.parseInt(value.trim()));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "level", "须为 1 到 5 的整数（1 省级 … 5 村级），收到 \"" + value + "\"");
    }
  }

  private static String parent(String value) {
    if (value == null) {
      return null;
    }
    try {
      return DivisionCode.normalize(value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("parent", "须为 6 位或 12 位区划代码，收到 \"" + value + "\"");
    }
  }
}
