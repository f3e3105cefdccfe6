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
import org.civgis.geo.geom.LabelPoint;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSource;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.civgis.web.problem.InvalidParameterException;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;

/**
 * The {@code divisions} collection: every level; {@code level} (1–5) and {@code parent} (a 6- or
 * 12-digit code) filter it; {@code datetime} gives the versions valid then. The feature id is the
 * 12-digit code.
 */
@Component
class DivisionFeatureSource implements FeatureSource {
  private final DivisionRepository divisions;
  private final Clock clock;

  DivisionFeatureSource(DivisionRepository divisions, Clock clock) {
    this.divisions = divisions;
    this.clock = clock;
  }

  @Override
  public String id() {
    return "divisions";
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

  @Override
  public Set<String> parameters() {
    return Set.of("level", "parent");
  }

  @Override
  public Envelope extent() {
    return divisions.extent(LocalDate.now(clock));
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    DivisionQuery query =
        new DivisionQuery(
            request.period().start(),
            request.period().end(),
            null,
            level(request.parameters().get("level")),
            parent(request.parameters().get("parent")),
            request.bbox(),
            request.limit(),
            request.offset());
    List<GeoFeature> features = divisions.find(query).stream().map(this::feature).toList();
    return new FeaturePage(features, divisions.count(query));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period) {
    if (!DivisionCode.isValid(id)) {
      return Optional.empty();
    }
    DivisionQuery query =
        new DivisionQuery(period.start(), period.end(), id, null, null, null, 1, 0);
    return divisions.find(query).stream().findFirst().map(this::feature);
  }

  private GeoFeature feature(Division division) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("code", division.code());
    properties.put("name", division.name());
    properties.put("level", division.level().number());
    properties.put("levelName", division.level().chineseName());
    properties.put("parentCode", division.parentCode());
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
