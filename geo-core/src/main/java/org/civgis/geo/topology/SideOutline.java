package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The outline of one side of a boundary line: the segments of its polygons' rings but those two of
 * them share (its inner edges), as {@link SharedEdgeFinder} sees segments (the same two end
 * vertices, either direction); and, per Gauss-Krüger zone, an index to measure distances to it.
 */
final class SideOutline {
  private final Set<LineSegment> segments;
  private final GeometryFactory factory;
  private final Map<Integer, IndexedFacetDistance> byZone = new HashMap<>();

  private SideOutline(Set<LineSegment> segments, GeometryFactory factory) {
    this.segments = segments;
    this.factory = factory;
  }

  static SideOutline of(List<Geometry> polygons) {
    // segment → {polygons having it, the last one counted}
    Map<LineSegment, int[]> owners = new LinkedHashMap<>();
    for (int p = 0; p < polygons.size(); p++) {
      for (LineSegment segment : segments(polygons.get(p))) {
        int[] owner = owners.computeIfAbsent(segment, k -> new int[] {0, -1});
        if (owner[1] != p) {
          owner[0]++;
          owner[1] = p;
        }
      }
    }
    Set<LineSegment> outer = new LinkedHashSet<>();
    owners.forEach(
        (segment, owner) -> {
          if (owner[0] == 1) {
            outer.add(segment);
          }
        });
    return new SideOutline(outer, polygons.get(0).getFactory());
  }

  /** The segments of the linework of {@code geometry}, each with its smaller end first. */
  static Set<LineSegment> segments(Geometry geometry) {
    Set<LineSegment> segments = new LinkedHashSet<>();
    for (Object part : LinearComponentExtracter.getLines(geometry)) {
      Coordinate[] points = ((LineString) part).getCoordinates();
      for (int i = 0; i + 1 < points.length; i++) {
        if (!points[i].equals2D(points[i + 1])) {
          LineSegment segment = new LineSegment(points[i], points[i + 1]);
          segment.normalize();
          segments.add(segment);
        }
      }
    }
    return segments;
  }

  /** The outline's segments, smaller end first. */
  Set<LineSegment> segments() {
    return segments;
  }

  /** Whether {@code segment} (smaller end first) is part of the outline. */
  boolean has(LineSegment segment) {
    return segments.contains(segment);
  }

  /** Distances to the outline in {@code zone}, in metres. */
  IndexedFacetDistance inZone(GaussKrugerProjection zone) {
    return byZone.computeIfAbsent(
        zone.zone().epsg(), epsg -> new IndexedFacetDistance(zone.toZone(lines(segments))));
  }

  /** {@code segments} as a MultiLineString in longitude/latitude. */
  Geometry lines(Iterable<LineSegment> some) {
    List<LineString> lines = new ArrayList<>();
    for (LineSegment segment : some) {
      lines.add(segment.toGeometry(factory));
    }
    Geometry geometry = factory.createMultiLineString(lines.toArray(LineString[]::new));
    geometry.setSRID(Srid.CGCS2000);
    return geometry;
  }
}
