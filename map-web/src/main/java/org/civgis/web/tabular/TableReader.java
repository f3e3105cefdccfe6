package org.civgis.web.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a table file of any kind users upload: XLSX, legacy XLS or CSV (UTF-8), the first sheet of
 * a workbook. The content decides the kind (a zip is XLSX, an OLE2 compound file is XLS, anything
 * else CSV); a file named {@code .xlsx} or {@code .xls} that is neither is refused rather than read
 * as text.
 *
 * <p>Every reader is a stream reader under the same {@link TableLimits}; see {@link
 * XlsxTableReader}, {@link XlsTableReader} and {@link CsvTableReader} for what each holds.
 */
public final class TableReader {
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  private TableReader() {}

  /** The kinds of table file. */
  public enum Kind {
    CSV,
    XLSX,
    XLS
  }

  /**
   * The table in {@code file}.
   *
   * @param fileName the name the user gave the file (only to refuse a workbook that is none)
   * @throws TableException when the file cannot be read or exceeds a limit
   */
  public static Table read(Path file, String fileName, TableLimits limits) {
    return switch (kind(file, fileName)) {
      case XLSX -> XlsxTableReader.read(file, limits);
      case XLS -> XlsTableReader.read(file, limits);
      case CSV -> CsvTableReader.read(file, limits);
    };
  }

  /** The kind of {@code file} by its first bytes. */
  static Kind kind(Path file, String fileName) {
    byte[] head = new byte[8];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      throw new TableException("文件无法读取：" + e.getMessage(), e);
    }
    if (n >= ZIP.length && Arrays.equals(head, 0, ZIP.length, ZIP, 0, ZIP.length)) {
      return Kind.XLSX;
    }
    if (n == OLE2.length && Arrays.equals(head, OLE2)) {
      return Kind.XLS;
    }
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
      throw new TableException("文件名为 Excel 工作簿，内容却不是（.xlsx 或 .xls）");
    }
    return Kind.CSV;
  }
}
