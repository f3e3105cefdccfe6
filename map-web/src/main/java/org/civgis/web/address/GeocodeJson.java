package org.civgis.web.address;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;

/** The JSON of geocoding answers (shared DESIGN: level, confidence, address, point). */
final class GeocodeJson {
  private GeocodeJson() {}

  static Map<String, Object> of(GeocodeResult r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("input", r.input());
    out.put("level", r.level().name());
    out.put("levelName", r.level().chineseName());
    out.put("confidence", r.confidence());
    if (r.text() == null) {
      out.put("address", null);
      out.put("point", null);
    } else {
      Map<String, Object> address = new LinkedHashMap<>();
      address.put("code", r.code());
      address.put("text", r.text());
      address.put("county", r.county());
      address.put("township", r.township());
      address.put("community", r.community());
      address.put("road", r.road());
      address.put("houseNumber", r.houseNumber());
      address.put("building", r.building());
      address.put("unit", r.unit());
      address.put("room", r.room());
      out.put("address", address);
      out.put("point", List.of(r.lon(), r.lat()));
    }
    out.put("note", r.note());
    return out;
  }

  static Map<String, Object> reverse(Geocoder.ReverseResult r, double lon, double lat) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("point", List.of(lon, lat));
    StandardAddress a = r.address();
    if (a == null) {
      out.put("address", null);
    } else {
      Map<String, Object> address = new LinkedHashMap<>();
      address.put("code", a.code());
      address.put("text", a.text());
      address.put("county", a.divisions().countyName());
      address.put("township", a.divisions().townshipName());
      address.put("community", a.divisions().communityName());
      address.put("road", a.roadName());
      address.put("houseNumber", a.houseNumber().text());
      address.put("point", List.of(a.point().getX(), a.point().getY()));
      address.put("distanceMetres", Math.round(r.addressMetres() * 10) / 10.0);
      out.put("address", address);
    }
    if (r.road() == null) {
      out.put("road", null);
    } else {
      out.put(
          "road",
          Map.of(
              "code",
              r.road().code(),
              "name",
              r.road().name(),
              "distanceMetres",
              Math.round(r.roadMetres() * 10) / 10.0));
    }
    out.put("community", a == null ? null : a.divisions().communityName());
    out.put("township", a == null ? null : a.divisions().townshipName());
    out.put("county", a == null ? null : a.divisions().countyName());
    return out;
  }
}
