package org.civgis.geo.topology;

import java.util.List;
import java.util.Locale;
import org.civgis.geo.crs.Srid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Validity of one geometry (JTS {@link IsValidOp}): the reason and the location of the first error,
 * and the repaired geometry the other checks go on with.
 *
 * <p>Contract: a valid geometry yields no finding and is used as it is; an invalid one yields one
 * {@link FindingType#INVALID_GEOMETRY} finding at the point of the error, and the coverage checks
 * go on with its repair by JTS {@link GeometryFixer} (null if nothing polygonal is left).
 */
final class GeometryValidity {
  private GeometryValidity() {}

  /**
   * @param finding the finding, or {@code null} when valid
   * @param usable the geometry to check further, or {@code null}
   */
  record Result(Finding finding, Geometry usable) {}

  static Result check(String id, Geometry geometry) {
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error == null) {
      return new Result(null, geometry);
    }
    Coordinate at = error.getCoordinate();
    Point location = null;
    if (at != null && Double.isFinite(at.x) && Double.isFinite(at.y)) {
      location = geometry.getFactory().createPoint(new Coordinate(at.x, at.y));
      location.setSRID(Srid.CGCS2000);
    }
    String detail =
        reason(error.getErrorType())
            + (at == null ? "" : String.format(Locale.ROOT, "，位置 (%.7f, %.7f)", at.x, at.y))
            + "（"
            + error.getMessage()
            + "）";
    Finding finding =
        Finding.of(FindingType.INVALID_GEOMETRY, List.of(id), location, null, null, detail);
    Geometry fixed = GeometryFixer.fix(geometry);
    fixed.setSRID(geometry.getSRID());
    boolean polygonal = fixed.getDimension() == 2 && !fixed.isEmpty();
    return new Result(finding, polygonal ? fixed : null);
  }

  /** The Chinese reason for a JTS validation error type. */
  static String reason(int errorType) {
    return switch (errorType) {
      case TopologyValidationError.REPEATED_POINT -> "重复点";
      case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "内环在外环之外";
      case TopologyValidationError.NESTED_HOLES -> "内环相互嵌套";
      case TopologyValidationError.DISCONNECTED_INTERIOR -> "内部不连通";
      case TopologyValidationError.SELF_INTERSECTION -> "自相交";
      case TopologyValidationError.RING_SELF_INTERSECTION -> "环自相交";
      case TopologyValidationError.NESTED_SHELLS -> "多边形相互嵌套";
      case TopologyValidationError.DUPLICATE_RINGS -> "环重复";
      case TopologyValidationError.TOO_FEW_POINTS -> "点数过少";
      case TopologyValidationError.INVALID_COORDINATE -> "坐标无效";
      case TopologyValidationError.RING_NOT_CLOSED -> "环未闭合";
      default -> "几何无效";
    };
  }
}
