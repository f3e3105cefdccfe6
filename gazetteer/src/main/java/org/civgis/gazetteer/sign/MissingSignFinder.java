package org.civgis.gazetteer.sign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.civgis.geo.crs.GaussKrugerProjection;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Where named roads need signs and which of those places have none.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Every named road needs a sign naming it at its start, at its end, and at every place where
 *       it meets another named road (crossing, T-junction, or an end within the tolerance of the
 *       other road). Places of one road closer together than the tolerance are one place: the end
 *       of a lane on a road is the lane's END and the road's INTERSECTION.
 *   <li>A place is served by a sign naming the road ({@link Sign#roadCode}) within the tolerance.
 *       Signs recorded as MISSING or removed do not serve (the caller leaves them out).
 *   <li>Distances are metres in the Gauss-Krüger zone of the centre of all the roads; input and
 *       output points are CGCS2000 longitude/latitude.
 * </ol>
 *
 * <p>Known limitations: two roads running side by side within the tolerance meet at one place (the
 * nearest points) however long they run together; a road that crosses another several times gets
 * one place per crossing.
 */
public final class MissingSignFinder {
  private static final GeometryFactory LON_LAT =
      new GeometryFactory(new PrecisionModel(), Srid.CGCS2000);

  private MissingSignFinder() {}

  /** A named road: its place-name code, name and line (CGCS2000 lon/lat). */
  public record Road(String code, String name, LineString line) {}

  /** A sign that names a road, where it stands. */
  public record Sign(String roadCode, Point point) {}

  /** Why a road needs a sign at a place. */
  public enum Place {
    START("起点"),
    END("终点"),
    INTERSECTION("交叉口");

    private final String chineseName;

    Place(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

  /**
   * A place that needs a sign of a road.
   *
   * @param roadCode the road's place-name code
   * @param roadName its name
   * @param place start, end or an intersection
   * @param otherRoads the names of the roads met there, empty for a free end
   * @param point where, CGCS2000 lon/lat
   * @param served whether a sign of the road stands within the tolerance
   */
  public record Requirement(
      String roadCode,
      String roadName,
      Place place,
      List<String> otherRoads,
      Point point,
      boolean served) {}

  /** Every place where {@code roads} need signs, served by {@code signs} or not. */
  public static List<Requirement> requirements(
      List<Road> roads, List<Sign> signs, double toleranceMeters) {
    if (roads.isEmpty()) {
      return List.of();
    }
    Envelope all = new Envelope();
    roads.forEach(r -> all.expandToInclude(r.line().getEnvelopeInternal()));
    GaussKrugerProjection projection = GaussKrugerProjection.forGeometry(LON_LAT.toGeometry(all));

    List<Geometry> metric = new ArrayList<>();
    STRtree index = new STRtree();
    for (int i = 0; i < roads.size(); i++) {
      Geometry line = projection.toZone(roads.get(i).line());
      metric.add(line);
      Envelope box = new Envelope(line.getEnvelopeInternal());
      box.expandBy(toleranceMeters);
      index.insert(box, i);
    }
    STRtree signIndex = new STRtree();
    for (Sign sign : signs) {
      Coordinate c = projection.toZone(sign.point()).getCoordinate();
      signIndex.insert(new Envelope(c), new Object[] {sign.roadCode(), c});
    }

    List<Requirement> result = new ArrayList<>();
    for (int i = 0; i < roads.size(); i++) {
      Road road = roads.get(i);
      Geometry line = metric.get(i);
      List<Spot> spots = new ArrayList<>();
      Coordinate[] cs = line.getCoordinates();
      spots.add(new Spot(Place.START, cs[0], new ArrayList<>()));
      spots.add(new Spot(Place.END, cs[cs.length - 1], new ArrayList<>()));
      Envelope search = new Envelope(line.getEnvelopeInternal());
      search.expandBy(toleranceMeters);
      @SuppressWarnings("unchecked")
      List<Integer> candidates = index.query(search);
      candidates.sort(Comparator.naturalOrder());
      for (int j : candidates) {
        if (j == i || roads.get(j).code().equals(road.code())) {
          continue;
        }
        for (Coordinate meet : meetings(line, metric.get(j), toleranceMeters)) {
          merge(spots, meet, roads.get(j).name(), toleranceMeters);
        }
      }
      for (Spot spot : spots) {
        Point point = (Point) projection.fromZone(LON_LAT.createPoint(spot.at));
        point.setSRID(Srid.CGCS2000);
        result.add(
            new Requirement(
                road.code(),
                road.name(),
                spot.place,
                List.copyOf(spot.others),
                point,
                served(signIndex, road.code(), spot.at, toleranceMeters)));
      }
    }
    return result;
  }

  /** The places of {@link #requirements} that no sign serves. */
  public static List<Requirement> missing(
      List<Road> roads, List<Sign> signs, double toleranceMeters) {
    return requirements(roads, signs, toleranceMeters).stream().filter(r -> !r.served()).toList();
  }

  private static final class Spot {
    final Place place;
    final Coordinate at;
    final List<String> others;

    Spot(Place place, Coordinate at, List<String> others) {
      this.place = place;
      this.at = at;
      this.others = others;
    }
  }

  /** Where two lines meet: their intersection points, or their nearest points if close. */
  private static List<Coordinate> meetings(Geometry a, Geometry b, double toleranceMeters) {
    List<Coordinate> points = new ArrayList<>();
    if (a.intersects(b)) {
      Geometry meet = a.intersection(b);
      for (int k = 0; k < meet.getNumGeometries(); k++) {
        Geometry part = meet.getGeometryN(k);
        if (part instanceof Point p) {
          points.add(p.getCoordinate());
        } else if (part instanceof LineString shared) {
          points.add(shared.getCoordinateN(0));
          points.add(shared.getCoordinateN(shared.getNumPoints() - 1));
        }
      }
    } else if (a.isWithinDistance(b, toleranceMeters)) {
      points.add(DistanceOp.nearestPoints(a, b)[0]);
    }
    return points;
  }

  private static void merge(List<Spot> spots, Coordinate at, String other, double tolerance) {
    for (Spot spot : spots) {
      if (spot.at.distance(at) <= tolerance) {
        if (!spot.others.contains(other)) {
          spot.others.add(other);
        }
        return;
      }
    }
    List<String> others = new ArrayList<>();
    others.add(other);
    spots.add(new Spot(Place.INTERSECTION, at, others));
  }

  private static boolean served(STRtree signs, String roadCode, Coordinate at, double tolerance) {
    Envelope around = new Envelope(at);
    around.expandBy(tolerance);
    for (Object found : signs.query(around)) {
      Object[] sign = (Object[]) found;
      if (roadCode.equals(sign[0]) && ((Coordinate) sign[1]).distance(at) <= tolerance) {
        return true;
      }
    }
    return false;
  }
}
