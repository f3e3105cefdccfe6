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
 * <p>How a division becomes a candidate:
 *
 * <ul>
 *   <li>Level 2 → 地级行政区, level 3 → 县级行政区; their county code is their own code.
 *   <li>Level 4 with a township code 0xx–3xx (街道, 镇, 乡) → 乡级行政区; with 4xx–5xx (开发区, 农场, 兵团 团场, 林场
 *       and other units like a township) → the major class 非行政区域.
 *   <li>Level 5: the committee suffix (居民委员会, 居委会, 委员会, 村民委员会, 村委会, 村民委会, 村民委员) is dropped, the
 *       place name being what is left; a name ending in 社区 → 社区; a name ending in 村, or a 村
 *       committee (西沟村委会 → 西沟村) → 村; anything else (兵团 连队 生活区, 管理区, 河西居委会) → the major class
 *       群众自治组织. The county code is the first six digits of the code.
 * </ul>
 */
final class ChangjiDivisions {
  private static final List<String> VILLAGE_COMMITTEE = List.of("村民委员会", "村民委会", "村民委员", "村委会");
  private static final List<String> OTHER_COMMITTEE = List.of("居民委员会", "居委会", "委员会");

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
    return switch (d.level()) {
      case 2 ->
          NameCandidate.of(d.code(), d.name(), PlaceCategory.PREFECTURE_LEVEL_DIVISION, county);
      case 3 -> NameCandidate.of(d.code(), d.name(), PlaceCategory.COUNTY_LEVEL_DIVISION, county);
      case 4 -> {
        char kind = d.code().charAt(6);
        PlaceCategory category =
            kind <= '3'
                ? PlaceCategory.TOWNSHIP_LEVEL_DIVISION
                : PlaceCategory.NON_ADMINISTRATIVE_AREA;
        yield NameCandidate.of(d.code(), d.name(), category, county);
      }
      default -> village(d, county);
    };
  }

  private static NameCandidate village(Division d, String county) {
    String name = d.name();
    for (String suffix : VILLAGE_COMMITTEE) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        String place = name.substring(0, name.length() - suffix.length());
        place = place.endsWith("村") ? place : place + "村";
        return NameCandidate.of(d.code(), place, PlaceCategory.VILLAGE, county);
      }
    }
    for (String suffix : OTHER_COMMITTEE) {
      if (name.endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
        break;
      }
    }
    PlaceCategory category =
        name.endsWith("社区")
            ? PlaceCategory.COMMUNITY
            : name.endsWith("村")
                ? PlaceCategory.VILLAGE
                : PlaceCategory.SELF_GOVERNING_ORGANIZATION;
    return NameCandidate.of(d.code(), name, category, county);
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
