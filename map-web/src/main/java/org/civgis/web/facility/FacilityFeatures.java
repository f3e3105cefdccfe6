package org.civgis.web.facility;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.web.ogc.GeoFeature;

/** A facility as a GeoJSON feature of the {@code facilities} collection; id: the row id. */
final class FacilityFeatures {
  private FacilityFeatures() {}

  static GeoFeature feature(Facility f) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("name", f.name());
    p.put("type", f.type().name());
    p.put("typeName", f.type().chineseName());
    p.put("address", f.address());
    p.put("capacity", f.capacity());
    p.put("beds", f.beds());
    p.put("nursingBeds", f.nursingBeds());
    p.put("operator", f.operator().name());
    p.put("operatorName", f.operator().chineseName());
    p.put("openedOn", f.openedOn() == null ? null : f.openedOn().toString());
    p.put("status", f.status().name());
    p.put("statusName", f.status().chineseName());
    p.put("divisionCode", f.divisionCode());
    p.put("pointGenerated", f.pointGenerated());
    p.put("source", f.source());
    return new GeoFeature(Long.toString(f.id()), f.point(), p);
  }
}
