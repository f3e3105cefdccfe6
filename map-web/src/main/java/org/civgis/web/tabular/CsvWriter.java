package org.civgis.web.tabular;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The one writer of every CSV file the API hands out (annual update, batch geocoding results,
 * division export).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>RFC 4180: comma-separated, CRLF after each row; a field is quoted (its quotes doubled) when
 *       it holds a comma, a quote, CR or LF, or begins or ends with a space or tab.
 *   <li>No formulas (OWASP "CSV injection"): a text field that begins with {@code = + - @}, a tab,
 *       CR or LF is written with an apostrophe in front and quoted ({@code =HYPERLINK("…")} becomes
 *       {@code "'=HYPERLINK(""…"")"}), so that Excel, WPS and LibreOffice show it as text and never
 *       run it.
 *   <li>Numbers stay numbers: a {@link Number}, and a text field that is nothing but a decimal
 *       number ({@code -12.5}, {@code +3}, {@code 1.5e-3}), is written as it is. Such a field
 *       cannot hold a formula, and a column of coordinates or amounts, ours or the user's own,
 *       stays a column of numbers.
 *   <li>UTF-8, with a byte-order mark when the file is for Excel (which reads Chinese without it as
 *       the local code page).
 * </ol>
 *
 * <p>Known limitations: the apostrophe shows in programs that do not treat it as a text marker;
 * that is the price of the neutralisation (the value is text either way).
 */
public final class CsvWriter {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private final StringBuilder text = new StringBuilder();

  private CsvWriter(boolean byteOrderMark) {
    if (byteOrderMark) {
      text.append('\uFEFF');
    }
  }

  /** A CSV file for Excel: UTF-8 with a byte-order mark. */
  public static CsvWriter forExcel() {
    return new CsvWriter(true);
  }

  /** A CSV file without a byte-order mark (for GIS tools, which expect none). */
  public static CsvWriter plain() {
    return new CsvWriter(false);
  }

  /**
   * Appends a row; {@code null} is an empty field, a {@link Number} a number, anything else text.
   */
  public CsvWriter row(Iterable<?> values) {
    boolean first = true;
    for (Object value : values) {
      if (!first) {
        text.append(',');
      }
      first = false;
      text.append(field(value));
    }
    text.append("\r\n");
    return this;
  }

  /** The file written so far, in UTF-8. */
  public byte[] toBytes() {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@code csv} (RFC 4180, UTF-8, as another program wrote it, e.g. GDAL) written again by this
   * writer: the same rows and fields, every text field under the rules above.
   */
  public static byte[] rewrite(byte[] csv, boolean byteOrderMark) {
    String source = new String(csv, StandardCharsets.UTF_8);
    if (source.startsWith("\uFEFF")) {
      source = source.substring(1);
    }
    CsvWriter writer = new CsvWriter(byteOrderMark);
    try (var parser = CSVFormat.DEFAULT.parse(new StringReader(source))) {
      for (CSVRecord record : parser) {
        List<String> values = new ArrayList<>(record.size());
        record.forEach(values::add);
        writer.row(values);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return writer.toBytes();
  }

  /** One field as it goes into the file. */
  static String field(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Number number) {
      return number.toString();
    }
    String s = value.toString();
    if (s.isEmpty()) {
      return s;
    }
    if (isFormulaStart(s.charAt(0)) && !NUMBER.matcher(s).matches()) {
      return quote("'" + s);
    }
    boolean quote =
        s.charAt(0) == ' '
            || s.charAt(0) == '\t'
            || s.charAt(s.length() - 1) == ' '
            || s.charAt(s.length() - 1) == '\t';
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    return quote ? quote(s) : s;
  }

  private static boolean isFormulaStart(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
  }

  private static String quote(String s) {
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
