package org.civgis.gazetteer.placename.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 1,040 real divisions of 昌吉回族自治州 (data/changji/divisions_2023.csv) as name candidates.
 *
 * <p>Each becomes the candidate of its place name ({@link DivisionPlaceName}); the county code of a
 * township or village is the first six digits of its code.
 */
final class ChangjiDivisions {
  private ChangjiDivisions() {}

  /** A division of the file. */
  record Division(String code, String name, int level) {}

  static List<Division> divisions() {
    Path file = find();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<Division> divisions = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] f = line.split(",");
        divisions.add(new Division(f[0], f[1], Integer.parseInt(f[2])));
      }
      return divisions;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<NameCandidate> candidates() {
    return divisions().stream().map(ChangjiDivisions::candidate).toList();
  }

  static NameCandidate candidate(Division d) {
    String county = d.level() <= 3 ? d.code() : d.code().substring(0, 6) + "000000";
    DivisionPlaceName place = DivisionPlaceName.of(d.code(), d.name(), d.level());
    return NameCandidate.of(d.code(), place.name(), place.category(), county);
  }

  /** The file, found from the module folder or the project folder. */
  private static Path find() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path file = dir.resolve("data/changji/divisions_2023.csv");
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    throw new IllegalStateException(
        "data/changji/divisions_2023.csv not found above the work folder");
  }
}
