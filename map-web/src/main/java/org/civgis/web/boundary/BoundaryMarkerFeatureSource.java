package org.civgis.web.boundary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.Landmark;
import org.civgis.boundary.marker.MarkerCondition;
import org.civgis.boundary.marker.MarkerForm;
import org.civgis.boundary.marker.MarkerPhoto;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.web.ogc.FeaturePage;
import org.civgis.web.ogc.FeatureSchema;
import org.civgis.web.ogc.FeatureSource;
import org.civgis.web.ogc.GeoFeature;
import org.civgis.web.ogc.ItemsRequest;
import org.civgis.web.ogc.TimePeriod;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The {@code boundary-markers} collection: the markers (界桩) with their number, form, recorded
 * coordinates, landmarks and condition; {@code line} (a line code) filters. The feature id is the
 * marker's id; a single item also lists its photos (content at {@code
 * /api/boundary/markers/{id}/photos/{photoId}}) and condition history.
 */
@Component
class BoundaryMarkerFeatureSource implements FeatureSource {
  static final String ID = "boundary-markers";

  private final MarkerRepository markers;

  BoundaryMarkerFeatureSource(MarkerRepository markers) {
    this.markers = markers;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String title() {
    return "界桩";
  }

  @Override
  public String description() {
    return "行政区域界线上的界桩：编号（界线代码＋序号＋类型码）、形式、材质、CGCS2000 经纬度与高斯-克吕格坐标、"
        + "高程、测量方法与精度、方位物、现状。参数 line（界线代码）筛选。单个界桩另附照片和现状记录。";
  }

  @Override
  public Set<String> parameters() {
    return Set.of("line");
  }

  /**
   * The properties of a marker feature over the columns of {@code boundary.boundary_marker m}; the
   * landmarks (and, for a single marker, photos and conditions) cannot be filtered.
   */
  static final FeatureSchema SCHEMA =
      FeatureSchema.builder()
          .integer("id", "要素编号（界桩）", "m.id")
          .role(FeatureSchema.Role.ID)
          .readOnly()
          .string("number", "界桩编号", "m.number")
          .string("lineCode", "界线代码", "m.line_code")
          .integer("sequence", "序号", "m.sequence")
          .string("typeCode", "类型码", "m.type_code")
          .string("form", "形式", "m.form")
          .values(MarkerForm.class)
          .string(
              "formName",
              "形式名称",
              FeatureSchema.labelOf("m.form", MarkerForm.class, MarkerForm::chineseName))
          .readOnly()
          .integer("faces", "面数", "m.faces")
          .string("material", "材质", "m.material")
          .number("gkXMeters", "高斯-克吕格 X（米）", "m.gk_x_m")
          .number("gkYMeters", "高斯-克吕格 Y（米）", "m.gk_y_m")
          .integer("gkZoneEpsg", "高斯-克吕格投影带 EPSG 代码", "m.gk_zone_epsg")
          .number("elevationMeters", "高程（米）", "m.elevation_m")
          .string("surveyMethod", "测量方法", "m.survey_method")
          .number("accuracyMeters", "精度（米）", "m.accuracy_m")
          .string("condition", "现状", "m.condition")
          .values(MarkerCondition.class)
          .string(
              "conditionName",
              "现状名称",
              FeatureSchema.labelOf(
                  "m.condition", MarkerCondition.class, MarkerCondition::chineseName))
          .readOnly()
          .date("installedOn", "埋设日期", "m.installed_on")
          .string("status", "状态", "m.status")
          .values(RecordStatus.class)
          .string("remarks", "备注", "m.remarks")
          .bool("generated", "示意数据（非实测）", "m.generated")
          .readOnly()
          .other(
              "landmarks",
              "方位物",
              Map.of(
                  "type",
                  "array",
                  "items",
                  Map.of(
                      "type",
                      "object",
                      "properties",
                      Map.of(
                          "name", Map.of("type", "string", "title", "名称"),
                          "bearingDegrees", Map.of("type", "number", "title", "方位角（度）"),
                          "distanceMeters", Map.of("type", "number", "title", "距离（米）")))))
          .geometry("geometry-point", "m.geom")
          .build();

  @Override
  public FeatureSchema schema() {
    return SCHEMA;
  }

  @Override
  public Envelope extent() {
    return markers.extent();
  }

  @Override
  public FeaturePage items(ItemsRequest request) {
    String line = request.parameters().get("line");
    MarkerRepository.Query query =
        new MarkerRepository.Query(
            line == null || line.isBlank() ? null : line.strip(),
            request.bbox(),
            request.includeDrafts(),
            request.limit(),
            request.offset(),
            request.condition());
    List<GeoFeature> features = markers.find(query).stream().map(m -> feature(m, false)).toList();
    return new FeaturePage(features, markers.count(query));
  }

  @Override
  public Optional<GeoFeature> item(String id, TimePeriod period, boolean includeDrafts) {
    long markerId;
    try {
      markerId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return markers.findById(markerId, includeDrafts).map(m -> feature(m, true));
  }

  private GeoFeature feature(BoundaryMarker m, boolean details) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("number", m.number());
    p.put("lineCode", m.lineCode());
    p.put("sequence", m.sequence());
    p.put("typeCode", m.typeCode());
    p.put("form", m.form().name());
    p.put("formName", m.form().chineseName());
    p.put("faces", m.faces());
    p.put("material", m.material());
    p.put("gkXMeters", m.gkXMeters());
    p.put("gkYMeters", m.gkYMeters());
    p.put("gkZoneEpsg", m.gkZoneEpsg());
    p.put("elevationMeters", m.elevationMeters());
    p.put("surveyMethod", m.surveyMethod());
    p.put("accuracyMeters", m.accuracyMeters());
    p.put("condition", m.condition().name());
    p.put("conditionName", m.condition().chineseName());
    p.put("installedOn", m.installedOn() == null ? null : m.installedOn().toString());
    p.put("status", m.status().name());
    p.put("remarks", m.remarks());
    p.put("generated", m.generated());
    List<Map<String, Object>> landmarks = new java.util.ArrayList<>();
    for (Landmark l : m.landmarks()) {
      landmarks.add(
          Map.of(
              "name",
              l.name(),
              "bearingDegrees",
              l.bearingDegrees(),
              "distanceMeters",
              l.distanceMeters()));
    }
    p.put("landmarks", landmarks);
    if (details) {
      List<Map<String, Object>> photos = new java.util.ArrayList<>();
      for (MarkerPhoto photo : markers.photos(m.id())) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", photo.id());
        entry.put("caption", photo.caption());
        entry.put("takenOn", photo.takenOn() == null ? null : photo.takenOn().toString());
        entry.put("href", "/api/boundary/markers/" + m.id() + "/photos/" + photo.id());
        photos.add(entry);
      }
      p.put("photos", photos);
      p.put(
          "conditions",
          markers.conditions(m.id()).stream()
              .map(
                  c -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("condition", c.condition().name());
                    entry.put("conditionName", c.condition().chineseName());
                    entry.put("observedOn", c.observedOn().toString());
                    entry.put("note", c.note());
                    return entry;
                  })
              .toList());
    }
    return new GeoFeature(Long.toString(m.id()), m.position(), p);
  }
}
