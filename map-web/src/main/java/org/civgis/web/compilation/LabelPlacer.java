package org.civgis.web.compilation;

import java.util.ArrayList;
import java.util.List;

/**
 * Places labels on a page without overprints: a greedy placement with collision boxes.
 *
 * <ol>
 *   <li>Labels are offered in priority order; each comes with its candidate positions, best first.
 *   <li>A label takes the first candidate whose box lies inside the bounds and meets neither a
 *       placed label's box nor an obstacle (a symbol, the legend); a label none of whose candidates
 *       fits is dropped and listed as such.
 *   <li>Boxes are in page points; two boxes that only touch do not collide, a gap is kept by
 *       growing every box by {@link #PADDING}.
 * </ol>
 *
 * <p>Known limitations: greedy, so an early label can take the only place a later one had; it never
 * moves a placed label again.
 */
final class LabelPlacer {
  static final double PADDING = 0.75;

  private final Box bounds;
  private final List<Box> obstacles = new ArrayList<>();
  private final List<Placed> placed = new ArrayList<>();
  private final List<String> dropped = new ArrayList<>();

  LabelPlacer(Box bounds) {
    this.bounds = bounds;
  }

  /** A box in page points, y downwards. */
  record Box(double x, double y, double width, double height) {
    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }

    boolean intersects(Box o) {
      return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    boolean within(Box o) {
      return x >= o.x && y >= o.y && right() <= o.right() && bottom() <= o.bottom();
    }

    Box grown(double by) {
      return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
    }
  }

  /**
   * A placed label.
   *
   * @param text what it says
   * @param kind what it names (e.g. township, county, neighbour)
   * @param box where it is, in page points
   * @param fontSize its size in points
   */
  record Placed(String text, String kind, Box box, double fontSize) {}

  /** Keeps labels off {@code box}. */
  void obstacle(Box box) {
    obstacles.add(box);
  }

  /** Places {@code text} at the first free candidate; {@code false} when it is dropped. */
  boolean place(String text, String kind, double fontSize, List<Box> candidates) {
    for (Box candidate : candidates) {
      if (fits(candidate.grown(PADDING))) {
        placed.add(new Placed(text, kind, candidate, fontSize));
        return true;
      }
    }
    dropped.add(text);
    return false;
  }

  private boolean fits(Box box) {
    if (!box.within(bounds)) {
      return false;
    }
    for (Box o : obstacles) {
      if (box.intersects(o)) {
        return false;
      }
    }
    for (Placed p : placed) {
      if (box.intersects(p.box().grown(PADDING))) {
        return false;
      }
    }
    return true;
  }

  List<Placed> placed() {
    return List.copyOf(placed);
  }

  List<String> dropped() {
    return List.copyOf(dropped);
  }

  /**
   * The candidate boxes of a label of {@code width} × {@code height} beside a point symbol of
   * {@code radius} at ({@code x}, {@code y}): right, upper right, lower right, left, upper left,
   * lower left, above, below.
   */
  static List<Box> besidePoint(double x, double y, double radius, double width, double height) {
    double gap = radius + 1.5;
    double midY = y - height / 2;
    return List.of(
        new Box(x + gap, midY, width, height),
        new Box(x + gap * 0.7, y - gap * 0.7 - height, width, height),
        new Box(x + gap * 0.7, y + gap * 0.7, width, height),
        new Box(x - gap - width, midY, width, height),
        new Box(x - gap * 0.7 - width, y - gap * 0.7 - height, width, height),
        new Box(x - gap * 0.7 - width, y + gap * 0.7, width, height),
        new Box(x - width / 2, y - gap - height, width, height),
        new Box(x - width / 2, y + gap, width, height));
  }

  /**
   * The candidate boxes of an area's label of {@code width} × {@code height} about its label point
   * ({@code x}, {@code y}): centred on it, then shifted up, down, left and right.
   */
  static List<Box> aboutPoint(double x, double y, double width, double height) {
    double left = x - width / 2;
    double top = y - height / 2;
    List<Box> out = new ArrayList<>();
    out.add(new Box(left, top, width, height));
    for (double step : new double[] {1.2, 2.4}) {
      out.add(new Box(left, top - step * height, width, height));
      out.add(new Box(left, top + step * height, width, height));
      out.add(new Box(left - step * width / 2, top, width, height));
      out.add(new Box(left + step * width / 2, top, width, height));
    }
    return out;
  }
}
