package org.civgis.geo.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.civgis.geo.crs.Srid;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

class ParentGapsTest {
  private static final GeometryFactory FACTORY =
      new GeometryFactory(new PrecisionModel(1e7), Srid.CGCS2000);

  /**
   * A 120 × 50 grid of 0.01° squares with squares left out (isolated holes inside, notches on the
   * southern edge): enough squares to be unioned in strips.
   */
  private static List<Geometry> gridWithHoles() {
    List<Geometry> squares = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      for (int j = 0; j < 50; j++) {
        if (i % 4 == 1 && j % 4 == 1 || j == 0 && i % 4 == 3) {
          continue;
        }
        // every corner computed from its own lattice indexes, so neighbours share it exactly
        squares.add(
            FACTORY.createPolygon(
                new Coordinate[] {
                  corner(i, j),
                  corner(i + 1, j),
                  corner(i + 1, j + 1),
                  corner(i, j + 1),
                  corner(i, j)
                }));
      }
    }
    return squares;
  }

  private static Coordinate corner(int i, int j) {
    return new Coordinate(87 + i / 100.0, 44 + j / 100.0);
  }

  @Test
  void theUnionInStripsIsTheUnionInOnePiece() {
    List<Geometry> squares = gridWithHoles();
    assertThat(squares.size()).isGreaterThan(4_000);

    Geometry inStrips = ParentGaps.coverageUnion(squares);
    Geometry inOnePiece = CoverageUnion.union(squares.toArray(Geometry[]::new));

    assertThat(inOnePiece.isValid()).isTrue();
    assertThat(inStrips.isValid()).isTrue();
    assertThat(inStrips.getArea())
        .isCloseTo(inOnePiece.getArea(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(inStrips.symDifference(inOnePiece).getArea()).isLessThan(1e-12);
    assertThat(AreaPieces.polygons(inStrips).stream().mapToInt(p -> p.getNumInteriorRing()).sum())
        .isEqualTo(
            AreaPieces.polygons(inOnePiece).stream().mapToInt(p -> p.getNumInteriorRing()).sum());
  }
}
