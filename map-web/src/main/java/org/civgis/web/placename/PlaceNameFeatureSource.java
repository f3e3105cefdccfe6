package org.civgis.web.placename;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameQuery;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.web.ogc.EditableFeatureSource;
import org.civgis.web.ogc.FeatureInput;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSchema;
import org.civgis.web.ogc.FeatureVersion;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.ogc.VersionedFeature;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.Role;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code place-names} collection: the standard names valid today (or on {@code datetime});
 * officers also see the names in procedure. {@code division} (a code or its leading digits) and
 * {@code category} (codes, or major classes, separated by commas) and {@code status} filter it. The
 * feature id is the row id of the name. POST proposes a name, PUT/PATCH edits it, DELETE withdraws
 * a proposal; the steps of the lifecycle have their own endpoints ({@code
 * /api/place-names/{id}/steps}).
 */
@Component
class PlaceNameFeatureSource implements EditableFeatureSource {
  private final PlaceNameRepository names;
  private final PlaceNameService service;
  private final Clock clock;

  PlaceNameFeatureSource(PlaceNameRepository names, PlaceNameService service, Clock clock) {
    this.names = names;
    this.service = service;
    this.clock = clock;
  }

  @Override
  public String id() {
    return PlaceNameService.COLLECTION;
  }

  @Override
  public String title() {
    return "地名";
  }

  @Override
  public String description() {
    return "标准地名库：现行标准地名（datetime 给出当时有效的地名）；区划地名管理员还可看到办理中的地名。"
        + "参数 division（区划代码或其前几位）、category（地名类别代码，逗号分隔；两位为大类）、"
        + "status（状态，逗号分隔，如 PROPOSED,UNDER_REVIEW）筛选。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("division", "category", "status");
  }

  private static final Map<String, Object> STRINGS =
      Map.of("type", "array", "items", Map.of("type", "string"));

  /**
   * The properties of a place-name feature over the columns of {@code gazetteer.place_name}; what
   * changes only through the steps of the lifecycle is read-only.
   */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .integer("id", "要素编号（地名记录）", "id")
          .role(FeatureSchema.Role.ID)
          .readOnly()
          .string("code", "地名代码", "code")
          .readOnly()
          .string("standardName", "标准名称", "standard_name")
          .string("specificPart", "专名", "specific_part")
          .string("genericPart", "通名", "generic_part")
          .string("shortName", "简称", "short_name")
          .other("aliases", "别名", STRINGS)
          .string("categoryCode", "地名类别代码", "category_code")
          .string("romanization", "罗马字母拼写", "romanization")
          .string("officialTransliteration", "少数民族语地名的官方音译", "official_transliteration")
          .string("minorityWrittenForm", "少数民族文字书写", "minority_written_form")
          .string("minorityLanguage", "少数民族语种", "minority_language")
          .string("meaning", "含义", "meaning")
          .string("origin", "由来", "origin")
          .string("history", "历史沿革", "history")
          .string("divisionCode", "所在区划代码", "division_code")
          .other("divisionCodes", "跨越的区划代码", STRINGS)
          .readOnly()
          .string("status", "状态", "status")
          .values(NameStatus.class)
          .readOnly()
          .string(
              "statusName",
              "状态名称",
              FeatureSchema.labelOf("status", NameStatus.class, NameStatus::chineseName))
          .readOnly()
          .date("validFrom", "生效日期", "lower(valid)")
          .role(FeatureSchema.Role.PRIMARY_INTERVAL_START)
          .readOnly()
          .date("validTo", "失效日期（不含）", "upper(valid)")
          .role(FeatureSchema.Role.PRIMARY_INTERVAL_END)
          .readOnly()
          .string("approvalAuthority", "批准机关", "approval_authority")
          .readOnly()
          .date("approvalDate", "批准日期", "approval_date")
          .readOnly()
          .string("approvalDocumentNo", "批准文号", "approval_document_no")
          .readOnly()
          .string("announcementNo", "公告编号", "announcement_no")
          .readOnly()
          .date("announcementDate", "公告日期", "announcement_date")
          .readOnly()
          .string("source", "数据来源", "source")
          .readOnly()
          .string("registrant", "登记人", "registrant")
          .readOnly()
          .integer("supersedesId", "所取代的地名记录编号", "supersedes_id")
          .readOnly()
          .bool("geometryGenerated", "几何为推算（非实测）", "geometry_generated")
          .readOnly()
          .geometry("geometry-any", "geom")
          .version()
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public Envelope extent() {
    return names.extent(LocalDate.now(clock));
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    LocalDate day =
        request.period().end() != null ? request.period().end() : request.period().start();
    PlaceNameQuery query =
        new PlaceNameQuery(
            day == null ? LocalDate.now(clock) : day,
            DivisionPrefix.of(request.parameters().get("division"), "division"),
            request.parameters().get("category"),
            request.bbox(),
            request.includeDrafts(),
            request.limit(),
            request.offset(),
            statuses(request.parameters().get("status")),
            request.condition());
    List<GeoFeature> features =
        names.find(query).stream().map(PlaceNameFeatureSource::feature).toList();
    return new FeaturePage(features, names.count(query));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    return byId(id)
        .filter(name -> visible(name, period, includeDrafts))
        .map(PlaceNameFeatureSource::feature);
  }

  @Override
  public Set<Role> editors() {
    return PlaceNameRights.EDITORS;
  }

  @Override
  public void checkWrite(String id, Actor actor) {
    Optional<PlaceName> current = byId(id);
    if (current.isPresent()) {
      service.checkEdit(actor, current.get());
    } else if (actor.role().filter(editors()::contains).isEmpty()) {
      throw new org.civgis.web.problem.ForbiddenException("只有系统管理员和区划地名管理员可以办理地名");
    }
  }

  /** The feature as the API writes it: with its read-only version. */
  private static GeoFeature feature(PlaceName name) {
    return FeatureVersion.with(PlaceNameFeatures.feature(name), name.etag());
  }

  @Override
  public Set<String> geometryTypes() {
    return Set.of(
        "Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon");
  }

  @Override
  public Optional<VersionedFeature> current(String id, boolean includeDrafts) {
    return byId(id)
        .filter(name -> includeDrafts || name.status().isCurrentStandard())
        .map(name -> new VersionedFeature(feature(name), name.etag()));
  }

  @Override
  public VersionedFeature create(FeatureInput input, Actor actor) {
    PlaceName proposed =
        service.propose(
            NameInput.text(input.properties()),
            input.geometry(),
            NameInput.divisionCode(input.properties()),
            actor);
    return new VersionedFeature(feature(proposed), proposed.etag());
  }

  @Override
  public VersionedFeature replace(String id, String ifMatch, FeatureInput input, Actor actor) {
    PlaceName edited =
        service.edit(
            idOf(id),
            ifMatch,
            NameInput.text(input.properties()),
            input.geometry(),
            input.properties().get("divisionCode") == null
                ? null
                : NameInput.divisionCode(input.properties()),
            actor);
    return new VersionedFeature(feature(edited), edited.etag());
  }

  @Override
  public void delete(String id, String ifMatch, Actor actor) {
    service.step(
        idOf(id),
        ifMatch,
        new org.civgis.gazetteer.placename.NameLifecycle.Step(
            NameStatus.WITHDRAWN, LocalDate.now(clock), null, null, "通过要素服务删除（撤回）"),
        actor);
  }

  private boolean visible(PlaceName name, TimePeriod period, boolean includeDrafts) {
    LocalDate day = period.end() != null ? period.end() : period.start();
    if (name.validFrom() != null && day != null && name.isValidOn(day)) {
      return true;
    }
    return includeDrafts && name.status() != NameStatus.WITHDRAWN;
  }

  private Optional<PlaceName> byId(String id) {
    try {
      return names.findById(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static long idOf(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new org.civgis.web.problem.NotFoundException("没有编号为 " + id + " 的地名");
    }
  }

  private static Set<NameStatus> statuses(String value) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    Set<NameStatus> statuses = EnumSet.noneOf(NameStatus.class);
    for (String part : value.split(",")) {
      try {
        statuses.add(NameStatus.valueOf(part.trim()));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException(
            "status",
            "未知状态 “"
                + part.trim()
                + "”，可选："
                + Arrays.stream(NameStatus.values()).map(Enum::name).toList());
      }
    }
    return statuses;
  }
}
