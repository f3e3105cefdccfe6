package org.civgis.web.compilation;

import java.time.LocalDate;
import java.util.List;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.locationtech.jts.geom.Geometry;

/**
 * What a division map (区划图) of a prefecture or a county shows, as the division record has it on a
 * day, already projected into the map's Gauss-Krüger zone (metres; x = easting, y = northing).
 *
 * @param code the 12-digit code of the division the map is of
 * @param name its name on the day
 * @param day the day the map describes (截至)
 * @param projection the zone the map is drawn in: that of the division's centre
 * @param areas the divisions drawn as areas, neighbours first
 * @param seats the township seats (乡级驻地) under the division
 * @param sources the sources of the division versions drawn
 * @param publisher who issues the map, e.g. 阜康市民政局
 * @param reviewNumber the 审图号 the map-review authority gave, or {@code null} while the bureau has
 *     none (a blank to fill in is printed)
 */
record DivisionMap(
    String code,
    String name,
    LocalDate day,
    GaussKrugerProjection projection,
    List<Area> areas,
    List<Seat> seats,
    List<String> sources,
    String publisher,
    String reviewNumber) {

  DivisionMap {
    areas = List.copyOf(areas);
    seats = List.copyOf(seats);
    sources = List.copyOf(sources);
  }

  /** The map's title, e.g. 阜康市行政区划图. */
  String title() {
    return name + "行政区划图";
  }

  /** How a drawn division relates to the division the map is of. */
  enum Role {
    /** the division itself or a division under it */
    SUBJECT,
    /** a division around it, drawn in grey */
    NEIGHBOUR
  }

  /**
   * A division drawn as an area.
   *
   * @param code its code
   * @param name its name on the day
   * @param level 2 prefecture, 3 county, 4 township
   * @param role the division the map is of and those under it, or a neighbour
   * @param zoneGeometry its polygon in the map's zone, metres
   * @param schematic whether the polygon is generated (示意), not surveyed
   */
  record Area(
      String code, String name, int level, Role role, Geometry zoneGeometry, boolean schematic) {}

  /**
   * A township seat.
   *
   * @param code the township's code
   * @param name the township's name
   * @param lon longitude of the seat (CGCS2000)
   * @param lat latitude of the seat
   * @param x easting in the map's zone, metres
   * @param y northing in the map's zone, metres
   * @param schematic whether the position is generated (示意位置), not surveyed
   */
  record Seat(
      String code, String name, double lon, double lat, double x, double y, boolean schematic) {}
}
