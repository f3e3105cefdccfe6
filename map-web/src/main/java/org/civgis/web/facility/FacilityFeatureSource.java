package org.civgis.web.facility;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.gazetteer.facility.FacilityOperator;
import org.civgis.gazetteer.facility.FacilityQuery;
import org.civgis.gazetteer.facility.FacilityRepository;
import org.civgis.gazetteer.facility.FacilityStatus;
import org.civgis.gazetteer.facility.FacilityType;
import org.civgis.web.ogc.EditableFeatureSource;
import org.civgis.web.ogc.FeatureInput;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSchema;
import org.civgis.web.ogc.FeatureVersion;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.ogc.VersionedFeature;
import org.civgis.web.placename.DivisionPrefix;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.Role;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code facilities} collection: the social-service facilities of the registry (not removed).
 * {@code type} and {@code status} (codes, comma-separated) and {@code division} (a code or its
 * leading digits) filter it. Planners and administrators write it inside their jurisdiction.
 */
@Component
class FacilityFeatureSource implements EditableFeatureSource {
  private final FacilityRepository facilities;
  private final FacilityService service;

  FacilityFeatureSource(FacilityRepository facilities, FacilityService service) {
    this.facilities = facilities;
    this.service = service;
  }

  @Override
  public String id() {
    return FacilityService.COLLECTION;
  }

  @Override
  public String title() {
    return "民政服务设施";
  }

  @Override
  public String description() {
    return "民政服务设施（养老机构、综合养老服务机构、日间照料中心、社工站等）：类型、床位与护理型床位、运营方式、状态。"
        + "参数 type（类型代码，逗号分隔）、status（状态代码，逗号分隔）、division（区划代码或其前几位）筛选。"
        + "source 为 generated-changji-urban-demo 的设施为示意数据。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("type", "status", "division");
  }

  /** The properties of a facility feature over the columns of {@code gazetteer.facility}. */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .integer("id", "要素编号（设施）", "id")
          .role(FeatureSchema.Role.ID)
          .readOnly()
          .string("name", "名称", "name")
          .string("type", "类型", "facility_type")
          .values(FacilityType.class)
          .string(
              "typeName",
              "类型名称",
              FeatureSchema.labelOf("facility_type", FacilityType.class, FacilityType::chineseName))
          .readOnly()
          .string("address", "地址", "address")
          .integer("capacity", "服务能力（人）", "capacity")
          .integer("beds", "床位数", "beds")
          .integer("nursingBeds", "护理型床位数", "nursing_beds")
          .string("operator", "运营方式", "operator")
          .values(FacilityOperator.class)
          .string(
              "operatorName",
              "运营方式名称",
              FeatureSchema.labelOf(
                  "operator", FacilityOperator.class, FacilityOperator::chineseName))
          .readOnly()
          .date("openedOn", "开业日期", "opened_on")
          .string("status", "状态", "status")
          .values(FacilityStatus.class)
          .string(
              "statusName",
              "状态名称",
              FeatureSchema.labelOf("status", FacilityStatus.class, FacilityStatus::chineseName))
          .readOnly()
          .string("divisionCode", "所在区划代码", "division_code")
          .bool("pointGenerated", "位置为推算（非实测）", "point_generated")
          .readOnly()
          .string("source", "数据来源", "source")
          .geometry("geometry-point", "geom")
          .version()
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public Envelope extent() {
    return facilities.extent();
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    FacilityQuery query =
        new FacilityQuery(
            parse(
                request.parameters().get("type"),
                "type",
                FacilityType.class,
                FacilityType::valueOf),
            parse(
                request.parameters().get("status"),
                "status",
                FacilityStatus.class,
                FacilityStatus::valueOf),
            DivisionPrefix.of(request.parameters().get("division"), "division"),
            request.bbox(),
            request.limit(),
            request.offset(),
            request.condition());
    List<GeoFeature> features =
        facilities.find(query).stream().map(FacilityFeatureSource::feature).toList();
    return new FeaturePage(features, facilities.count(query));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    return byId(id).map(FacilityFeatureSource::feature);
  }

  @Override
  public Set<Role> editors() {
    return FacilityService.EDITORS;
  }

  @Override
  public void checkWrite(String id, Actor actor) {
    Optional<Facility> current = byId(id);
    if (current.isPresent()) {
      service.checkRights(actor, current.get());
    } else {
      service.checkEditor(actor);
    }
  }

  @Override
  public Set<String> geometryTypes() {
    return Set.of("Point");
  }

  @Override
  public Optional<VersionedFeature> current(String id, boolean includeDrafts) {
    return byId(id).map(f -> new VersionedFeature(feature(f), f.etag()));
  }

  @Override
  public VersionedFeature create(FeatureInput input, Actor actor) {
    Facility created =
        service.create(FacilityInput.read(input.properties(), input.geometry(), "api"), actor);
    return new VersionedFeature(feature(created), created.etag());
  }

  @Override
  public VersionedFeature replace(String id, String ifMatch, FeatureInput input, Actor actor) {
    Facility edited =
        service.replace(
            idOf(id),
            ifMatch,
            FacilityInput.read(input.properties(), input.geometry(), "api"),
            actor);
    return new VersionedFeature(feature(edited), edited.etag());
  }

  @Override
  public void delete(String id, String ifMatch, Actor actor) {
    service.delete(idOf(id), ifMatch, actor);
  }

  /** The feature as the API writes it: with its read-only version. */
  private static GeoFeature feature(Facility facility) {
    return FeatureVersion.with(FacilityFeatures.feature(facility), facility.etag());
  }

  private Optional<Facility> byId(String id) {
    try {
      return facilities.findById(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static long idOf(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("没有编号为 " + id + " 的设施");
    }
  }

  static <E extends Enum<E>> Set<E> parse(
      String value, String parameter, Class<E> type, Function<String, E> valueOf) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    Set<E> values = EnumSet.noneOf(type);
    for (String part : value.split(",")) {
      try {
        values.add(valueOf.apply(part.trim()));
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException(
            parameter,
            "未知值 “"
                + part.trim()
                + "”，可选："
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      }
    }
    return values;
  }
}
