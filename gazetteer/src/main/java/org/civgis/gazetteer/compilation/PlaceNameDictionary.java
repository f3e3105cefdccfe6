package org.civgis.gazetteer.compilation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled book: the entries of a division as of a day in book order, the divisions whose
 * sections hold them, the former names, and what the book cannot say yet.
 *
 * @param divisionCode the division the book covers (a prefecture or a county)
 * @param divisionName its name on the day
 * @param day the day the book describes (截至)
 * @param entries the entries in book order (division, category, pinyin, code)
 * @param sections the name of each section's division by its code, in book order
 * @param formerNames the names whose use ended on or before the day, in pinyin order
 */
public record PlaceNameDictionary(
    String divisionCode,
    String divisionName,
    LocalDate day,
    List<DictionaryEntry> entries,
    Map<String, String> sections,
    List<FormerName> formerNames) {

  public PlaceNameDictionary {
    entries = List.copyOf(entries);
    sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    formerNames = List.copyOf(formerNames);
  }

  /** The book's title, e.g. 阜康市标准地名词典. */
  public String title(Product product) {
    return divisionName + product.titleSuffix();
  }

  /** The entries in the order of {@code order}. */
  public List<DictionaryEntry> index(IndexOrder order) {
    List<DictionaryEntry> sorted = new ArrayList<>(entries);
    sorted.sort(order.entries());
    return sorted;
  }

  /** The entries of each section, in book order. */
  public Map<String, List<DictionaryEntry>> bySection() {
    Map<String, List<DictionaryEntry>> out = new LinkedHashMap<>();
    sections.keySet().forEach(code -> out.put(code, new ArrayList<>()));
    for (DictionaryEntry entry : entries) {
      out.computeIfAbsent(entry.groupCode(), c -> new ArrayList<>()).add(entry);
    }
    return out;
  }

  /** The books compiled from the library. */
  public enum Product {
    DICTIONARY("dictionary", "标准地名词典"),
    GAZETTE("gazette", "标准地名志");

    private final String id;
    private final String titleSuffix;

    Product(String id, String titleSuffix) {
      this.id = id;
      this.titleSuffix = titleSuffix;
    }

    public String id() {
      return id;
    }

    public String titleSuffix() {
      return titleSuffix;
    }

    /** The product named {@code id}, or {@code null}. */
    public static Product of(String id) {
      for (Product p : values()) {
        if (p.id.equalsIgnoreCase(id)) {
          return p;
        }
      }
      return null;
    }
  }
}
