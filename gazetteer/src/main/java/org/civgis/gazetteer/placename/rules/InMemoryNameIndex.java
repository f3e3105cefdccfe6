package org.civgis.gazetteer.placename.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link NameIndex} held in memory: for tests, and for a batch over names already loaded.
 *
 * <p>What holds: it indexes each added candidate by its county, its major class, its normalised
 * name and its toneless pinyin, computed with the {@link NameKeys} it was made with; a candidate
 * without an id cannot be added. Not thread-safe while names are being added.
 */
public final class InMemoryNameIndex implements NameIndex {
  private final NameKeys keys;
  private final Map<String, List<IndexedName>> byName = new HashMap<>();
  private final Map<String, List<IndexedName>> byPinyin = new HashMap<>();

  public InMemoryNameIndex(NameKeys keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** An index of {@code candidates}. */
  public static InMemoryNameIndex of(Collection<NameCandidate> candidates, NameKeys keys) {
    InMemoryNameIndex index = new InMemoryNameIndex(keys);
    candidates.forEach(index::add);
    return index;
  }

  /** Adds {@code candidate}, which must have an id. */
  public InMemoryNameIndex add(NameCandidate candidate) {
    if (candidate.id() == null) {
      throw new IllegalArgumentException("only a stored name (with an id) can be indexed");
    }
    IndexedName entry = new IndexedName(candidate.id(), candidate.name(), candidate.category());
    PlaceCategory major = candidate.category().major();
    String county = candidate.countyCode();
    byName
        .computeIfAbsent(
            key(county, major, keys.normalize(candidate.name())), k -> new ArrayList<>())
        .add(entry);
    String pinyin = keys.tonelessPinyin(candidate.name());
    if (!pinyin.isEmpty()) {
      byPinyin.computeIfAbsent(key(county, major, pinyin), k -> new ArrayList<>()).add(entry);
    }
    return this;
  }

  @Override
  public List<IndexedName> byNormalizedName(
      String countyCode, PlaceCategory majorClass, String normalizedName) {
    return List.copyOf(byName.getOrDefault(key(countyCode, majorClass, normalizedName), List.of()));
  }

  @Override
  public List<IndexedName> byTonelessPinyin(
      String countyCode, PlaceCategory majorClass, String tonelessPinyin) {
    return List.copyOf(
        byPinyin.getOrDefault(key(countyCode, majorClass, tonelessPinyin), List.of()));
  }

  private static String key(String county, PlaceCategory major, String value) {
    return county + '|' + major.major().code() + '|' + value;
  }
}
