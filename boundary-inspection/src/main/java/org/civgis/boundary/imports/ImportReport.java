package org.civgis.boundary.imports;

import java.util.List;

/**
 * What an import did or why it refused: every problem, every repair, the topology findings.
 *
 * @param status {@code ACCEPTED} (published), {@code REJECTED} (nothing published) or {@code
 *     STAGED} (checked without problems and kept for the user to publish or discard)
 * @param batchId the stored import record: {@code null} when a direct import is rejected; a staged
 *     import keeps its record (and its features) until it is published or discarded, also when it
 *     has problems (then with status {@code REJECTED})
 * @param effective the day the file's geometries become valid (YYYY-MM-DD)
 * @param sourceCrs the file's CRS as declared or detected, e.g. {@code EPSG:4326}, or {@code null}
 * @param crsDeclared whether the user declared it (DXF, CSV) rather than the file
 * @param features how many features the file holds (after joining the parts of one code in DXF)
 * @param problems what stops the import, every one of them
 * @param warnings what the user should know but does not stop it (e.g. a name that differs)
 * @param repairs what the MakeValid repair changed, per repaired feature
 * @param findings the topology findings of the divisions with the file's geometries
 * @param changed the codes whose geometry the file changes (for a staged import: would change)
 * @param published the codes given a new version from the effective day
 * @param unchanged the codes whose geometry equals the version valid then
 * @param lines the boundary line codes created, moved or ended by the import
 */
public record ImportReport(
    String status,
    Long batchId,
    String effective,
    String fileName,
    String format,
    String sourceCrs,
    boolean crsDeclared,
    int features,
    List<Problem> problems,
    List<String> warnings,
    List<Repair> repairs,
    List<CheckFinding> findings,
    List<String> changed,
    List<String> published,
    List<String> unchanged,
    List<String> lines) {

  public boolean accepted() {
    return "ACCEPTED".equals(status);
  }

  /** Whether this is a staged import without problems, ready to be published. */
  public boolean publishable() {
    return "STAGED".equals(status) && problems.isEmpty();
  }

  /**
   * One problem: which feature (1-based, {@code null} for the file), which field ({@code file},
   * {@code crs}, {@code code}, {@code geometry}, {@code topology}) and why, in Chinese.
   */
  public record Problem(Integer feature, String code, String field, String reason) {}

  /**
   * One MakeValid repair, with what it changed; areas in square metres in the feature's
   * Gauss-Krüger zone (the area before is that of the invalid rings as drawn).
   */
  public record Repair(
      int feature,
      String code,
      String reason,
      double areaBeforeSquareMeters,
      double areaAfterSquareMeters,
      int verticesBefore,
      int verticesAfter,
      int polygonsBefore,
      int polygonsAfter) {}

  /** A topology finding in the report: type, severity, divisions, measure and detail. */
  public record CheckFinding(
      String type, String severity, List<String> divisions, Double measure, String detail) {}
}
