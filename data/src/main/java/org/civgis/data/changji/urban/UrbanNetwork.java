package org.civgis.data.changji.urban;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.civgis.data.changji.urban.UrbanLayout.Axis;

/**
 * The generated street network of the urban area: the roads of {@link UrbanLayout} on slightly
 * moved grid lines, a lane (巷) through every block from north to south, and across every block from
 * west to east a lane or a footway, alternately.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Every road is one straight, axis-parallel piece between two points; it runs from its start
 *       (the centre, the west or south end, or the road a lane leaves) to its end.
 *   <li>{@link Way#stations} lists every place where the way meets another way (crossings,
 *       T-junctions, shared ends) besides its own ends, so that a network built from them is noded:
 *       two ways share a point exactly when they meet.
 *   <li>Lanes are named after the road they leave, numbered in order along it (建国路三巷); some have
 *       names of their own ({@link UrbanLayout#LANE_NAMES}), of which {@link
 *       UrbanLayout#RENAMED_LANES} were numbered lanes before a renaming. Footways have no name.
 *   <li>The same network is built on every run ({@link UrbanLayout#SEED}).
 * </ol>
 */
final class UrbanNetwork {
  /** Block boundaries (km): the edges of the area and the road lines, west to east. */
  final double[] xs = new double[VERTICAL_COUNT + 2];

  /** Block boundaries (km): the edges and the road lines, south to north. */
  final double[] ys = new double[HORIZONTAL_COUNT + 2];

  /** The north–south lane of each block, by column and row. */
  final double[][] laneX = new double[COLUMNS][ROWS];

  /** The east–west lane or footway of each block, by column and row. */
  final double[][] laneY = new double[COLUMNS][ROWS];

  final List<Way> ways = new ArrayList<>();

  private static final int VERTICAL_COUNT = UrbanLayout.VERTICAL.size();
  private static final int HORIZONTAL_COUNT = UrbanLayout.HORIZONTAL.size();
  static final int COLUMNS = VERTICAL_COUNT + 1;
  static final int ROWS = HORIZONTAL_COUNT + 1;

  /**
   * One way of the network.
   *
   * @param name its name, {@code null} for a footway
   * @param roadClass its class
   * @param vertical whether it runs north–south
   * @param fixed its x (vertical) or y (horizontal), km
   * @param from the other coordinate at its start, km
   * @param to the other coordinate at its end, km
   * @param formerName its name before a renaming, or {@code null}
   * @param renamedOn the day of that renaming (ISO), or {@code null}
   * @param stations where it meets other ways, as the other coordinate, km
   */
  record Way(
      String name,
      RoadClass roadClass,
      boolean vertical,
      double fixed,
      double from,
      double to,
      String formerName,
      String renamedOn,
      TreeSet<Double> stations) {

    /** Whether the coordinate {@code c} along the way lies on it. */
    boolean spans(double c) {
      return c >= Math.min(from, to) && c <= Math.max(from, to);
    }

    /** The points of the way from start to end (start, stations, end), as {x, y} in km. */
    List<double[]> points() {
      List<Double> along = new ArrayList<>();
      along.add(from);
      for (double s : stations) {
        if (s != from && s != to) {
          along.add(s);
        }
      }
      along.add(to);
      along.sort(from <= to ? Comparator.naturalOrder() : Comparator.reverseOrder());
      List<double[]> points = new ArrayList<>();
      for (double c : along) {
        points.add(vertical ? new double[] {fixed, c} : new double[] {c, fixed});
      }
      return points;
    }

    double lengthKm() {
      return Math.abs(to - from);
    }
  }

  private UrbanNetwork() {}

  static UrbanNetwork build() {
    UrbanNetwork n = new UrbanNetwork();
    SplittableRandom random = UrbanLayout.random("network");
    n.xs[0] = UrbanLayout.WEST;
    n.xs[n.xs.length - 1] = UrbanLayout.EAST;
    for (int i = 0; i < VERTICAL_COUNT; i++) {
      Axis axis = UrbanLayout.VERTICAL.get(i);
      n.xs[i + 1] = axis.at() + (i == UrbanLayout.CENTRE_VERTICAL ? 0 : jitter(random, 0.04));
    }
    n.ys[0] = UrbanLayout.SOUTH;
    n.ys[n.ys.length - 1] = UrbanLayout.NORTH;
    for (int j = 0; j < HORIZONTAL_COUNT; j++) {
      Axis axis = UrbanLayout.HORIZONTAL.get(j);
      n.ys[j + 1] = axis.at() + (j == UrbanLayout.CENTRE_HORIZONTAL ? 0 : jitter(random, 0.04));
    }
    for (int i = 0; i < COLUMNS; i++) {
      for (int j = 0; j < ROWS; j++) {
        n.laneX[i][j] = (n.xs[i] + n.xs[i + 1]) / 2 + jitter(random, 0.06);
        n.laneY[i][j] = (n.ys[j] + n.ys[j + 1]) / 2 + jitter(random, 0.05);
      }
    }
    n.addRoads();
    List<Lane> lanes = n.lanes();
    n.nameLanes(lanes);
    n.node();
    return n;
  }

  private static double jitter(SplittableRandom random, double km) {
    return Math.round((random.nextDouble() * 2 - 1) * km * 1e4) / 1e4;
  }

  private void addRoads() {
    double centreX = xs[UrbanLayout.CENTRE_VERTICAL + 1];
    double centreY = ys[UrbanLayout.CENTRE_HORIZONTAL + 1];
    for (int i = 0; i < VERTICAL_COUNT; i++) {
      addAxis(
          UrbanLayout.VERTICAL.get(i),
          true,
          xs[i + 1],
          UrbanLayout.SOUTH,
          UrbanLayout.NORTH,
          centreY);
    }
    for (int j = 0; j < HORIZONTAL_COUNT; j++) {
      addAxis(
          UrbanLayout.HORIZONTAL.get(j),
          false,
          ys[j + 1],
          UrbanLayout.WEST,
          UrbanLayout.EAST,
          centreX);
    }
  }

  private void addAxis(
      Axis axis, boolean vertical, double at, double low, double high, double split) {
    if (axis.split()) {
      ways.add(road(axis.lowName(), axis.roadClass(), vertical, at, split, low));
      ways.add(road(axis.highName(), axis.roadClass(), vertical, at, split, high));
    } else {
      ways.add(road(axis.lowName(), axis.roadClass(), vertical, at, low, high));
    }
  }

  private static Way road(
      String name, RoadClass roadClass, boolean vertical, double at, double from, double to) {
    String former = UrbanLayout.RENAMED_MAIN_ROADS.get(name);
    return new Way(
        name,
        roadClass,
        vertical,
        at,
        from,
        to,
        former,
        former == null ? null : UrbanLayout.RENAMED_ON.get(name),
        new TreeSet<>());
  }

  /** A lane before it is named: its way's geometry and the road it leaves. */
  private record Lane(
      int column, int row, boolean vertical, double fixed, double from, double to, Way parent) {}

  /**
   * The lanes and footways of the blocks. A north–south lane leaves the road south of its block (or
   * the one north of it in the southern row); a west–east lane leaves the road west of its block
   * (or east of it in the western column). Blocks whose column and row sum to an even number have a
   * west–east lane, the others a footway.
   */
  private List<Lane> lanes() {
    List<Lane> lanes = new ArrayList<>();
    for (int i = 0; i < COLUMNS; i++) {
      for (int j = 0; j < ROWS; j++) {
        double x = laneX[i][j];
        boolean fromSouth = j > 0;
        double start = fromSouth ? ys[j] : ys[j + 1];
        double end = fromSouth ? ys[j + 1] : ys[j];
        lanes.add(new Lane(i, j, true, x, start, end, roadAt(false, start, x)));

        double y = laneY[i][j];
        boolean fromWest = i > 0;
        double westEast0 = fromWest ? xs[i] : xs[i + 1];
        double westEast1 = fromWest ? xs[i + 1] : xs[i];
        if ((i + j) % 2 == 0) {
          lanes.add(new Lane(i, j, false, y, westEast0, westEast1, roadAt(true, westEast0, y)));
        } else {
          ways.add(
              new Way(
                  null,
                  RoadClass.FOOTWAY,
                  false,
                  y,
                  xs[i],
                  xs[i + 1],
                  null,
                  null,
                  new TreeSet<>()));
        }
      }
    }
    return lanes;
  }

  /** The road on the vertical (or horizontal) line at {@code fixed} that spans {@code along}. */
  private Way roadAt(boolean vertical, double fixed, double along) {
    for (Way way : ways) {
      if (way.vertical() == vertical
          && way.fixed() == fixed
          && way.roadClass() != RoadClass.FOOTWAY
          && way.spans(along)) {
        return way;
      }
    }
    throw new IllegalStateException("no road on the line " + fixed + " at " + along);
  }

  /** Numbers the lanes along their roads and gives some of them names of their own. */
  private void nameLanes(List<Lane> lanes) {
    SplittableRandom random = UrbanLayout.random("lane-names");
    List<Lane> shuffled = new ArrayList<>(lanes);
    for (int k = shuffled.size() - 1; k > 0; k--) {
      int other = random.nextInt(k + 1);
      Lane t = shuffled.get(k);
      shuffled.set(k, shuffled.get(other));
      shuffled.set(other, t);
    }
    Map<Lane, String> ownName = new LinkedHashMap<>();
    Map<Lane, String> renamedOn = new LinkedHashMap<>();
    for (int k = 0; k < UrbanLayout.LANE_NAMES.size(); k++) {
      ownName.put(shuffled.get(k), UrbanLayout.LANE_NAMES.get(k));
      if (k < UrbanLayout.RENAMED_LANES) {
        renamedOn.put(shuffled.get(k), UrbanLayout.LANE_RENAMED_ON.get(k));
      }
    }
    Map<Way, List<Lane>> byParent = new LinkedHashMap<>();
    for (Lane lane : lanes) {
      byParent.computeIfAbsent(lane.parent(), p -> new ArrayList<>()).add(lane);
    }
    for (Map.Entry<Way, List<Lane>> entry : byParent.entrySet()) {
      Way parent = entry.getKey();
      List<Lane> along = new ArrayList<>(entry.getValue());
      // in order along the parent road, from its start
      along.sort(Comparator.comparingDouble((Lane l) -> Math.abs(l.fixed() - parent.from())));
      int number = 0;
      for (Lane lane : along) {
        String numbered = null;
        if (!ownName.containsKey(lane) || renamedOn.containsKey(lane)) {
          numbered = parent.name() + Numerals.chinese(++number) + "巷";
        }
        String name = ownName.getOrDefault(lane, numbered);
        String former = renamedOn.containsKey(lane) ? numbered : null;
        ways.add(
            new Way(
                name,
                RoadClass.LANE,
                lane.vertical(),
                lane.fixed(),
                lane.from(),
                lane.to(),
                former,
                renamedOn.get(lane),
                new TreeSet<>()));
      }
    }
  }

  /** Adds to every way the places where others meet it (see the contract). */
  private void node() {
    for (Way v : ways) {
      if (!v.vertical()) {
        continue;
      }
      for (Way h : ways) {
        if (h.vertical()) {
          continue;
        }
        if (h.spans(v.fixed()) && v.spans(h.fixed())) {
          v.stations().add(h.fixed());
          h.stations().add(v.fixed());
        }
      }
    }
    // collinear ways that share an end (a road split at the centre) meet there too
    for (Way a : ways) {
      for (Way b : ways) {
        if (a != b && a.vertical() == b.vertical() && a.fixed() == b.fixed()) {
          for (double end : new double[] {b.from(), b.to()}) {
            if (a.spans(end)) {
              a.stations().add(end);
            }
          }
        }
      }
    }
  }

  /** The named ways (roads and lanes), in the order they were made. */
  List<Way> roads() {
    return ways.stream().filter(w -> w.name() != null).toList();
  }
}
