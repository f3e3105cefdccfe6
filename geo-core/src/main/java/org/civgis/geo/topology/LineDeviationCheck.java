package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
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
 * Recorded boundary lines against the polygons of their two sides: how far a line lies from where
 * the sides meet, as a surveyor measures it.
 *
 * <p>Contract, for each line with the {@link LineSides} of its pair:
 *
 * <ol>
 *   <li>A line whose sides are not both given (a side without polygons: nothing to compare with) is
 *       not checked and yields no finding.
 *   <li>Each side's outline is the linework of its polygons without the segments two of them share
 *       (its inner edges); the shared edge is the linework a polygon of one side has in common with
 *       a polygon of the other. Edges are seen as {@link SharedEdgeFinder} sees them (segments with
 *       the same two end vertices), so a line just derived from the same polygons checks clean.
 *       Both are measured in metres in the zone of the line.
 *   <li>The deviation is the larger of: the largest distance from a point of the line to the
 *       farther of the two outlines (a line on the shared edge lies on both: 0; where the sides
 *       have drawn apart, the line lies at most the gap's width from both); and the largest
 *       distance from a point of the shared edge to the line (a stretch where the sides meet that
 *       the line does not follow). For a line near an unbroken shared edge this equals the
 *       Hausdorff distance between the two. Points are taken at the vertices and at every twentieth
 *       of each segment.
 *   <li>A deviation over the tolerance is a {@link FindingType#LINE_OFF_EDGE} finding: the segment
 *       between the two points of that distance, its length in metres, and a detail that says
 *       whether the sides still share an edge.
 * </ol>
 *
 * <p>Known limitations: inner edges and shared edges are found only where the polygons have the
 * same vertices; an inner edge a side's units draw with different vertices stays in its outline
 * ({@link FindingType#EDGE_MISMATCH} reports it), and a line along it reads as on that side's
 * boundary. A point of the line near both outlines counts as on the boundary even where the two
 * outlines are those of other neighbours meeting there. The largest distance is searched at the
 * sampled points only, so it can be a little short of the true one between them.
 *
 * <p>Implementation note: segments are compared by their end vertices first, so only the segments
 * of the line off the shared edge, and those of the shared edge off the line, are sampled and
 * projected (a line just derived costs a few hash look-ups); a side given as the same polygon list
 * for several lines (a prefecture with all its neighbours) gets its outline ({@link SideOutline})
 * once per call and zone.
 */
public final class LineDeviationCheck {
  private static final int SEGMENT_STEPS = 20;

  private LineDeviationCheck() {}

  /**
   * Checks {@code lines} against {@code sidesByPair} (keyed by {@link LineSides#pairKey()}); see
   * the class contract.
   */
  public static List<Finding> check(
      List<RecordedLine> lines, Map<String, LineSides> sidesByPair, CheckTolerances tolerances) {
    Map<List<Geometry>, SideOutline> outlines = new IdentityHashMap<>();
    List<Finding> findings = new ArrayList<>();
    for (RecordedLine line : lines) {
      LineSides sides = sidesByPair.get(SharedEdge.pairKey(line.sideA(), line.sideB()));
      if (sides == null) {
        continue;
      }
      Finding finding =
          deviation(
              line,
              outlines.computeIfAbsent(sides.polygonsA(), SideOutline::of),
              outlines.computeIfAbsent(sides.polygonsB(), SideOutline::of),
              tolerances);
      if (finding != null) {
        findings.add(finding);
      }
    }
    return findings;
  }

  private static Finding deviation(
      RecordedLine line, SideOutline a, SideOutline b, CheckTolerances tolerances) {
    // a segment of the line on both outlines lies on the shared edge: 0 all along; likewise a
    // segment of the shared edge that is one of the line's. Only the others are measured.
    Set<LineSegment> lineSegments = SideOutline.segments(line.geometry());
    List<LineSegment> offEdge = new ArrayList<>();
    for (LineSegment segment : lineSegments) {
      if (!a.has(segment) || !b.has(segment)) {
        offEdge.add(segment);
      }
    }
    boolean edgeLeft = false;
    List<LineSegment> notFollowed = new ArrayList<>();
    SideOutline smaller = a.segments().size() <= b.segments().size() ? a : b;
    SideOutline other = smaller == a ? b : a;
    for (LineSegment segment : smaller.segments()) {
      if (other.has(segment)) {
        edgeLeft = true;
        if (!lineSegments.contains(segment)) {
          notFollowed.add(segment);
        }
      }
    }
    if (offEdge.isEmpty() && notFollowed.isEmpty()) {
      return null;
    }
    GaussKrugerProjection zone = GaussKrugerProjection.forGeometry(line.geometry());
    GeometryFactory factory = line.geometry().getFactory();
    Farthest farthest = new Farthest();
    if (!offEdge.isEmpty()) {
      IndexedFacetDistance toA = a.inZone(zone);
      IndexedFacetDistance toB = b.inZone(zone);
      for (Coordinate c : samples(zone.toZone(a.lines(offEdge)))) {
        Geometry point = factory.createPoint(c);
        double fromA = toA.distance(point);
        double fromB = toB.distance(point);
        farthest.offer(Math.max(fromA, fromB), c, fromA >= fromB ? toA : toB, point, false);
      }
    }
    if (!notFollowed.isEmpty()) {
      IndexedFacetDistance toLine = new IndexedFacetDistance(zone.toZone(line.geometry()));
      for (Coordinate c : samples(zone.toZone(a.lines(notFollowed)))) {
        Geometry point = factory.createPoint(c);
        farthest.offer(toLine.distance(point), c, toLine, point, true);
      }
    }
    if (farthest.meters <= tolerances.lineToleranceMeters()) {
      return null;
    }
    LineString where = factory.createLineString(farthest.ends());
    where.setSRID(zone.zone().epsg());
    Geometry lonLat = zone.fromZone(where);
    lonLat.setSRID(Srid.CGCS2000);
    String what =
        !edgeLeft
            ? "两侧区划已无公共边，界线距两侧区划边界最远 "
            : farthest.onEdge ? "界线未沿一段公共边，该段距界线最远 " : "界线与两侧区划边界的最大偏差 ";
    return Finding.of(
        FindingType.LINE_OFF_EDGE,
        List.of(line.id(), line.sideA(), line.sideB()),
        lonLat,
        farthest.meters,
        zone.zone().epsg(),
        String.format(
            Locale.ROOT,
            "%s%s，超过限差 %s",
            what,
            FindingType.MeasureUnit.METERS.format(farthest.meters),
            FindingType.MeasureUnit.METERS.format(tolerances.lineToleranceMeters())));
  }

  /** The largest distance seen and the two points it lies between. */
  private static final class Farthest {
    private double meters = -1;
    private Coordinate from;
    private IndexedFacetDistance to;
    private Geometry point;
    private boolean onEdge;

    void offer(
        double distance, Coordinate c, IndexedFacetDistance target, Geometry p, boolean edge) {
      if (distance > meters) {
        meters = distance;
        from = c;
        to = target;
        point = p;
        onEdge = edge;
      }
    }

    Coordinate[] ends() {
      Coordinate[] nearest = to.nearestPoints(point);
      return new Coordinate[] {from.copy(), nearest[0].copy()};
    }
  }

  /** The vertices of {@code lines} and the points at every twentieth of each segment. */
  private static List<Coordinate> samples(Geometry lines) {
    List<Coordinate> samples = new ArrayList<>();
    for (Object part : LinearComponentExtracter.getLines(lines)) {
      Coordinate[] points = ((LineString) part).getCoordinates();
      for (int k = 0; k < points.length; k++) {
        samples.add(points[k]);
        if (k + 1 < points.length) {
          for (int step = 1; step < SEGMENT_STEPS; step++) {
            double t = (double) step / SEGMENT_STEPS;
            samples.add(
                new Coordinate(
                    points[k].x + t * (points[k + 1].x - points[k].x),
                    points[k].y + t * (points[k + 1].y - points[k].y)));
          }
        }
      }
    }
    return samples;
  }
}
