package org.civgis.web.facility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.gazetteer.address.geocode.GeocodeResult;
import org.civgis.gazetteer.address.geocode.Geocoder;
import org.civgis.gazetteer.address.geocode.MatchLevel;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.geo.crs.Srid;
import org.civgis.web.facility.FacilityTable.Rows;
import org.civgis.web.job.JobProgress;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.InvalidRowsException.RowProblem;
import org.civgis.web.security.Actor;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * An import of a facility table: takes its rows, locates those without coordinates by their address
 * (the address geocoder; a match to a house number, building or room, or a number placed between
 * its registered neighbours), and stores all rows or none, reporting every bad row.
 */
final class FacilityImport {
  /** The geocoder's levels precise enough to place a facility. */
  static final Set<MatchLevel> PRECISE =
      Set.of(
          MatchLevel.HOUSE_NUMBER,
          MatchLevel.BUILDING,
          MatchLevel.UNIT_ROOM,
          MatchLevel.ROAD_INTERPOLATED);

  private static final GeometryFactory GEOMETRY = new GeometryFactory();

  private FacilityImport() {}

  /**
   * Runs the import; returns its summary.
   *
   * @param rows the rows of the table, read when it was uploaded
   * @param geocoder the address geocoder, built only when a row lacks coordinates
   */
  static Map<String, Object> run(
      Rows rows,
      String filename,
      java.util.function.Supplier<Geocoder> geocoder,
      FacilityService service,
      Actor actor,
      JobProgress progress) {
    List<Facility> facilities = new ArrayList<>();
    List<RowProblem> problems = new ArrayList<>();
    Geocoder coder = null;
    int geocoded = 0;
    String source = "import:" + (filename == null ? "upload" : filename);
    for (int i = 0; i < rows.values().size(); i++) {
      int number = rows.numbers().get(i);
      Map<String, String> row = rows.values().get(i);
      progress.update(0.1 + 0.6 * i / Math.max(1, rows.values().size()), "第 " + number + " 行");
      Map<String, Object> properties = new LinkedHashMap<>();
      boolean bad = false;
      for (String key :
          List.of("name", "type", "address", "operator", "openedOn", "status", "divisionCode")) {
        if (row.get(key) != null) {
          properties.put(key, row.get(key));
        }
      }
      for (String key : List.of("capacity", "beds", "nursingBeds")) {
        String v = row.get(key);
        if (v != null) {
          try {
            properties.put(key, Long.parseLong(v.replace(",", "")));
          } catch (NumberFormatException e) {
            problems.add(new RowProblem(number, key, "须为整数，而非「" + v + "」"));
            bad = true;
          }
        }
      }
      Point point = null;
      String lon = row.get("lon");
      String lat = row.get("lat");
      if (lon != null || lat != null) {
        try {
          point = point(Double.parseDouble(lon), Double.parseDouble(lat));
        } catch (NumberFormatException | NullPointerException e) {
          problems.add(new RowProblem(number, "lon", "经度、纬度须同时给出且为数字"));
          bad = true;
        }
      } else if (row.get("address") == null) {
        problems.add(new RowProblem(number, "lon", "缺少经纬度，也没有地址可供定位"));
        bad = true;
      } else {
        if (coder == null) {
          progress.update(0.1, "载入地址库以定位缺少经纬度的行");
          coder = geocoder.get();
        }
        GeocodeResult match = coder.geocode(row.get("address"));
        if (PRECISE.contains(match.level())) {
          point = point(match.lon(), match.lat());
          geocoded++;
        } else {
          problems.add(
              new RowProblem(
                  number,
                  "address",
                  "缺少经纬度，地址「"
                      + row.get("address")
                      + "」无法定位到门牌（仅匹配到"
                      + match.level().chineseName()
                      + "）"));
          bad = true;
        }
      }
      if (bad) {
        facilities.add(null);
        continue;
      }
      try {
        facilities.add(FacilityInput.read(properties, point, source));
      } catch (InvalidFeatureException e) {
        String field = e.location().replace("properties.", "");
        problems.add(new RowProblem(number, field, e.reason()));
        facilities.add(null);
      }
    }
    progress.update(0.75, "校验并写入");
    List<Facility> stored = service.importAll(facilities, problems, rows.numbers(), actor);
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("imported", stored.size());
    summary.put("geocoded", geocoded);
    summary.put("ids", stored.stream().map(Facility::id).toList());
    return summary;
  }

  private static Point point(double lon, double lat) {
    Point p = GEOMETRY.createPoint(new Coordinate(lon, lat));
    p.setSRID(Srid.CGCS2000);
    return p;
  }
}
