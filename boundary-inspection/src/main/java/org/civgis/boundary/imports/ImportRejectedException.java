package org.civgis.boundary.imports;

/**
 * An import refused: thrown inside the import's transaction so that it rolls back; carries the
 * report of every problem.
 */
public final class ImportRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient ImportReport report;

  ImportRejectedException(ImportReport report) {
    super("导入被拒绝：" + report.problems().size() + " 个问题");
    this.report = report;
  }

  public ImportReport report() {
    return report;
  }
}
