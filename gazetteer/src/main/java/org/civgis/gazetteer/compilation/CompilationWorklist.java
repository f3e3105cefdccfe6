package org.civgis.gazetteer.compilation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.compilation.DictionaryEntry.Gap;

/**
 * What the book cannot say yet (the editors' to-do list): the entries that lack 含义/由来, 历史沿革,
 * surveyed coordinates or romanization, in book order, and the counts per county.
 *
 * @param items the entries with at least one gap, in book order
 * @param counties the counts per county (county code → counts), in code order
 */
public record CompilationWorklist(List<DictionaryEntry> items, Map<String, CountyCounts> counties) {

  /**
   * The counts of one county.
   *
   * @param countyCode the county's code ({@code null} for names above county level)
   * @param countyName its name
   * @param entries entries of the county in the book
   * @param complete entries without a gap
   * @param lacking entries lacking each field
   */
  public record CountyCounts(
      String countyCode, String countyName, int entries, int complete, Map<Gap, Integer> lacking) {}

  /** The worklist of {@code book}. */
  public static CompilationWorklist of(PlaceNameDictionary book, Map<String, DivisionFacts> facts) {
    List<DictionaryEntry> items = new ArrayList<>();
    Map<String, int[]> totals = new java.util.TreeMap<>();
    Map<String, Map<Gap, Integer>> lacking = new LinkedHashMap<>();
    for (DictionaryEntry entry : book.entries()) {
      String county = entry.countyCode() == null ? entry.divisionCode() : entry.countyCode();
      int[] t = totals.computeIfAbsent(county, c -> new int[2]);
      t[0]++;
      Map<Gap, Integer> gaps =
          lacking.computeIfAbsent(
              county,
              c -> {
                Map<Gap, Integer> m = new EnumMap<>(Gap.class);
                for (Gap g : Gap.values()) {
                  m.put(g, 0);
                }
                return m;
              });
      if (entry.gaps().isEmpty()) {
        t[1]++;
      } else {
        items.add(entry);
        entry.gaps().forEach(g -> gaps.merge(g, 1, Integer::sum));
      }
    }
    Map<String, CountyCounts> counties = new LinkedHashMap<>();
    for (Map.Entry<String, int[]> e : totals.entrySet()) {
      DivisionFacts f = facts.get(e.getKey());
      counties.put(
          e.getKey(),
          new CountyCounts(
              e.getKey(),
              f == null ? e.getKey() : f.name(),
              e.getValue()[0],
              e.getValue()[1],
              lacking.get(e.getKey())));
    }
    return new CompilationWorklist(items, counties);
  }
}
