package org.civgis.web.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.boundary.check.CheckRun;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.StoredFinding;
import org.civgis.geo.topology.FindingType;
import org.civgis.geo.topology.Severity;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSchema;
import org.civgis.web.ogc.FeatureSource;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code topology-findings} collection: the findings of a stored check run, the latest one
 * unless {@code run} names another; {@code type}, {@code severity} and {@code subject} (a division
 * code, line code or {@code M:<marker id>}) filter. The feature id is the finding's id.
 */
@Component
class TopologyFindingFeatureSource implements FeatureSource {
  static final String ID = "topology-findings";

  private final CheckRunRepository runs;

  TopologyFindingFeatureSource(CheckRunRepository runs) {
    this.runs = runs;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "拓扑检查结果";
  }

  @Override
  public String description() {
    return "最近一次（或参数 run 指定的）拓扑检查发现的问题：无效几何、同级重叠、缺口、细碎多边形、超出上级区域、"
        + "公共边不一致、界线偏离公共边、界桩偏离界线、界桩编号缺号或重复。参数 type、severity（ERROR、WARNING、INFO）、"
        + "subject（区划代码、界线代码）筛选。面积、距离按所在高斯-克吕格投影带计算。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("run", "type", "severity", "subject");
  }

  private static final Map<String, Object> STRINGS =
      Map.of("type", "array", "items", Map.of("type", "string"));

  /**
   * The properties of a finding feature over the columns of {@code boundary.topology_finding f};
   * {@code subject} (own parameter) finds a code among {@code subjects}.
   */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .integer("id", "要素编号（问题）", "f.id")
          .role(FeatureSchema.Role.ID)
          .readOnly()
          .integer("runId", "检查编号", "f.run_id")
          .string("type", "问题类型", "f.type")
          .values(FindingType.class)
          .string(
              "typeName",
              "问题类型名称",
              FeatureSchema.labelOf("f.type", FindingType.class, FindingType::chineseName))
          .string("severity", "严重程度", "f.severity")
          .values(Severity.class)
          .other("subjects", "涉及的区划、界线或界桩", STRINGS)
          .other("subjectNames", "涉及对象的名称", STRINGS)
          .number("measure", "量值", "f.measure")
          .string(
              "unit",
              "量值单位",
              FeatureSchema.labelOf(
                  "f.unit", FindingType.MeasureUnit.class, FindingType.MeasureUnit::chineseName))
          .integer("zoneEpsg", "计算所用投影带的 EPSG 代码", "f.zone_epsg")
          .string("detail", "说明", "f.detail")
          .geometry("geometry-any", "f.geom")
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public Envelope extent() {
    return latest().map(run -> runs.extent(run.id())).orElse(null);
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    Map<String, String> params = request.parameters();
    Long runId = runId(params.get("run"));
    if (runId == null) {
      return new FeaturePage(List.of(), 0);
    }
    CheckRunRepository.FindingQuery query =
        new CheckRunRepository.FindingQuery(
            runId,
            type(params.get("type")),
            severity(params.get("severity")),
            blankToNull(params.get("subject")),
            request.bbox(),
            request.limit(),
            request.offset(),
            request.condition());
    List<GeoFeature> features =
        runs.findings(query).stream().map(TopologyFindingFeatureSource::feature).toList();
    return new FeaturePage(features, runs.count(query));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    try {
      return runs.finding(Long.parseLong(id)).map(TopologyFindingFeatureSource::feature);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private Optional<CheckRun> latest() {
    return runs.recent(1).stream().findFirst();
  }

  private Long runId(String value) {
    if (value == null || value.isBlank()) {
      return latest().map(CheckRun::id).orElse(null);
    }
    try {
      long id = Long.parseLong(value.strip());
      if (runs.run(id).isEmpty()) {
        throw new InvalidParameterException("run", "没有编号为 " + id + " 的检查");
      }
      return id;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("run", "检查编号须为整数");
    }
  }

  private static FindingType type(String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return FindingType.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("type", "未知的问题类型 " + value);
    }
  }

  private static Severity severity(String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return Severity.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException("severity", "严重程度须为 ERROR、WARNING 或 INFO");
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static GeoFeature feature(StoredFinding f) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("runId", f.runId());
    p.put("type", f.type().name());
    p.put("typeName", f.type().chineseName());
    p.put("severity", f.severity().name());
    p.put("subjects", f.subjects());
    p.put("subjectNames", f.subjectNames());
    p.put("measure", f.measure());
    p.put("unit", f.unit() == null ? null : f.unit().chineseName());
    p.put("zoneEpsg", f.zoneEpsg());
    p.put("detail", f.detail());
    return new GeoFeature(Long.toString(f.id()), f.geometry(), p);
  }
}
