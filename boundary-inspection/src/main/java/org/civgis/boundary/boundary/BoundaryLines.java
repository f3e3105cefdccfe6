package org.civgis.boundary.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.RecordStatus;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;

/**
 * Keeps the stored boundary lines in step with the divisions' polygons.
 *
 * <p>Contract of {@link #recompute}: the lines derived from the divisions valid on the day (with a
 * side inside the scope) are compared with the stored lines valid that day; a new line is stored
 * from that day; a line whose shared edge moved gets a new version from that day (the old one ends
 * the day before, or is corrected in place when it began that day), keeping its agreement; a line
 * whose sides no longer meet ends. Surveyed and edited lines are replaced only when asked (a
 * division change is a legal act that moves them); otherwise the check reports them if they are off
 * their edge. Writes join the caller's transaction.
 */
public final class BoundaryLines {
  private static final int MAX_DIVISIONS = 100_000;

  private final DivisionRepository divisions;
  private final BoundaryLineRepository lines;

  public BoundaryLines(DivisionRepository divisions, BoundaryLineRepository lines) {
    this.divisions = divisions;
    this.lines = lines;
  }

  /**
   * What a recomputation did, by line code.
   *
   * @param created lines new from the day
   * @param moved lines with a new version from the day
   * @param ended lines whose sides no longer meet
   * @param kept recorded lines left as they are although their edge moved
   */
  public record Recomputation(
      List<String> created, List<String> moved, List<String> ended, List<String> kept) {
    public boolean changedAnything() {
      return !created.isEmpty() || !moved.isEmpty() || !ended.isEmpty();
    }
  }

  /** The lines the divisions valid on {@code day} give, with a side inside {@code scopeCode}. */
  public List<LineDerivation.DerivedLine> derive(LocalDate day, String scopeCode) {
    List<Division> valid = divisions.find(DivisionQuery.asOf(day, MAX_DIVISIONS));
    Division scope =
        valid.stream()
            .filter(d -> d.code().equals(scopeCode))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("no division " + scopeCode + " on " + day));
    return LineDerivation.derive(valid, scope);
  }

  /**
   * Brings the stored lines of {@code scopeCode} in step with the divisions valid on {@code day};
   * see the class contract. Only lines among {@code limitTo} line codes are touched when it is not
   * null (a division change touches its own lines only).
   */
  public Recomputation recompute(
      LocalDate day,
      String scopeCode,
      boolean replaceRecorded,
      Set<String> limitTo,
      String source) {
    Map<String, LineDerivation.DerivedLine> derived = new LinkedHashMap<>();
    for (LineDerivation.DerivedLine line : derive(day, scopeCode)) {
      derived.put(line.lineCode(), line);
    }
    Division scope = divisions.findByCode(scopeCode, day).orElseThrow();
    Map<String, BoundaryLine> stored = new LinkedHashMap<>();
    for (BoundaryLine line : lines.current(day)) {
      if (scope.contains(line.leftCode()) || scope.contains(line.rightCode())) {
        stored.put(line.lineCode(), line);
      }
    }
    List<String> created = new ArrayList<>();
    List<String> moved = new ArrayList<>();
    List<String> ended = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (LineDerivation.DerivedLine line : derived.values()) {
      if (limitTo != null && !limitTo.contains(line.lineCode())) {
        continue;
      }
      BoundaryLine current = stored.get(line.lineCode());
      if (current == null) {
        lines.insert(
            new BoundaryLine(
                0,
                1,
                line.lineCode(),
                line.level(),
                line.leftCode(),
                line.rightCode(),
                null,
                line.geometry(),
                LineOrigin.DERIVED,
                day,
                null,
                RecordStatus.PUBLISHED,
                null,
                source));
        created.add(line.lineCode());
      } else if (!sameLine(current.geometry(), line.geometry())) {
        if (current.origin() != LineOrigin.DERIVED && !replaceRecorded) {
          kept.add(line.lineCode());
          continue;
        }
        replace(current, current.withGeometry(line.geometry(), LineOrigin.DERIVED, source), day);
        moved.add(line.lineCode());
      }
    }
    for (BoundaryLine current : stored.values()) {
      if (derived.containsKey(current.lineCode())
          || (limitTo != null && !limitTo.contains(current.lineCode()))) {
        continue;
      }
      if (!lines.close(current.id(), current.revision(), day)) {
        throw new java.util.ConcurrentModificationException(
            "line " + current.lineCode() + " changed meanwhile");
      }
      ended.add(current.lineCode());
    }
    return new Recomputation(created, moved, ended, kept);
  }

  /**
   * Makes {@code next} the version of {@code current}'s line from {@code day}: corrects {@code
   * current} in place when it began that day, else ends it the day before and stores {@code next}.
   */
  public BoundaryLine replace(BoundaryLine current, BoundaryLine next, LocalDate day) {
    if (day.equals(current.validFrom())) {
      return lines
          .update(current.id(), current.revision(), next)
          .orElseThrow(
              () ->
                  new java.util.ConcurrentModificationException(
                      "line " + current.lineCode() + " changed meanwhile"));
    }
    if (!lines.close(current.id(), current.revision(), day)) {
      throw new java.util.ConcurrentModificationException(
          "line " + current.lineCode() + " changed meanwhile");
    }
    return lines.insert(
        new BoundaryLine(
            0,
            1,
            next.lineCode(),
            next.level(),
            next.leftCode(),
            next.rightCode(),
            next.agreementId(),
            next.geometry(),
            next.origin(),
            day,
            null,
            RecordStatus.PUBLISHED,
            next.remarks(),
            next.source()));
  }

  private static boolean sameLine(Geometry a, MultiLineString b) {
    Geometry x = a.copy();
    Geometry y = b.copy();
    x.normalize();
    y.normalize();
    return x.equalsExact(y);
  }
}
