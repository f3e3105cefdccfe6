package org.civgis.web.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.LineOrigin;
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
 * The {@code boundary-lines} collection: the published lines between adjacent divisions, one
 * version per line (the latest valid during {@code datetime}, today by default); {@code level} (2
 * prefecture, 3 county, 4 township) filters. The feature id is the line code.
 */
@Component
class BoundaryLineFeatureSource implements FeatureSource {
  static final String ID = "boundary-lines";

  private final BoundaryLineRepository lines;
  private final Clock clock;

  BoundaryLineFeatureSource(BoundaryLineRepository lines, Clock clock) {
    this.lines = lines;
    this.clock = clock;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "行政区域界线";
  }

  @Override
  public String description() {
    return "相邻行政区划之间的界线，由区划的公共边导出，含两侧区划、层级和所依据的界线协议书。"
        + "参数 level（2 地级、3 县级、4 乡级）筛选；datetime 给出当时有效的版本，缺省为今天。"
        + "左侧为代码较小的一方。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("level");
  }

  /**
   * The properties of a line feature over the columns of {@code boundary.boundary_line l} and its
   * agreement {@code boundary.boundary_agreement a}; the names of the two sides are those valid
   * during {@code datetime} and cannot be filtered (filter on the codes).
   */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .string("lineCode", "界线代码", "l.line_code")
          .role(FeatureSchema.Role.ID)
          .other("name", "名称（左侧—右侧）", Map.of("type", "string"))
          .readOnly()
          .integer("level", "层级（2 地级、3 县级、4 乡级）", "l.level")
          .string(
              "levelName",
              "层级名称",
              "(case l.level when 2 then '地级' when 3 then '县级' when 4 then '乡级' end)")
          .readOnly()
          .string("leftCode", "左侧区划代码", "l.left_code")
          .other("leftName", "左侧区划名称", Map.of("type", "string"))
          .readOnly()
          .string("rightCode", "右侧区划代码", "l.right_code")
          .other("rightName", "右侧区划名称", Map.of("type", "string"))
          .readOnly()
          .string("agreementCode", "界线协议书编号", "a.code")
          .string("agreementTitle", "界线协议书标题", "a.title")
          .string("origin", "来源方式", "l.origin")
          .values(LineOrigin.class)
          .date("validFrom", "生效日期", "lower(l.valid)")
          .role(FeatureSchema.Role.PRIMARY_INTERVAL_START)
          .readOnly()
          .date("validTo", "失效日期（不含）", "upper(l.valid)")
          .role(FeatureSchema.Role.PRIMARY_INTERVAL_END)
          .readOnly()
          .string("source", "数据来源", "l.source")
          .geometry("geometry-multilinestring", "l.geom")
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public Envelope extent() {
    return lines.extent(LocalDate.now(clock));
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    Integer level = level(request.parameters().get("level"));
    LocalDate start = request.period().start();
    LocalDate end = request.period().end();
    List<GeoFeature> features =
        lines
            .find(
                start,
                end,
                level,
                request.bbox(),
                request.condition(),
                request.limit(),
                request.offset())
            .stream()
            .map(BoundaryLineFeatureSource::feature)
            .toList();
    return new FeaturePage(
        features, lines.count(start, end, level, request.bbox(), request.condition()));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    return lines
        .findByCode(id, period.start(), period.end())
        .map(BoundaryLineFeatureSource::feature);
  }

  private static Integer level(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int level = Integer.parseInt(value.strip());
      if (level >= 2 && level <= 4) {
        return level;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidParameterException("level", "界线层级须为 2（地级）、3（县级）或 4（乡级）");
  }

  static GeoFeature feature(BoundaryLineRepository.LineView view) {
    BoundaryLine line = view.line();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("lineCode", line.lineCode());
    p.put("name", view.leftName() + "—" + view.rightName());
    p.put("level", line.level().number());
    p.put("levelName", line.level().chineseName());
    p.put("leftCode", line.leftCode());
    p.put("leftName", view.leftName());
    p.put("rightCode", line.rightCode());
    p.put("rightName", view.rightName());
    p.put("agreementCode", view.agreementCode());
    p.put("agreementTitle", view.agreementTitle());
    p.put("origin", line.origin().name());
    p.put("validFrom", line.validFrom() == null ? null : line.validFrom().toString());
    p.put("validTo", line.validTo() == null ? null : line.validTo().toString());
    p.put("source", line.source());
    return new GeoFeature(line.lineCode(), line.geometry(), p);
  }
}
