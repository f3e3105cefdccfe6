package org.civgis.gazetteer.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Point;

/**
 * House numbers along a road (门牌编号): odd numbers on the left, even on the right, looking from the
 * start of the road's line, increasing from its start.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #renumber} numbers points afresh: on each side in order of their measure, 1, 3, 5 …
 *       on the left and 2, 4, 6 … on the right.
 *   <li>{@link #propose} numbers new points among the numbers already on the road without changing
 *       them: a new point gets the smallest free number of its side's parity between the numbers
 *       before and after it on its side; when there is none, the number before it with the next
 *       free suffix 之N (13之1号). New points are numbered in order of their measure, each seeing the
 *       ones numbered before it. A number is never given twice on a road.
 *   <li>A point that is not clearly on one side (closer to the line than {@link
 *       #MIN_OFFSET_METERS}) is numbered for the side found but carries a note; so does a point
 *       before the first number of its side when that is already the side's first number.
 * </ol>
 *
 * <p>Known limitations: a road whose line doubles back on itself is numbered by the measure along
 * the line, which may not be the order a visitor meets the houses in.
 */
public final class HouseNumbering {
  /** Closer to the centre line than this a point's side is uncertain. */
  public static final double MIN_OFFSET_METERS = 1.0;

  private HouseNumbering() {}

  /**
   * A number already on the road.
   *
   * @param number the house number
   * @param measureMeters where it lies along the road
   */
  public record Existing(HouseNumber number, double measureMeters) {
    public RoadSide side() {
      return RoadSide.of(number);
    }
  }

  /**
   * A number for a point.
   *
   * @param index position of the point in the input list
   * @param number the proposed house number
   * @param position where the point lies along the road
   * @param note a remark for the officer, or {@code null}
   */
  public record Proposal(int index, HouseNumber number, RoadLine.Position position, String note) {}

  /** Numbers {@code points} afresh along {@code road}; proposals in input order. */
  public static List<Proposal> renumber(RoadLine road, List<Point> points) {
    return propose(road, List.of(), points);
  }

  /** Numbers {@code points} along {@code road} among {@code existing}; proposals in input order. */
  public static List<Proposal> propose(RoadLine road, List<Existing> existing, List<Point> points) {
    List<RoadLine.Position> positions = new ArrayList<>();
    for (Point p : points) {
      positions.add(road.locate(p));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> positions.get(i).measureMeters()));

    List<Existing> taken = new ArrayList<>(existing);
    Set<String> used = new HashSet<>();
    for (Existing e : existing) {
      used.add(e.number().key());
    }
    Proposal[] result = new Proposal[points.size()];
    for (int i : order) {
      RoadLine.Position position = positions.get(i);
      String note = position.offsetMeters() < MIN_OFFSET_METERS ? "点位距道路中线过近，单双号一侧无法确定，请核对" : null;
      Slot slot = slot(position, taken);
      HouseNumber number = numberFor(position.side(), slot, used);
      if (number.suffix().startsWith("之") && slot.before == null) {
        note = join(note, "该点位于本侧起始门牌之前，已无空号，建议整路重新编号");
      }
      used.add(number.key());
      taken.add(new Existing(number, position.measureMeters()));
      result[i] = new Proposal(i, number, position, note);
    }
    return List.of(result);
  }

  /** The numbers of the point's side just before and after it. */
  private record Slot(HouseNumber before, HouseNumber after) {}

  private static Slot slot(RoadLine.Position position, List<Existing> taken) {
    Existing before = null;
    Existing after = null;
    for (Existing e : taken) {
      if (e.side() != position.side()) {
        continue;
      }
      if (e.measureMeters() <= position.measureMeters()) {
        if (before == null || HouseNumber.ALONG_THE_ROAD.compare(e.number(), before.number()) > 0) {
          before = e;
        }
      } else if (after == null
          || HouseNumber.ALONG_THE_ROAD.compare(e.number(), after.number()) < 0) {
        after = e;
      }
    }
    return new Slot(before == null ? null : before.number(), after == null ? null : after.number());
  }

  private static HouseNumber numberFor(RoadSide side, Slot slot, Set<String> used) {
    int from = slot.before == null ? side.firstNumber() : slot.before.value() + 1;
    if (!side.holds(from)) {
      from++;
    }
    for (int v = from; slot.after == null || v < slot.after.value(); v += 2) {
      if (!used.contains(Integer.toString(v))) {
        return HouseNumber.of(v);
      }
    }
    int base = slot.before != null ? slot.before.value() : slot.after.value();
    for (int k = 1; ; k++) {
      HouseNumber candidate = new HouseNumber(base, "之" + k);
      if (!used.contains(candidate.key())) {
        return candidate;
      }
    }
  }

  private static String join(String a, String b) {
    return a == null ? b : a + "；" + b;
  }
}
