package org.civgis.data.changji;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A UTF-8 CSV file with a header row, read whole, with helpers that turn bad values into {@link
 * DataFileException}s naming the file and line.
 */
final class CsvTable {
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");

  final String file;
  final List<String> headerNames;
  final List<Row> rows;

  private CsvTable(String file, List<String> headerNames, List<Row> rows) {
    this.file = file;
    this.headerNames = headerNames;
    this.rows = rows;
  }

  /** Reads {@code file}; its header must contain {@code requiredColumns}. */
  static CsvTable read(DataFiles files, String file, String... requiredColumns) {
    String text = decodeUtf8(file, files.read(file));
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (String column : requiredColumns) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new DataFileException(file, "line 1", "header lacks the column \"" + column + "\"");
        }
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        // header is line 1; records count from 1 without blank lines, which CSV does not allow
        rows.add(new Row(file, record.getRecordNumber() + 1, record));
      }
      return new CsvTable(file, List.copyOf(parser.getHeaderNames()), rows);
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new DataFileException(file, null, "not a valid CSV file: " + e.getMessage());
    }
  }

  private static String decodeUtf8(String file, byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new DataFileException(file, null, "not UTF-8 (GBK files must be converted first)");
    }
  }

  /** One record and its line number. */
  record Row(String file, long line, CSVRecord record) {

    DataFileException problem(String reason) {
      return new DataFileException(file, "line " + line, reason);
    }

    String text(String column) {
      if (!record.isSet(column)) {
        throw problem("the column \"" + column + "\" is missing");
      }
      String value = record.get(column);
      if (value.isEmpty()) {
        throw problem("the column \"" + column + "\" is empty");
      }
      return value;
    }

    String optionalText(String column) {
      return record.isSet(column) && !record.get(column).isEmpty() ? record.get(column) : null;
    }

    String digits(String column, int count) {
      String value = text(column);
      if (value.length() != count || !DIGITS.matcher(value).matches()) {
        throw problem(column + " \"" + value + "\" is not " + count + " digits");
      }
      return value;
    }

    int integer(String column, int min, int max) {
      String value = text(column);
      try {
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
          throw problem(column + " " + number + " is not between " + min + " and " + max);
        }
        return number;
      } catch (NumberFormatException e) {
        throw problem(column + " \"" + value + "\" is not a whole number");
      }
    }

    double number(String column, double min, double max) {
      String value = text(column);
      try {
        double number = Double.parseDouble(value);
        if (!(number >= min && number <= max)) {
          throw problem(column + " " + value + " is not between " + min + " and " + max);
        }
        return number;
      } catch (NumberFormatException e) {
        throw problem(column + " \"" + value + "\" is not a number");
      }
    }
  }
}
