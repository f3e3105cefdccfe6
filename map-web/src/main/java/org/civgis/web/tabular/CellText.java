package org.civgis.web.tabular;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * A spreadsheet's numeric cell as text: a date-formatted one as {@code yyyy-MM-dd} (with {@code
 * HH:mm:ss} when it has a time of day; a time alone as {@code HH:mm:ss}), any other as Excel shows
 * a number in the General format ({@code 100}, not {@code 100.0}; at most 15 significant digits).
 */
final class CellText {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private CellText() {}

  /**
   * @param formatIndex the cell's number format (built-in index or the workbook's own)
   * @param formatString that format's code, e.g. {@code yyyy/m/d}; {@code null} when unknown
   * @param date1904 whether the workbook counts days from 1904 (old Mac workbooks)
   */
  static String number(double value, int formatIndex, String formatString, boolean date1904) {
    if (formatString != null
        && DateUtil.isADateFormat(formatIndex, formatString)
        && DateUtil.isValidExcelDate(value)) {
      LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
      if (value < 1) {
        return time.toLocalTime().format(TIME);
      }
      return time.toLocalTime().toSecondOfDay() == 0
          ? time.toLocalDate().toString()
          : time.format(DATE_TIME);
    }
    return NumberToTextConverter.toText(value);
  }
}
