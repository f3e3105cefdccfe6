package org.civgis.web.problem;

import java.util.List;

/**
 * Rows of an uploaded table that cannot be stored, every one of them: answered (or reported by the
 * import job) as 400 with one {@code invalidParams} entry per bad field, e.g. {@code 第 3 行.beds}.
 */
public class InvalidRowsException extends InvalidFeatureException {
  /**
   * One bad field of one row.
   *
   * @param row the row number as the user sees it (the header is row 1)
   * @param field the column or field
   * @param reason what is wrong, in Chinese
   */
  public record RowProblem(int row, String field, String reason) {
    /** Where, as the problem detail names it. */
    public String location() {
      return "第 " + row + " 行." + field;
    }
  }

  private final List<RowProblem> problems;

  public InvalidRowsException(List<RowProblem> problems) {
    super(
        problems.get(0).location(),
        "共 " + problems.size() + " 处错误，未导入任何数据；第一处：" + problems.get(0).reason());
    this.problems = List.copyOf(problems);
  }

  public List<RowProblem> problems() {
    return problems;
  }
}
