package org.civgis.geo.crs;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CoordinateReferenceSystem;

/**
 * Projects CGCS2000 longitude/latitude geometries into a {@link GaussKrugerZone} and back.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #toZone} takes x = longitude, y = latitude in degrees and returns a new geometry in
 *       metres (x = easting, y = northing) with the zone's EPSG code as SRID; the input is not
 *       changed.
 *   <li>{@link #fromZone} is its inverse and returns SRID {@link Srid#CGCS2000}.
 *   <li>Instances are immutable and safe to share between threads.
 * </ol>
 *
 * <p>Known limitations: the Transverse Mercator series loses accuracy far from the central
 * meridian; within the zone (±1.5°) and a few degrees beyond it the error stays far below
 * centimetres, so a feature a little wider than its zone is still measured well.
 */
public final class GaussKrugerProjection {
  private static final CoordinateReferenceSystem CGCS2000_GEOGRAPHIC =
      Proj.crs("EPSG:4490", "+proj=longlat +ellps=GRS80 +no_defs");
  private static final ConcurrentMap<GaussKrugerZone, GaussKrugerProjection> BY_ZONE =
      new ConcurrentHashMap<>();

  private final GaussKrugerZone zone;
  private final CoordinateReferenceSystem zoneCrs;

  private GaussKrugerProjection(GaussKrugerZone zone) {
    this.zone = zone;
    this.zoneCrs = Proj.crs("EPSG:" + zone.epsg(), zone.projParameters());
  }

  /** The projection into {@code zone}. */
  public static GaussKrugerProjection of(GaussKrugerZone zone) {
    return BY_ZONE.computeIfAbsent(zone, GaussKrugerProjection::new);
  }

  /** The projection into the zone of the geometry's centroid longitude. */
  public static GaussKrugerProjection forGeometry(Geometry lonLat) {
    if (lonLat.isEmpty()) {
      throw new IllegalArgumentException("an empty geometry has no Gauss-Krüger zone");
    }
    return of(GaussKrugerZone.forLongitude(lonLat.getEnvelopeInternal().centre().x));
  }

  public GaussKrugerZone zone() {
    return zone;
  }

  /** A copy of {@code lonLat} in this zone's metres. */
  public Geometry toZone(Geometry lonLat) {
    return Proj.transform(lonLat, CGCS2000_GEOGRAPHIC, zoneCrs, zone.epsg());
  }

  /** A copy of {@code zoneMetres} in CGCS2000 longitude/latitude. */
  public Geometry fromZone(Geometry zoneMetres) {
    return Proj.transform(zoneMetres, zoneCrs, CGCS2000_GEOGRAPHIC, Srid.CGCS2000);
  }
}
