package org.civgis.web.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CSV file (RFC 4180: comma, double quotes, CRLF or LF; UTF-8 with or without a byte-order
 * mark) as a stream of characters: each field goes to the {@link TableBuilder} when it ends, and a
 * field, a row or the file beyond a limit is refused while it is read, so a 10 MB line or a million
 * columns never becomes a string or a row.
 *
 * <p>Rows are numbered as a spreadsheet shows the file: one per record, blank lines included. A
 * quote inside an unquoted field, or after a closing quote, is kept as a character (as Excel reads
 * it); a quote left open at the end of the file is refused.
 *
 * <p>Known limitations: other encodings (GBK, which older Excel versions write) are refused rather
 * than guessed.
 */
final class CsvTableReader {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int QUOTE_IN_QUOTED = 3;

  private final TableBuilder table;
  private final StringBuilder field = new StringBuilder();
  private int state = FIELD_START;
  private int record = 1;
  private int column;
  private boolean afterCarriageReturn;

  private CsvTableReader(TableLimits limits) {
    this.table = new TableBuilder(limits);
  }

  static Table read(Path file, TableLimits limits) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, limits);
    } catch (IOException e) {
      throw new TableException("CSV 无法读取：" + e.getMessage(), e);
    }
  }

  static Table read(InputStream in, TableLimits limits) {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    CsvTableReader csv = new CsvTableReader(limits);
    try {
      char[] buffer = new char[8192];
      boolean first = true;
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        for (int i = 0; i < n; i++) {
          if (first) {
            first = false;
            if (buffer[i] == '\uFEFF') {
              continue;
            }
          }
          csv.accept(buffer[i]);
        }
      }
    } catch (CharacterCodingException e) {
      throw new TableException("CSV 不是 UTF-8 编码（在 Excel 中请另存为「CSV UTF-8（逗号分隔）」）", e);
    } catch (IOException e) {
      throw new TableException("CSV 无法读取：" + e.getMessage(), e);
    }
    return csv.finish();
  }

  private void accept(char c) {
    if (afterCarriageReturn) {
      afterCarriageReturn = false;
      if (c == '\n') {
        return;
      }
    }
    switch (state) {
      case QUOTED -> {
        if (c == '"') {
          state = QUOTE_IN_QUOTED;
        } else {
          append(c);
        }
      }
      case QUOTE_IN_QUOTED -> {
        if (c == '"') {
          append(c);
          state = QUOTED;
        } else {
          state = UNQUOTED;
          unquoted(c);
        }
      }
      case FIELD_START -> {
        if (c == '"') {
          state = QUOTED;
        } else {
          state = UNQUOTED;
          unquoted(c);
        }
      }
      default -> unquoted(c);
    }
  }

  private void unquoted(char c) {
    switch (c) {
      case ',' -> endField();
      case '\n' -> endRecord();
      case '\r' -> {
        endRecord();
        afterCarriageReturn = true;
      }
      default -> append(c);
    }
  }

  private void append(char c) {
    field.append(c);
    if (field.length() > table.limits().maxCellChars()) {
      table.checkCellLength(record, column, field.length());
    }
  }

  private void endField() {
    table.cell(record, column, field.toString());
    field.setLength(0);
    column++;
    state = FIELD_START;
  }

  private void endRecord() {
    endField();
    record++;
    column = 0;
  }

  private Table finish() {
    if (state == QUOTED) {
      throw new TableException(TableBuilder.at(record, column) + "的引号没有闭合（直到文件末尾）");
    }
    if (state != FIELD_START || column > 0) {
      endField();
    }
    return table.build();
  }
}
