package org.civgis.web.tabular;

/**
 * How large an uploaded table may be. Every limit is checked while the file is read, so a file
 * beyond one is refused as soon as the reader reaches it, never after it has been held.
 *
 * @param maxRows data rows (non-empty rows after the header row)
 * @param maxColumns columns: a non-empty cell right of the last one is refused (empty cells are
 *     ignored wherever they are)
 * @param maxCells cells held: each row counts up to its last non-empty cell
 * @param maxCellChars characters of one cell (Excel's own limit is 32,767)
 * @param maxChars characters of all cells together (for XLSX also of the shared strings)
 */
public record TableLimits(
    int maxRows, int maxColumns, long maxCells, int maxCellChars, long maxChars) {

  /** Excel's most characters in a cell. */
  public static final int EXCEL_CELL_CHARS = 32_767;

  public TableLimits {
    if (maxRows < 1 || maxColumns < 1 || maxCells < 1 || maxCellChars < 1 || maxChars < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
