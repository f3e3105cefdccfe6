package org.civgis.geo.topology;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The two sides of a boundary line as polygons show them: what {@link LineDeviationCheck} holds the
 * line against.
 *
 * <p>A side is given by the polygons of the units it consists of at one level: its own polygon, or,
 * when it has none, those of its units below it (a prefecture without a polygon by its counties).
 * Both sides come from the same level, the one their shared edge is found in.
 *
 * @param idA the id of one side (a division code)
 * @param polygonsA the polygons of side A, one per unit (Polygon or MultiPolygon, CGCS2000
 *     longitude/latitude); not empty
 * @param idB the id of the other side
 * @param polygonsB the polygons of side B, likewise
 */
public record LineSides(
    String idA, List<Geometry> polygonsA, String idB, List<Geometry> polygonsB) {

  public LineSides {
    if (polygonsA.isEmpty() || polygonsB.isEmpty()) {
      throw new IllegalArgumentException("both sides of a line need polygons: " + idA + ", " + idB);
    }
  }

  /** {@link SharedEdge#pairKey(String, String)} of the two sides. */
  public String pairKey() {
    return SharedEdge.pairKey(idA, idB);
  }
}
