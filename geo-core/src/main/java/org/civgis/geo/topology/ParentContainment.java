package org.civgis.geo.topology;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Children outside their parent.
 *
 * <p>Contract: a child the parent covers ({@link PreparedGeometry#covers}, exact) yields nothing;
 * for any other, the OverlayNG difference child − parent at the data's precision is the part
 * outside, one finding per child ({@link FindingType#OUTSIDE_PARENT}; thin or small parts as a
 * separate finding with severity WARNING), subjects the child and the parent.
 */
final class ParentContainment {
  private ParentContainment() {}

  static List<Finding> find(
      String parentId,
      Geometry parent,
      List<String> ids,
      Geometry[] children,
      CheckTolerances tolerances) {
    PreparedGeometry prepared = PreparedGeometryFactory.prepare(parent);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < children.length; i++) {
      if (prepared.covers(children[i])) {
        continue;
      }
      Geometry outside =
          OverlayNG.overlay(children[i], parent, OverlayNG.DIFFERENCE, tolerances.precision());
      findings.addAll(
          AreaPieces.grouped(
              outside,
              FindingType.OUTSIDE_PARENT,
              null,
              List.of(ids.get(i), parentId),
              tolerances));
    }
    return findings;
  }
}
