package org.civgis.boundary.inspection;

import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerValidation;
import org.civgis.geo.crs.GaussKrugerZone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The deviation of a marker: how far the measured position lies from the recorded one.
 *
 * <ol>
 *   <li>Measured in metres in the marker's recorded Gauss-Krüger zone ({@code gkZoneEpsg}), against
 *       its recorded Gauss-Krüger x (northing) and y (easting): the coordinates of record, not the
 *       longitude/latitude derived from them.
 *   <li>{@code northMeters} and {@code eastMeters} are measured minus recorded.
 * </ol>
 *
 * @param meters the horizontal distance
 * @param northMeters the northing difference
 * @param eastMeters the easting difference
 * @param zoneEpsg the zone measured in
 */
public record MarkerDeviation(double meters, double northMeters, double eastMeters, int zoneEpsg) {
  private static final int FIRST_EPSG = 4534;
  private static final int FIRST_CENTRAL_MERIDIAN = 75;

  /** The deviation of {@code measured} (CGCS2000 lon/lat) from {@code marker}'s record. */
  public static MarkerDeviation of(BoundaryMarker marker, Point measured) {
    GaussKrugerZone zone = zoneOf(marker.gkZoneEpsg());
    Coordinate projected = MarkerValidation.project(measured, zone);
    double north = projected.y - marker.gkXMeters();
    double east = projected.x - marker.gkYMeters();
    return new MarkerDeviation(Math.hypot(north, east), north, east, zone.epsg());
  }

  /** The CGCS2000 3-degree zone of EPSG code {@code epsg} (4534–4554). */
  public static GaussKrugerZone zoneOf(int epsg) {
    return new GaussKrugerZone(FIRST_CENTRAL_MERIDIAN + 3 * (epsg - FIRST_EPSG));
  }

  /** Whether the deviation is above {@code toleranceMeters}. */
  public boolean exceeds(double toleranceMeters) {
    return meters > toleranceMeters;
  }
}
