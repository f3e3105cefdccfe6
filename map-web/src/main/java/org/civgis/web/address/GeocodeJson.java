package org.civgis.web.address;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.address.StandardAddress;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.MatchLevel;

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
    out.put("reason", r.level() == MatchLevel.NONE ? unmatchedReason(r) : null);
    return out;
  }

  /** The generic reason of a result that matched nothing and gave no note of its own. */
  static final String NOTHING_RECOGNISED = "未识别出本地址库中的县市、乡镇街道、社区或道路名称，请检查错别字或补充所在县市和道路";

  /**
   * Why a result matched nothing: its own note (不在本地址库范围：…), or that nothing of the library was
   * recognised; the empty text for the empty input.
   */
  static String unmatchedReason(GeocodeResult r) {
    if (!r.note().isEmpty()) {
      return r.note();
    }
    return r.input() == null || r.input().isBlank() ? "地址为空" : NOTHING_RECOGNISED;
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
