package org.civgis.gazetteer.compilation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.gazetteer.compilation.CompilationRepository.NameRecord;
import org.civgis.gazetteer.compilation.DictionaryEntry.Gap;
import org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer;
import org.civgis.gazetteer.placename.rules.PlaceCategory;

/**
 * Compiles the book of a division as of a day from the library (see the package contract).
 *
 * <ol>
 *   <li>Reads the names under the division announced on or before the day.
 *   <li>Those valid on the day become entries: fields from the record, the pinyin with tones from
 *       the place-name romanizer, 历史沿革 from the record and the names it superseded, 面积 and
 *       population from the division facts.
 *   <li>Orders them by section (county, township), category, pinyin, code.
 *   <li>The others (use ended by the day) become the former names, with their successors.
 * </ol>
 */
public final class DictionaryCompiler {
  private final CompilationRepository repository;
  private final PlaceNameRomanizer romanizer;

  public DictionaryCompiler(CompilationRepository repository, PlaceNameRomanizer romanizer) {
    this.repository = repository;
    this.romanizer = romanizer;
  }

  /**
   * The book of {@code division} on {@code day}.
   *
   * @param division the prefecture or county (12 digits) the book covers
   * @param divisionPrefix the leading digits every code under it shares, e.g. 652302
   * @param facts the divisions on the day by code: the division, its ancestors and everything under
   *     it
   */
  public PlaceNameDictionary compile(
      String division, String divisionPrefix, LocalDate day, Map<String, DivisionFacts> facts) {
    List<NameRecord> records = repository.standardNamesUpTo(divisionPrefix, day);
    Map<Long, NameRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.id(), r));

    List<DictionaryEntry> entries = new ArrayList<>();
    List<NameRecord> ended = new ArrayList<>();
    for (NameRecord record : records) {
      if (record.isValidOn(day)) {
        entries.add(entry(record, byId, facts));
      } else if (record.validTo() != null && !record.validTo().isAfter(day)) {
        ended.add(record);
      }
    }
    var pinyin = IndexOrder.PINYIN.collator();
    entries.sort(
        Comparator.comparing(DictionaryEntry::groupCode)
            .thenComparing(DictionaryEntry::categoryCode)
            .thenComparing(DictionaryEntry::standardName, pinyin::compare)
            .thenComparing(DictionaryEntry::code));
    Map<String, String> sections = new LinkedHashMap<>();
    for (DictionaryEntry entry : entries) {
      sections.computeIfAbsent(entry.groupCode(), code -> sectionName(code, facts));
    }
    DivisionFacts self = facts.get(division);
    return new PlaceNameDictionary(
        division,
        self == null ? division : self.name(),
        day,
        entries,
        sections,
        formerNames(ended, records, day));
  }

  private DictionaryEntry entry(
      NameRecord record, Map<Long, NameRecord> byId, Map<String, DivisionFacts> facts) {
    String code12 = record.divisionCode();
    boolean division = record.categoryCode().startsWith("04");
    DivisionFacts own = division ? facts.get(code12) : null;
    String countyCode = level(code12) >= 3 ? code12.substring(0, 6) + "000000" : null;
    String groupCode = groupOf(code12);
    String placedIn;
    DivisionFacts parent;
    if (division) {
      parent = own != null && own.parentCode() != null ? facts.get(own.parentCode()) : null;
      placedIn = parent == null ? "" : parent.name();
    } else {
      parent = null;
      placedIn = placedIn(code12, facts);
    }
    String toned;
    try {
      toned = romanizer.romanize(record.standardName()).tonedPinyin();
    } catch (RuntimeException e) {
      toned = null; // Latin letters, brackets: the rules cannot spell it
    }
    String romanization =
        record.officialTransliteration() != null
            ? record.officialTransliteration()
            : record.romanization();
    String meaningOrigin = EntryTexts.meaningOrigin(record);
    String history = EntryTexts.history(record, byId);
    Set<Gap> gaps = EnumSet.noneOf(Gap.class);
    if (meaningOrigin == null) {
      gaps.add(Gap.MEANING_ORIGIN);
    }
    if (history == null) {
      gaps.add(Gap.HISTORY);
    }
    boolean hasPoint = !Double.isNaN(record.lon());
    if (!hasPoint || record.geometryGenerated()) {
      gaps.add(Gap.COORDINATES);
    }
    if (romanization == null || romanization.isBlank()) {
      gaps.add(Gap.ROMANIZATION);
    }
    return new DictionaryEntry(
        record.id(),
        record.code(),
        record.standardName(),
        toned,
        romanization,
        record.categoryCode(),
        categoryName(record.categoryCode()),
        code12,
        countyCode,
        placedIn,
        record.lon(),
        record.lat(),
        record.geometryGenerated(),
        EntryTexts.location(
            record.lon(), record.lat(), record.geometryGenerated(), placedIn, parent),
        meaningOrigin,
        history,
        own == null ? null : own.areaKm2(),
        own == null ? null : own.population2020(),
        groupCode,
        gaps);
  }

  /** county · township a feature lies in, by its division code. */
  private static String placedIn(String code12, Map<String, DivisionFacts> facts) {
    List<String> names = new ArrayList<>();
    int level = level(code12);
    if (level >= 3) {
      names.add(nameOf(code12.substring(0, 6) + "000000", facts));
    } else if (level == 2) {
      names.add(nameOf(code12, facts));
    }
    if (level >= 4) {
      names.add(nameOf(code12.substring(0, 9) + "000", facts));
    }
    return String.join(" · ", names);
  }

  private static String nameOf(String code, Map<String, DivisionFacts> facts) {
    DivisionFacts f = facts.get(code);
    return f == null ? code : f.name();
  }

  private static String sectionName(String code, Map<String, DivisionFacts> facts) {
    if (level(code) == 4) {
      return nameOf(code.substring(0, 6) + "000000", facts) + " · " + nameOf(code, facts);
    }
    return nameOf(code, facts);
  }

  /** The section an entry is printed in: its township, else its county, else its prefecture. */
  static String groupOf(String code12) {
    int level = level(code12);
    if (level >= 4) {
      return code12.substring(0, 9) + "000";
    }
    if (level == 3) {
      return code12.substring(0, 6) + "000000";
    }
    return code12.substring(0, 4) + "00000000";
  }

  /** 1 province … 5 village, from the code's significant digits. */
  static int level(String code12) {
    if (!code12.substring(9).equals("000")) {
      return 5;
    }
    if (!code12.substring(6, 9).equals("000")) {
      return 4;
    }
    if (!code12.substring(4, 6).equals("00")) {
      return 3;
    }
    return code12.substring(2, 4).equals("00") ? 1 : 2;
  }

  private static String categoryName(String code) {
    try {
      return PlaceCategory.fromCode(code).chineseName();
    } catch (IllegalArgumentException e) {
      try {
        return PlaceCategory.fromCode(code.substring(0, 2)).chineseName();
      } catch (IllegalArgumentException again) {
        return code;
      }
    }
  }

  private static List<FormerName> formerNames(
      List<NameRecord> ended, List<NameRecord> all, LocalDate day) {
    Map<Long, NameRecord> successorOf = new HashMap<>();
    for (NameRecord r : all) {
      if (r.supersedesId() != null) {
        successorOf.put(r.supersedesId(), r);
      }
    }
    var pinyin = IndexOrder.PINYIN.collator();
    List<FormerName> out = new ArrayList<>();
    for (NameRecord r : ended) {
      NameRecord next = successorOf.get(r.id());
      out.add(
          new FormerName(
              r.standardName(),
              r.code(),
              r.validFrom(),
              r.validTo(),
              "RENAMED".equals(r.status()) ? "更名" : "注销",
              next == null ? null : next.standardName()));
    }
    out.sort(
        Comparator.comparing(FormerName::name, pinyin::compare).thenComparing(FormerName::code));
    return out;
  }
}
