package org.civgis.web.tabular;

import java.util.List;

/**
 * A table as text: its header (the first non-empty row) and the non-empty rows after it, each with
 * its number as the file numbers it (a spreadsheet's row number, a CSV's record number; 1-based).
 * Cells are text as a user sees it: numbers without a spurious {@code .0}, dates as {@code
 * yyyy-MM-dd}, the cached value of a formula; an empty cell is {@code ""}. Rows are as wide as
 * their last non-empty cell; {@link Row#cell} reads beyond it as {@code ""}.
 */
public record Table(List<String> header, List<Row> rows) {

  /** One row: its number in the file and its cells from the first column on. */
  public record Row(int number, List<String> cells) {
    /** The cell in {@code column} (0-based), {@code ""} when the row is shorter. */
    public String cell(int column) {
      return column < cells.size() ? cells.get(column) : "";
    }
  }

  /** Whether the file held nothing but empty cells. */
  public boolean isEmpty() {
    return header.isEmpty() && rows.isEmpty();
  }
}
