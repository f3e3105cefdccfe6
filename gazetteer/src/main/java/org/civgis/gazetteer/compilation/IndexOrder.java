package org.civgis.gazetteer.compilation;

import com.ibm.icu.text.AlphabeticIndex;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two orders of a dictionary's indexes: ICU's Chinese pinyin collation (音序) and its stroke
 * collation (笔画: total strokes, then the strokes in order), with the headings a printed index
 * groups by (the initial letter; the number of strokes).
 *
 * <p>Implementation note: ICU collators are not thread-safe; each call makes its own (cheap from
 * ICU's cache).
 */
public enum IndexOrder {
  PINYIN("zh@collation=pinyin", "音序索引"),
  STROKE("zh@collation=stroke", "笔画索引");

  private final ULocale locale;
  private final String title;

  IndexOrder(String locale, String title) {
    this.locale = new ULocale(locale);
    this.title = title;
  }

  /** The index's title, e.g. 音序索引. */
  public String title() {
    return title;
  }

  /** A fresh collator of this order. */
  public Collator collator() {
    return Collator.getInstance(locale);
  }

  /** Entries in this order by standard name, ties by place-name code. */
  public Comparator<DictionaryEntry> entries() {
    Collator collator = collator();
    return Comparator.comparing(DictionaryEntry::standardName, collator::compare)
        .thenComparing(DictionaryEntry::code);
  }

  /**
   * {@code entries} in this order, grouped under their index headings (A, B … for pinyin; 1画, 2画 …
   * for strokes), the headings in order.
   */
  public Map<String, List<DictionaryEntry>> grouped(List<DictionaryEntry> entries) {
    AlphabeticIndex<DictionaryEntry> index = new AlphabeticIndex<>(locale);
    for (DictionaryEntry entry : entries) {
      index.addRecord(entry.standardName(), entry);
    }
    Comparator<DictionaryEntry> order = entries();
    Map<String, List<DictionaryEntry>> grouped = new LinkedHashMap<>();
    for (AlphabeticIndex.Bucket<DictionaryEntry> bucket : index) {
      if (bucket.size() == 0) {
        continue;
      }
      List<DictionaryEntry> inBucket = new ArrayList<>();
      bucket.forEach(record -> inBucket.add(record.getData()));
      inBucket.sort(order);
      // ICU labels stroke buckets in traditional characters (1劃); the book is in simplified ones
      String label = bucket.getLabel().replace('劃', '画');
      grouped
          .computeIfAbsent(label.isBlank() ? "其他" : label, l -> new ArrayList<>())
          .addAll(inBucket);
    }
    return grouped;
  }
}
