package org.civgis.web.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the non-empty cells a reader meets into a {@link Table}, enforcing the {@link
 * TableLimits} as each cell arrives: the reader stops at the first cell beyond a limit.
 *
 * <p>Cells come row by row (as every format stores them); a row that comes again later is merged
 * into the one read before, so no format's quirks lose cells.
 */
final class TableBuilder {
  private final TableLimits limits;
  private final List<Table.Row> rows = new ArrayList<>();
  private final List<String> current = new ArrayList<>();
  private int currentNumber = -1;
  private long cells;
  private long chars;

  TableBuilder(TableLimits limits) {
    this.limits = limits;
  }

  TableLimits limits() {
    return limits;
  }

  /**
   * Adds the cell of row {@code rowNumber} (1-based, as the file numbers it), column {@code column}
   * (0-based); empty text is ignored.
   *
   * @throws TableException when the cell is beyond a limit
   */
  void cell(int rowNumber, int column, String text) {
    if (text == null || text.isEmpty()) {
      return;
    }
    if (column >= limits.maxColumns()) {
      throw new TableException(
          at(rowNumber, column)
              + "（第 "
              + (column + 1L)
              + " 列）有内容，超出列数上限：最多 "
              + limits.maxColumns()
              + " 列（A–"
              + columnName(limits.maxColumns() - 1)
              + " 列）");
    }
    checkCellLength(rowNumber, column, text.length());
    if (text.indexOf('\0') >= 0) {
      throw new TableException(at(rowNumber, column) + "含有空字符（U+0000），不是正常的表格文字");
    }
    chars += text.length();
    if (chars > limits.maxChars()) {
      throw new TableException("文字总量超过上限：最多 " + limits.maxChars() + " 个字符，请拆分后上传");
    }
    if (rowNumber != currentNumber) {
      flush();
      currentNumber = rowNumber;
    }
    while (current.size() <= column) {
      current.add("");
    }
    current.set(column, text);
  }

  /**
   * Refuses a cell of {@code length} characters beyond the limit; readers call it while a cell's
   * text grows, so that no cell is held beyond it.
   */
  void checkCellLength(int rowNumber, int column, long length) {
    if (length > limits.maxCellChars()) {
      throw new TableException(
          at(rowNumber, column) + "超过单元格字数上限：最多 " + limits.maxCellChars() + " 个字符");
    }
  }

  /** The table of the cells added so far. */
  Table build() {
    flush();
    if (rows.isEmpty()) {
      return new Table(List.of(), List.of());
    }
    return new Table(rows.get(0).cells(), List.copyOf(rows.subList(1, rows.size())));
  }

  private void flush() {
    if (current.isEmpty()) {
      return;
    }
    List<String> row = List.copyOf(current);
    current.clear();
    int last = rows.size() - 1;
    if (last < 0 || rows.get(last).number() < currentNumber) {
      rows.add(new Table.Row(currentNumber, row));
      cells += row.size();
    } else {
      merge(row);
    }
    if (rows.size() - 1 > limits.maxRows()) {
      throw new TableException("数据行数超过上限：最多 " + limits.maxRows() + " 行（不含表头），请拆分后上传");
    }
    if (cells > limits.maxCells()) {
      throw new TableException("单元格总数超过上限：最多 " + limits.maxCells() + " 个，请拆分后上传");
    }
  }

  /**
   * A row whose number is not after the last one read: into its place, or into its earlier self.
   */
  private void merge(List<String> row) {
    int low = 0;
    int high = rows.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int number = rows.get(middle).number();
      if (number < currentNumber) {
        low = middle + 1;
      } else if (number > currentNumber) {
        high = middle - 1;
      } else {
        List<String> merged = new ArrayList<>(rows.get(middle).cells());
        for (int c = 0; c < row.size(); c++) {
          if (!row.get(c).isEmpty()) {
            while (merged.size() <= c) {
              merged.add("");
            }
            merged.set(c, row.get(c));
          }
        }
        cells += merged.size() - rows.get(middle).cells().size();
        rows.set(middle, new Table.Row(currentNumber, List.copyOf(merged)));
        return;
      }
    }
    rows.add(low, new Table.Row(currentNumber, row));
    cells += row.size();
  }

  /** Where a cell is, as a spreadsheet user reads it: {@code 第 3 行 B 列}. */
  static String at(int rowNumber, int column) {
    return "第 " + rowNumber + " 行 " + columnName(column) + " 列";
  }

  /**
   * The column's letters, {@code A} for 0, {@code XFD} for 16383 (and on beyond a sheet's width).
   */
  static String columnName(int column) {
    if (column < 0) {
      return "?";
    }
    StringBuilder letters = new StringBuilder();
    for (long n = column + 1L; n > 0; n = (n - 1) / 26) {
      letters.append((char) ('A' + (n - 1) % 26));
    }
    return letters.reverse().toString();
  }
}
