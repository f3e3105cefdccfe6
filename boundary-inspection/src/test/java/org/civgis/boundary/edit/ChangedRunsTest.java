package org.civgis.boundary.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ChangedRunsTest {
  private static Geometry wkt(String text) throws ParseException {
    return new WKTReader().read(text);
  }

  @Test
  void aMovedVertexIsARunBetweenItsNeighbours() throws ParseException {
    List<ChangedRuns.Run> runs =
        ChangedRuns.of(
            wkt("POLYGON ((0 0, 2 0, 2 1, 2 2, 0 2, 0 0))"),
            wkt("POLYGON ((0 0, 2 0, 1.5 1, 2 2, 0 2, 0 0))"));
    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).from().getCoordinates())
        .containsExactly(new Coordinate(2, 0), new Coordinate(2, 1), new Coordinate(2, 2));
    assertThat(runs.get(0).to().getCoordinates())
        .containsExactly(new Coordinate(2, 0), new Coordinate(1.5, 1), new Coordinate(2, 2));
    assertThat(runs.get(0).oldInterior()).containsExactly(new Coordinate(2, 1));
  }

  @Test
  void insertedAndDeletedVerticesAndTheOtherOrientation() throws ParseException {
    // the new ring runs the other way round and starts elsewhere; one vertex deleted, two added
    List<ChangedRuns.Run> runs =
        ChangedRuns.of(
            wkt("POLYGON ((0 0, 2 0, 2 1, 2 2, 0 2, 0 0))"),
            wkt("POLYGON ((2 2, 1 2.5, 0 2, 0 0, 2 0, 2 2))"));
    assertThat(runs).hasSize(2);
    assertThat(runs)
        .anySatisfy(r -> assertThat(r.oldInterior()).containsExactly(new Coordinate(2, 1)));
    assertThat(runs)
        .anySatisfy(r -> assertThat(r.to().getCoordinates()).contains(new Coordinate(1, 2.5)));
  }

  @Test
  void anUnchangedRingHasNoRunsAndAnotherShapeIsUnknown() throws ParseException {
    Geometry square = wkt("POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))");
    assertThat(ChangedRuns.of(square, square.copy())).isEmpty();
    assertThat(ChangedRuns.of(square, wkt("POLYGON ((5 5, 6 5, 6 6, 5 5))"))).isNull();
  }
}
