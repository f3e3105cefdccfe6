package org.civgis.geo.network;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.LineString;

/**
 * The time-to-nearest map: the reached parts of the edges, each with the walking time at its two
 * ends, for drawing a network coloured by time.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Every reached interval of every edge ({@link NetworkDistances#reachedIntervals}) appears,
 *       split where the time along it stops rising (where the walks from the two end nodes meet),
 *       so that the time along each segment runs from {@code fromMinutes} to {@code toMinutes}
 *       without a peak in between.
 *   <li>The times at the segment ends are exact ({@link NetworkDistances#metersTo}), in minutes at
 *       the given walking speed; nothing unreached appears.
 * </ol>
 *
 * <p>Known limitations: a facility lying on an edge adds a valley inside that edge's interval; the
 * segment then shows its ends' times only.
 */
public final class TimeMap {
  private TimeMap() {}

  /**
   * A reached piece of an edge.
   *
   * @param edge the edge index
   * @param line the piece, EPSG:4490
   * @param fromMinutes minutes from the nearest facility at the piece's first point
   * @param toMinutes minutes at its last point
   */
  public record Segment(int edge, LineString line, double fromMinutes, double toMinutes) {}

  public static List<Segment> segments(NetworkDistances distances, double metersPerSecond) {
    RoadNetwork network = distances.network();
    List<Segment> segments = new ArrayList<>();
    for (int e = 0; e < network.edgeCount(); e++) {
      double[] intervals = distances.reachedIntervals(e);
      if (intervals.length == 0) {
        continue;
      }
      double length = network.edgeLengthMeters(e);
      double fromSource = distances.metersToNode(network.edgeSource(e));
      double fromTarget = distances.metersToNode(network.edgeTarget(e));
      double peak =
          length > 0
                  && network.forward(e)
                  && network.backward(e)
                  && fromSource < Double.POSITIVE_INFINITY
                  && fromTarget < Double.POSITIVE_INFINITY
              ? (fromTarget - fromSource + length) / (2 * length)
              : Double.NaN;
      for (int i = 0; i < intervals.length; i += 2) {
        double from = intervals[i];
        double to = intervals[i + 1];
        if (peak > from && peak < to) {
          segments.add(segment(distances, e, from, peak, metersPerSecond));
          segments.add(segment(distances, e, peak, to, metersPerSecond));
        } else {
          segments.add(segment(distances, e, from, to, metersPerSecond));
        }
      }
    }
    return segments;
  }

  private static Segment segment(
      NetworkDistances distances, int edge, double from, double to, double metersPerSecond) {
    // an interval's end at the limit may round just past it
    double start =
        Math.min(distances.metersTo(new NetworkLocation(edge, from, 0)), limit(distances));
    double end = Math.min(distances.metersTo(new NetworkLocation(edge, to, 0)), limit(distances));
    return new Segment(
        edge,
        Isochrones.part(distances.network(), edge, from, to),
        start / metersPerSecond / 60,
        end / metersPerSecond / 60);
  }

  private static double limit(NetworkDistances distances) {
    return distances.limitMeters();
  }
}
