package org.civgis.gazetteer.placename.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Strings in sorted order with an int each, for exact and prefix lookups by binary search. */
final class SortedKeys {
  private final String[] keys;
  private final int[] ids;

  private SortedKeys(String[] keys, int[] ids) {
    this.keys = keys;
    this.ids = ids;
  }

  int size() {
    return keys.length;
  }

  String key(int i) {
    return keys[i];
  }

  int id(int i) {
    return ids[i];
  }

  /** The first position whose key is ≥ {@code prefix}. */
  int lowerBound(String prefix) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid].compareTo(prefix) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static final class Builder {
    private final List<String> keys = new ArrayList<>();
    private final List<Integer> ids = new ArrayList<>();
    // one String per distinct key: many names share a key (xincun, xdc)
    private final Map<String, String> distinct = new HashMap<>();

    void add(String key, int id) {
      keys.add(distinct.computeIfAbsent(key, k -> k));
      ids.add(id);
    }

    SortedKeys build() {
      Integer[] order = new Integer[keys.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> keys.get(a).compareTo(keys.get(b)));
      String[] sortedKeys = new String[order.length];
      int[] sortedIds = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        sortedKeys[i] = keys.get(order[i]);
        sortedIds[i] = ids.get(order[i]);
      }
      return new SortedKeys(sortedKeys, sortedIds);
    }
  }
}
