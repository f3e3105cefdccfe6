package org.civgis.gazetteer.placename.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civgis.gazetteer.placename.romanization.CharacterSounds;

/**
 * An in-memory index of names for {@link #search}; see the package contract.
 *
 * <p>Implementation note: prefix and exact matches use sorted key arrays (binary search); parts of
 * a name use a sorted array of character-bigram hashes; one wrong character uses the
 * single-deletion neighbourhood of every key (the key and the key without each of its characters),
 * hashed into a sorted {@code long[]} — two strings within one edit share an entry of their
 * neighbourhoods. Hashes and entry numbers share one {@code long} (43 + 21 bits) so that the arrays
 * sort as primitives; a hash hit is always verified.
 */
public final class NameSearchIndex {
  private static final int ID_BITS = 21;
  private static final long ID_MASK = (1L << ID_BITS) - 1;
  private static final int FORMER = 1 << 30;
  private static final int ALTERNATE = 1 << 29;

  /** How many candidates each kind of match looks at, at most. */
  static final int CANDIDATES_PER_KIND = 2000;

  private final SearchEntry[] entries;
  private final SortedKeys names;
  private final SortedKeys pinyin;
  private final SortedKeys initials;
  private final long[] bigrams;
  private final long[] neighbourhoods;

  private NameSearchIndex(
      SearchEntry[] entries,
      SortedKeys names,
      SortedKeys pinyin,
      SortedKeys initials,
      long[] bigrams,
      long[] neighbourhoods) {
    this.entries = entries;
    this.names = names;
    this.pinyin = pinyin;
    this.initials = initials;
    this.bigrams = bigrams;
    this.neighbourhoods = neighbourhoods;
  }

  /**
   * Builds the index; entries without pinyin keys get them computed ({@link PinyinKeys}), and every
   * entry is found by its displayed romanization too.
   */
  public static NameSearchIndex build(List<SearchEntry> list) {
    if (list.size() > ID_MASK) {
      throw new IllegalArgumentException("at most " + ID_MASK + " names per index");
    }
    SearchEntry[] entries = new SearchEntry[list.size()];
    SortedKeys.Builder names = new SortedKeys.Builder();
    SortedKeys.Builder pinyin = new SortedKeys.Builder();
    SortedKeys.Builder initials = new SortedKeys.Builder();
    LongList bigrams = new LongList();
    LongList neighbourhoods = new LongList();
    for (int i = 0; i < entries.length; i++) {
      SearchEntry e = list.get(i);
      // the keys live in the sorted arrays; the entry kept for the hits does without them
      entries[i] = e.pinyin() == null && e.initials() == null ? e : e.withoutKeys();
      String[] keys =
          e.pinyin() == null || e.initials() == null
              ? PinyinKeys.of(e.name(), e.romanization())
              : new String[] {e.pinyin(), e.initials()};
      String shown = romanizationKey(e.romanization());
      addKey(
          i,
          normalize(e.name()),
          shown == null ? keys[0] : shown + " " + keys[0],
          keys[1],
          names,
          pinyin,
          initials,
          bigrams,
          neighbourhoods);
      for (String former : e.formerNames()) {
        String[] formerKeys = PinyinKeys.of(former);
        addKey(
            i | FORMER,
            normalize(former),
            formerKeys[0],
            formerKeys[1],
            names,
            pinyin,
            initials,
            bigrams,
            neighbourhoods);
      }
    }
    return new NameSearchIndex(
        entries,
        names.build(),
        pinyin.build(),
        initials.build(),
        bigrams.sorted(),
        neighbourhoods.sorted());
  }

  private static void addKey(
      int id,
      String key,
      String keyPinyin,
      String keyInitials,
      SortedKeys.Builder names,
      SortedKeys.Builder pinyin,
      SortedKeys.Builder initials,
      LongList bigrams,
      LongList neighbourhoods) {
    if (key.isEmpty()) {
      return;
    }
    names.add(key, id);
    addKeys(keyPinyin, id, pinyin);
    addKeys(keyInitials, id, initials);
    int entry = id & ~FORMER;
    for (int c = 0; c + 1 < key.length(); c++) {
      bigrams.add(pack(hash(key, c, c + 2, -1), entry));
    }
    neighbourhoods.add(pack(hash(key, 0, key.length(), -1), entry));
    if (key.length() >= 2) {
      for (int skip = 0; skip < key.length(); skip++) {
        neighbourhoods.add(pack(hash(key, 0, key.length(), skip), entry));
      }
    }
  }

  /**
   * Each of the keys (separated by spaces, an alternate one marked) once, at most as many as
   * allowed.
   */
  private static void addKeys(String keys, int id, SortedKeys.Builder into) {
    Set<String> seen = new HashSet<>();
    for (String key : keys.split(" ")) {
      boolean alternate = !key.isEmpty() && key.charAt(0) == PinyinKeys.ALTERNATE;
      String k = alternate ? key.substring(1) : key;
      if (!k.isEmpty() && seen.add(k) && seen.size() <= PinyinKeys.MAX_PINYIN + 1) {
        into.add(k, alternate ? id | ALTERNATE : id);
      }
    }
  }

  /** How many names the index holds. */
  public int size() {
    return entries.length;
  }

  /** The best matches of {@code query}, best first. */
  public List<SearchHit> search(SearchQuery query) {
    String q = normalize(query.text());
    if (q.isEmpty()) {
      return List.of();
    }
    Map<Integer, SearchHit> best = new HashMap<>();
    String latin = latinKey(q);
    if (latin != null && !latin.isEmpty()) {
      collect(pinyin, latin, true, 75, 60, query, best);
      collect(initials, latin, true, 70, 55, query, best);
    } else {
      collect(names, q, false, 100, 80, query, best);
      if (q.length() >= 2) {
        contains(q, query, best);
        oneOff(q, query, best);
      }
    }
    List<SearchHit> hits = new ArrayList<>(best.values());
    hits.sort(
        Comparator.comparingInt((SearchHit h) -> -h.score())
            .thenComparing(h -> !h.entry().current())
            .thenComparingInt(h -> h.entry().name().length())
            .thenComparingLong(h -> h.entry().id()));
    return hits.size() > query.limit() ? List.copyOf(hits.subList(0, query.limit())) : hits;
  }

  /** Exact ({@code exactScore}) and prefix ({@code prefixScore} minus extra length) matches. */
  private void collect(
      SortedKeys keys,
      String q,
      boolean alsoFormer,
      int exactScore,
      int prefixScore,
      SearchQuery query,
      Map<Integer, SearchHit> best) {
    int from = keys.lowerBound(q);
    int seen = 0;
    for (int k = from; k < keys.size() && seen < CANDIDATES_PER_KIND; k++, seen++) {
      String key = keys.key(k);
      if (!key.startsWith(q)) {
        break;
      }
      int id = keys.id(k);
      boolean former = (id & FORMER) != 0;
      int penalty = (former ? 10 : 0) + ((id & ALTERNATE) != 0 ? 2 : 0);
      int score =
          key.length() == q.length()
              ? exactScore - penalty
              : prefixScore - Math.min(19, key.length() - q.length()) - penalty;
      int entry = id & ~(FORMER | ALTERNATE);
      offer(entry, score, former ? originalFormer(entry, key) : null, query, best);
    }
  }

  /** Names that contain {@code q}: the rarest bigram's postings, verified. */
  private void contains(String q, SearchQuery query, Map<Integer, SearchHit> best) {
    int rarestFrom = -1;
    int rarestTo = -1;
    for (int c = 0; c + 1 < q.length(); c++) {
      long h = hash(q, c, c + 2, -1);
      int from = lowerBound(bigrams, h);
      int to = lowerBound(bigrams, h + 1);
      if (rarestFrom < 0 || to - from < rarestTo - rarestFrom) {
        rarestFrom = from;
        rarestTo = to;
      }
    }
    int last = Math.min(rarestTo, rarestFrom + CANDIDATES_PER_KIND);
    for (int k = rarestFrom; k < last; k++) {
      int entry = (int) (bigrams[k] & ID_MASK);
      SearchEntry e = entries[entry];
      if (normalize(e.name()).contains(q)) {
        offer(entry, 50, null, query, best);
      } else {
        for (String former : e.formerNames()) {
          if (normalize(former).contains(q)) {
            offer(entry, 40, former, query, best);
            break;
          }
        }
      }
    }
  }

  /** Names one character off {@code q} (a wrong, missing or extra character). */
  private void oneOff(String q, SearchQuery query, Map<Integer, SearchHit> best) {
    int budget = CANDIDATES_PER_KIND;
    for (int skip = -1; skip < q.length() && budget > 0; skip++) {
      long h = hash(q, 0, q.length(), skip);
      for (int k = lowerBound(neighbourhoods, h);
          k < neighbourhoods.length && (neighbourhoods[k] >>> ID_BITS) == h && budget > 0;
          k++, budget--) {
        int entry = (int) (neighbourhoods[k] & ID_MASK);
        SearchEntry e = entries[entry];
        String name = normalize(e.name());
        if (withinOneEdit(q, name)) {
          offer(entry, 35 + typoBonus(q, name), null, query, best);
        } else {
          for (String former : e.formerNames()) {
            String f = normalize(former);
            if (withinOneEdit(q, f)) {
              offer(entry, 30 + typoBonus(q, f), former, query, best);
              break;
            }
          }
        }
      }
    }
  }

  private void offer(
      int entry, int score, String former, SearchQuery query, Map<Integer, SearchHit> best) {
    SearchEntry e = entries[entry];
    if (query.divisionPrefix() != null
        && (e.divisionCode() == null || !e.divisionCode().startsWith(query.divisionPrefix()))) {
      return;
    }
    if (query.categoryCode() != null && !query.categoryCode().equals(e.categoryCode())) {
      return;
    }
    if (query.bbox() != null && !query.bbox().contains(e.lon(), e.lat())) {
      return;
    }
    SearchHit current = best.get(entry);
    if (current == null || current.score() < score) {
      best.put(entry, new SearchHit(e, score, former));
    }
  }

  /**
   * What a one-character difference between {@code q} and {@code name} (of equal length) adds to
   * the score: +3 when the two characters sound the same (冬 for 东), +2 when they sound nearly alike
   * (栖 for 西); −1 when it is the last character, the category word the user typed (新地乡 for 新地村), so
   * that a name with the typed category word ranks first.
   */
  static int typoBonus(String q, String name) {
    if (q.length() != name.length()) {
      return 0;
    }
    int at = 0;
    while (at < q.length() && q.charAt(at) == name.charAt(at)) {
      at++;
    }
    if (at == q.length()) {
      return 0;
    }
    double sound = CharacterSounds.similarity(q.charAt(at), name.charAt(at));
    int bonus = sound >= 1 ? 3 : sound > 0 ? 2 : 0;
    return at == q.length() - 1 ? bonus - 1 : bonus;
  }

  private String originalFormer(int entry, String normalizedKey) {
    List<String> formerNames = entries[entry].formerNames();
    if (formerNames.size() == 1) {
      return formerNames.get(0);
    }
    for (String former : formerNames) {
      if (normalize(former).equals(normalizedKey)) {
        return former;
      }
      String[] keys = PinyinKeys.of(former);
      for (String key : (keys[0] + " " + keys[1]).split(" ")) {
        if (key.replace(String.valueOf(PinyinKeys.ALTERNATE), "").equals(normalizedKey)) {
          return former;
        }
      }
    }
    return normalizedKey;
  }

  // ---- text

  /** NFKC (full-width letters and digits become half-width), lower case, no spaces. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (!Character.isWhitespace(c) && c != '·' && c != '\'') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The romanization as a pinyin key: lower case, ü as v, without tone marks, spaces and
   * apostrophes; {@code null} for none.
   */
  static String romanizationKey(String romanization) {
    if (romanization == null || romanization.isBlank()) {
      return null;
    }
    String key = PinyinKeys.fold(romanization).replace(" ", "").replace("'", "");
    return key.isEmpty() ? null : key;
  }

  /**
   * {@code q} as a pinyin key ({@link #romanizationKey}) if it has no Han character and only Latin
   * letters (with or without tone marks), digits, spaces and apostrophes, else {@code null}.
   */
  private static String latinKey(String q) {
    String decomposed = Normalizer.normalize(q, Normalizer.Form.NFD);
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      boolean mark = c >= '\u0300' && c <= '\u036f';
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || mark || c == '\'' || c == '-')) {
        return null;
      }
    }
    String key = romanizationKey(q);
    return key == null ? "" : key;
  }

  /** Whether {@code a} and {@code b} differ by at most one inserted, deleted or replaced char. */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    int j = 0;
    boolean edited = false;
    while (i < la && j < lb) {
      if (a.charAt(i) == b.charAt(j)) {
        i++;
        j++;
        continue;
      }
      if (edited) {
        return false;
      }
      edited = true;
      if (la > lb) {
        i++;
      } else if (lb > la) {
        j++;
      } else {
        i++;
        j++;
      }
    }
    return !edited || (i == la && j == lb);
  }

  /** FNV-1a over {@code s[from, to)} without the char at {@code skip} (-1: none), 43 bits. */
  private static long hash(String s, int from, int to, int skip) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      if (i == skip) {
        continue;
      }
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h & ((1L << (64 - ID_BITS)) - 1);
  }

  private static long pack(long hash, int entry) {
    return (hash << ID_BITS) | entry;
  }

  /** The first position in {@code sorted} whose hash is ≥ {@code hash}. */
  private static int lowerBound(long[] sorted, long hash) {
    long key = hash << ID_BITS;
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Long.compareUnsigned(sorted[mid], key) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** A growable {@code long[]}. */
  private static final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long[] sorted() {
      long[] out = Arrays.copyOf(values, size);
      // unsigned order, so that the binary search above agrees with it
      for (int i = 0; i < out.length; i++) {
        out[i] ^= Long.MIN_VALUE;
      }
      Arrays.sort(out);
      for (int i = 0; i < out.length; i++) {
        out[i] ^= Long.MIN_VALUE;
      }
      return out;
    }
  }
}
