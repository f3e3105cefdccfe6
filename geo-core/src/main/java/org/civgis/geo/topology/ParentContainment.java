package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Children outside their parent.
 *
 * <p>Contract: a child the parent covers ({@link PreparedGeometry#covers}, exact) yields nothing;
 * for any other, the OverlayNG difference child − parent at the data's precision is the part
 * outside, one finding per child ({@link FindingType#OUTSIDE_PARENT}; thin or small parts as a
 * separate finding with severity WARNING), subjects the child and the parent.
 *
 * <p>Implementation note: most children lie far from their parent's boundary. A child whose
 * envelope meets no segment of the parent's boundary lies wholly inside or wholly outside it, so
 * one point decides ({@link IndexedPointInAreaLocator}); only the others go through {@code covers}.
 * Children are examined in parallel.
 */
final class ParentContainment {
  private ParentContainment() {}

  static List<Finding> find(
      String parentId,
      Geometry parent,
      List<String> ids,
      Geometry[] children,
      CheckTolerances tolerances) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(parent);
    IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(parent);
    locator.locate(parent.getCoordinate()); // builds its index before the threads share it
    STRtree boundary = segments(parent);
    List<List<Finding>> perChild =
        IntStream.range(0, children.length)
            .parallel()
            .mapToObj(
                i -> {
                  Geometry child = children[i];
                  if (isCovered(child, prepared, locator, boundary)) {
                    return List.<Finding>of();
                  }
                  Geometry outside =
                      OverlayNG.overlay(
                          child, parent, OverlayNG.DIFFERENCE, tolerances.precision());
                  return AreaPieces.grouped(
                      outside,
                      FindingType.OUTSIDE_PARENT,
                      null,
                      List.of(ids.get(i), parentId),
                      tolerances);
                })
            .toList();
    List<Finding> findings = new ArrayList<>();
    perChild.forEach(findings::addAll);
    return findings;
  }

  private static boolean isCovered(
      Geometry child,
      PreparedGeometry prepared,
      IndexedPointInAreaLocator locator,
      STRtree boundary) {
    if (child.isEmpty()) {
      return true;
    }
    if (boundary.query(child.getEnvelopeInternal()).isEmpty()) {
      return locator.locate(child.getCoordinate()) == Location.INTERIOR;
    }
    synchronized (prepared) {
      return prepared.covers(child);
    }
  }

  /** The envelopes of the parent's boundary segments, built for concurrent queries. */
  private static STRtree segments(Geometry parent) {
    STRtree index = new STRtree();
    for (Object ring : LinearComponentExtracter.getLines(parent)) {
      Coordinate[] points = ((LineString) ring).getCoordinates();
      for (int k = 1; k < points.length; k++) {
        index.insert(new Envelope(points[k - 1], points[k]), k);
      }
    }
    index.build();
    return index;
  }
}
