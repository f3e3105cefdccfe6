package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.topology.Fixtures.A;
import static org.civgis.geo.topology.Fixtures.B;
import static org.civgis.geo.topology.Fixtures.P;
import static org.civgis.geo.topology.Fixtures.bFrom;
import static org.civgis.geo.topology.Fixtures.unit;
import static org.civgis.geo.topology.Fixtures.wkt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;

class CoverageCheckTest {
  private final CoverageCheck check = new CoverageCheck(CheckTolerances.DEFAULT);

  private List<Finding> run(String parent, String a, String b) {
    return check.run(
        List.of(unit("P", null, parent), unit("A", "P", a), unit("B", "P", b)), CheckProgress.NONE);
  }

  private static List<FindingType> types(List<Finding> findings) {
    return findings.stream().map(Finding::type).toList();
  }

  // ---- clean case

  @Test
  void aParentTiledExactlyByItsChildrenHasNoFinding() {
    assertThat(run(P, A, B)).isEmpty();
  }

  @Test
  void childrenWithVerticesOnEachOthersEdgesAtTheSamePlacesAreClean() {
    String a = "POLYGON ((87 44, 87.1 44, 87.1 44.1, 87.1 44.2, 87 44.2, 87 44))";
    String b = "POLYGON ((87.1 44, 87.2 44, 87.2 44.2, 87.1 44.2, 87.1 44.1, 87.1 44))";
    assertThat(run(P, a, b)).isEmpty();
  }

  // ---- invalid cases

  @Test
  void aSelfIntersectingRingIsInvalidWithItsReasonAndLocation() {
    // a bow tie: the ring crosses itself at (87.15 44.1)
    String bowTie = "POLYGON ((87.1 44, 87.2 44.2, 87.2 44, 87.1 44.2, 87.1 44))";
    List<Finding> findings = run(P, A, bowTie);

    Finding invalid = findings.get(0);
    assertThat(invalid.type()).isEqualTo(FindingType.INVALID_GEOMETRY);
    assertThat(invalid.severity()).isEqualTo(Severity.ERROR);
    assertThat(invalid.subjects()).containsExactly("B");
    assertThat(invalid.detail()).contains("自相交");
    Point at = (Point) invalid.geometry();
    assertThat(at.getX()).isCloseTo(87.15, within(1e-9));
    assertThat(at.getY()).isCloseTo(44.1, within(1e-9));
    // checked further in its repaired form: the two triangles leave gaps beside them
    assertThat(types(findings)).contains(FindingType.GAP);
  }

  // ---- overlap cases

  @Test
  void siblingsOverlappingByAStripReportTheStripWithItsArea() {
    // B reaches 0.01° (about 800 m) into A
    List<Finding> findings = run(P, A, bFrom("87.09"));

    assertThat(types(findings)).containsExactly(FindingType.OVERLAP);
    Finding overlap = findings.get(0);
    assertThat(overlap.subjects()).containsExactly("A", "B");
    assertThat(overlap.geometry().getEnvelopeInternal().getMinX()).isEqualTo(87.09);
    assertThat(overlap.geometry().getEnvelopeInternal().getMaxX()).isEqualTo(87.1);
    // 0.01° of longitude at 44.1°N × 0.2° of latitude ≈ 800.5 m × 22,226 m
    assertThat(overlap.measure()).isCloseTo(17.79e6, within(0.05e6));
    assertThat(overlap.zoneEpsg()).isEqualTo(4538);
  }

  @Test
  void aChildInsideItsSiblingOverlapsIt() {
    String inside = "POLYGON ((87.02 44.02, 87.05 44.02, 87.05 44.05, 87.02 44.05, 87.02 44.02))";
    List<Finding> findings =
        check.run(
            List.of(
                unit("P", null, P), unit("A", "P", A), unit("B", "P", B), unit("C", "P", inside)),
            CheckProgress.NONE);
    assertThat(types(findings)).containsExactly(FindingType.OVERLAP);
    assertThat(findings.get(0).subjects()).containsExactly("A", "C");
  }

  // ---- gap cases

  @Test
  void aStripNoChildCoversIsAGapOfTheParent() {
    // B starts 0.01° east of A's edge
    List<Finding> findings = run(P, A, bFrom("87.11"));

    assertThat(types(findings)).containsExactly(FindingType.GAP);
    Finding gap = findings.get(0);
    assertThat(gap.subjects()).containsExactly("P", "A", "B");
    assertThat(gap.measure()).isCloseTo(17.79e6, within(0.05e6));
  }

  @Test
  void aHoleNoChildFillsIsAGap() {
    String withHole =
        "POLYGON ((87 44, 87.1 44, 87.1 44.2, 87 44.2, 87 44),"
            + " (87.02 44.02, 87.05 44.02, 87.05 44.05, 87.02 44.05, 87.02 44.02))";
    List<Finding> findings = run(P, withHole, B);
    assertThat(types(findings)).containsExactly(FindingType.GAP);
    assertThat(findings.get(0).subjects()).containsExactly("P", "A");
  }

  @Test
  void withoutAParentPolygonTheHolesOfTheUnionAreGaps() {
    String ring =
        "POLYGON ((87 44, 87.2 44, 87.2 44.2, 87 44.2, 87 44),"
            + " (87.02 44.02, 87.05 44.02, 87.05 44.05, 87.02 44.05, 87.02 44.02))";
    List<Finding> findings = check.run(List.of(unit("A", null, ring)), CheckProgress.NONE);
    assertThat(types(findings)).containsExactly(FindingType.GAP);
  }

  // ---- sliver cases, with thresholds of 10 m and 1,000 m² given explicitly (the default follows
  // the demo's survey scale; see QaPolicyTest)

  private static final CheckTolerances WIDE = new CheckTolerances(10, 1_000, 5, 5, 1e7);

  private static List<Finding> runWide(String parent, String a, String b) {
    return new CoverageCheck(WIDE)
        .run(
            List.of(unit("P", null, parent), unit("A", "P", a), unit("B", "P", b)),
            CheckProgress.NONE);
  }

  @Test
  void aThinOverlapIsASliver() {
    // 0.0001° of longitude ≈ 8 m: thinner than the 10 m threshold
    List<Finding> findings = runWide(P, A, bFrom("87.0999"));
    assertThat(types(findings)).containsExactly(FindingType.SLIVER_OVERLAP);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.WARNING);
    assertThat(findings.get(0).measure()).isCloseTo(177_900, within(600.0));
  }

  @Test
  void aThinGapIsASliver() {
    List<Finding> findings = runWide(P, A, bFrom("87.1001"));
    assertThat(types(findings)).containsExactly(FindingType.SLIVER_GAP);
  }

  @Test
  void aSmallButWideGapIsASliverByArea() {
    // a notch of about 24 m × 22 m (≈ 530 m²) in B's corner: wider than 10 m, smaller than 1,000 m²
    String notched =
        "POLYGON ((87.1 44, 87.2 44, 87.2 44.2, 87.1003 44.2, 87.1003 44.1998, 87.1 44.1998,"
            + " 87.1 44))";
    String a = "POLYGON ((87 44, 87.1 44, 87.1 44.1998, 87.1 44.2, 87 44.2, 87 44))";
    List<Finding> findings = runWide(P, a, notched);
    assertThat(types(findings)).containsExactly(FindingType.SLIVER_GAP);
    assertThat(findings.get(0).measure()).isBetween(400.0, 700.0);
  }

  @Test
  void thresholdsComeFromTheTolerances() {
    CheckTolerances strict = new CheckTolerances(1, 1, 5, 5, 1e7);
    List<Finding> findings =
        new CoverageCheck(strict)
            .run(
                List.of(unit("P", null, P), unit("A", "P", A), unit("B", "P", bFrom("87.1001"))),
                CheckProgress.NONE);
    assertThat(types(findings)).containsExactly(FindingType.GAP);
  }

  // ---- outside the parent

  @Test
  void aChildReachingBeyondItsParentReportsThePartOutside() {
    String wide = "POLYGON ((87.1 44, 87.21 44, 87.21 44.2, 87.1 44.2, 87.1 44))";
    List<Finding> findings = run(P, A, wide);
    assertThat(types(findings)).containsExactly(FindingType.OUTSIDE_PARENT);
    Finding outside = findings.get(0);
    assertThat(outside.subjects()).containsExactly("B", "P");
    assertThat(outside.geometry().getEnvelopeInternal().getMinX()).isEqualTo(87.2);
    assertThat(outside.measure()).isCloseTo(17.79e6, within(0.05e6));
  }

  // ---- mismatched edges

  @Test
  void neighboursWhoseSharedEdgeHasVerticesOnOneSideOnlyMismatch() {
    // A has a vertex at (87.1 44.1) that B's straight edge lacks: no area, but no shared edge
    String a = "POLYGON ((87 44, 87.1 44, 87.1 44.1, 87.1 44.2, 87 44.2, 87 44))";
    List<Finding> findings = run(P, a, B);
    assertThat(types(findings)).containsOnly(FindingType.EDGE_MISMATCH);
    assertThat(findings.get(0).subjects()).contains("A", "B");
    assertThat(findings.get(0).measure()).isGreaterThan(0);
  }

  // ---- partly drawn children

  @Test
  void aParentWithUndrawnChildrenIsReportedOnceAndNotForGaps() {
    List<Finding> findings =
        check.run(
            List.of(
                unit("P", null, P), unit("A", "P", A), unit("C", "P", null), unit("D", "P", null)),
            CheckProgress.NONE);
    assertThat(types(findings)).containsExactly(FindingType.CHILDREN_PARTLY_DRAWN);
    Finding info = findings.get(0);
    assertThat(info.severity()).isEqualTo(Severity.INFO);
    assertThat(info.subjects()).containsExactly("P");
    assertThat(info.measure()).isEqualTo(2.0);
    assertThat(wkt(P).contains(info.geometry())).isTrue();
  }

  @Test
  void overlapsAreStillFoundAmongPartlyDrawnChildren() {
    List<Finding> findings =
        check.run(
            List.of(
                unit("P", null, P),
                unit("A", "P", A),
                unit("B", "P", bFrom("87.09")),
                unit("C", "P", null)),
            CheckProgress.NONE);
    assertThat(types(findings))
        .containsExactly(FindingType.CHILDREN_PARTLY_DRAWN, FindingType.OVERLAP);
  }
}
