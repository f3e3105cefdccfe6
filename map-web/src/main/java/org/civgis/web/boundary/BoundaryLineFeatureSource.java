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
import org.civgis.web.ogc.FeaturePage;
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
        lines.find(start, end, level, request.bbox(), request.limit(), request.offset()).stream()
            .map(BoundaryLineFeatureSource::feature)
            .toList();
    return new FeaturePage(features, lines.count(start, end, level, request.bbox()));
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
