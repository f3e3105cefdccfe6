package org.civgis.web.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.gazetteer.demand.DemandKind;
import org.civgis.gazetteer.demand.DemandPoint;
import org.civgis.gazetteer.demand.DemandRepository;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSchema;
import org.civgis.web.ogc.FeatureSource;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.placename.DivisionPrefix;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code communities} collection: where demand lives, communities (社区) and residential
 * compounds (小区) with their population and elderly; {@code estimated} marks counts that are
 * estimates. {@code kind} (COMMUNITY, RESIDENTIAL_COMPOUND) and {@code division} filter it. The
 * feature id is the point's code. Read only.
 */
@Component
class CommunityFeatureSource implements FeatureSource {
  static final String COLLECTION = "communities";

  private final DemandRepository demand;

  CommunityFeatureSource(DemandRepository demand) {
    this.demand = demand;
  }

  @Override
  public String id() {
    return COLLECTION;
  }

  @Override
  public String title() {
    return "社区与小区（需求）";
  }

  @Override
  public String description() {
    return "服务需求点：社区、小区的常住人口与 60 岁以上、80 岁以上人口；estimated 为 true 的为估算值。"
        + "参数 kind（COMMUNITY 社区、RESIDENTIAL_COMPOUND 小区）、division（区划代码或其前几位）筛选。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("kind", "division");
  }

  /** The properties of a demand point over the columns of {@code gazetteer.demand_point}. */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .string("code", "编码", "code")
          .role(FeatureSchema.Role.ID)
          .string("name", "名称", "name")
          .string("kind", "类型", "kind")
          .values(DemandKind.class)
          .string(
              "kindName",
              "类型名称",
              FeatureSchema.labelOf("kind", DemandKind.class, DemandKind::chineseName))
          .string("divisionCode", "所在区划代码", "division_code")
          .integer("population", "常住人口", "population")
          .integer("population60Plus", "60 岁以上人口", "population_60_plus")
          .integer("population80Plus", "80 岁以上人口", "population_80_plus")
          .bool("estimated", "人口为估算值", "estimated")
          .string("estimateNote", "估算说明", "estimate_note")
          .bool("pointGenerated", "位置为推算（非实测）", "point_generated")
          .string("source", "数据来源", "source")
          .geometry("geometry-point", "geom")
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public Envelope extent() {
    return demand.extent();
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    String prefix = DivisionPrefix.of(request.parameters().get("division"), "division");
    DemandKind kind = kind(request.parameters().get("kind"));
    List<GeoFeature> features =
        demand
            .find(
                prefix,
                kind,
                request.bbox(),
                request.condition(),
                request.limit(),
                request.offset())
            .stream()
            .map(CommunityFeatureSource::feature)
            .toList();
    return new FeaturePage(
        features, demand.count(prefix, kind, request.bbox(), request.condition()));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    return demand.findByCode(id).map(CommunityFeatureSource::feature);
  }

  static GeoFeature feature(DemandPoint d) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("code", d.code());
    p.put("name", d.name());
    p.put("kind", d.kind().name());
    p.put("kindName", d.kind().chineseName());
    p.put("divisionCode", d.divisionCode());
    p.put("population", d.population());
    p.put("population60Plus", d.population60Plus());
    p.put("population80Plus", d.population80Plus());
    p.put("estimated", d.estimated());
    p.put("estimateNote", d.estimateNote());
    p.put("pointGenerated", d.pointGenerated());
    p.put("source", d.source());
    return new GeoFeature(d.code(), d.point(), p);
  }

  private static DemandKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return DemandKind.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("kind", "须为 COMMUNITY 或 RESIDENTIAL_COMPOUND");
    }
  }
}
