package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.civgis.geo.topology.Fixtures.A;
import static org.civgis.geo.topology.Fixtures.P;
import static org.civgis.geo.topology.Fixtures.bFrom;
import static org.civgis.geo.topology.Fixtures.wkt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civgis.geo.crs.Srid;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.WKTWriter;

/**
 * The measures of findings agree with PostGIS: areas with {@code ST_Area} and lengths with {@code
 * ST_Length} of the finding's geometry transformed into the finding's zone, within 0.1%; the zone
 * is that of the finding's longitude.
 */
@PostgisTest
class FindingMeasuresIT {
  private static final CoverageCheck CHECK = new CoverageCheck(CheckTolerances.DEFAULT);

  /** The fixtures where they are (zone 87°E) and moved 2.5° east (89.5–89.7°E, zone 90°E). */
  private static List<Finding> findings(double shiftDegrees) {
    List<Finding> findings = new ArrayList<>();
    String[][] cases = {
      {A, bFrom("87.09")}, // overlap
      {A, bFrom("87.09999")}, // sliver overlap (0.8 m, under 2σ at the default survey scale)
      {A, bFrom("87.11")}, // gap
      {A, bFrom("87.10001")}, // sliver gap
      {A, "POLYGON ((87.1 44, 87.21 44, 87.21 44.2, 87.1 44.2, 87.1 44))"}, // outside
      {"POLYGON ((87 44, 87.1 44, 87.1 44.1, 87.1 44.2, 87 44.2, 87 44))", Fixtures.B} // mismatch
    };
    for (String[] c : cases) {
      findings.addAll(
          CHECK.run(
              List.of(
                  new CoverageUnit("P", null, moved(P, shiftDegrees)),
                  new CoverageUnit("A", "P", moved(c[0], shiftDegrees)),
                  new CoverageUnit("B", "P", moved(c[1], shiftDegrees))),
              CheckProgress.NONE));
    }
    LineSides sides =
        new LineSides(
            "A", List.of(moved(A, shiftDegrees)), "B", List.of(moved(Fixtures.B, shiftDegrees)));
    findings.addAll(
        LineDeviationCheck.check(
            List.of(
                new RecordedLine(
                    "L",
                    "A",
                    "B",
                    moved("LINESTRING (87.1 44, 87.101 44.1, 87.1 44.2)", shiftDegrees))),
            Map.of(sides.pairKey(), sides),
            CheckTolerances.DEFAULT));
    findings.addAll(
        MarkerCheck.check(
            List.of(
                new RecordedMarker(
                    "M", "M", "L", 1, "", (Point) moved("POINT (87.10025 44.05)", shiftDegrees))),
            Map.of("L", moved("LINESTRING (87.1 44, 87.1 44.2)", shiftDegrees)),
            CheckTolerances.DEFAULT));
    return findings;
  }

  private static Geometry moved(String text, double shiftDegrees) {
    Geometry geometry =
        AffineTransformation.translationInstance(shiftDegrees, 0).transform(wkt(text));
    geometry.setSRID(Srid.CGCS2000);
    return geometry;
  }

  @Test
  void areasAndLengthsAgreeWithPostgisInTheSameZone(TestDatabase database) throws Exception {
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "select ST_Area(g), ST_Length(g)"
                    + " from (select ST_Transform(ST_GeomFromText(?, 4490), ?) as g) t")) {
      for (double shift : new double[] {0, 2.5}) {
        List<Finding> findings = findings(shift);
        assertThat(findings)
            .extracting(Finding::type)
            .contains(
                FindingType.OVERLAP,
                FindingType.SLIVER_OVERLAP,
                FindingType.GAP,
                FindingType.SLIVER_GAP,
                FindingType.OUTSIDE_PARENT,
                FindingType.EDGE_MISMATCH,
                FindingType.LINE_OFF_EDGE,
                FindingType.MARKER_OFF_LINE);
        for (Finding finding : findings) {
          int expectedZone = shift == 0 ? 4538 : 4539;
          assertThat(finding.zoneEpsg()).as("zone of %s", finding.type()).isEqualTo(expectedZone);
          s.setString(1, new WKTWriter().write(finding.geometry()));
          s.setInt(2, finding.zoneEpsg());
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            double postgis =
                finding.type().unit() == FindingType.MeasureUnit.SQUARE_METERS
                    ? rs.getDouble(1)
                    : rs.getDouble(2);
            assertThat(finding.measure())
                .as("%s at +%s°", finding.type(), shift)
                .isCloseTo(postgis, within(postgis * 0.001));
          }
        }
      }
    }
  }
}
