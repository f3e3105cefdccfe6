package org.civgis.gazetteer.placename.romanization;

import com.github.houbb.pinyin.constant.enums.PinyinStyleEnum;
import com.github.houbb.pinyin.util.PinyinHelper;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How alike two characters sound, for ranking typos: every toneless reading of a character (a
 * polyphone has several: 栖 qī and xī) from the pinyin library and the place-name polyphone
 * dictionary.
 *
 * <p>Holds: {@link #similarity} is 1 for characters that share a toneless reading (东 冬 动), {@link
 * #NEAR} for near-homophones (a front or back nasal, a retroflex or flat initial, n or l: 林 lin and
 * 陵 ling, 宗 zong and 中 zhong), 0 otherwise; it is symmetric. Thread-safe.
 */
public final class CharacterSounds {
  /** The similarity of near-homophones. */
  public static final double NEAR = 0.7;

  private static final Map READINGS = new Map();

  private CharacterSounds() {}

  /** 1 for a homophone, {@link #NEAR} for a near-homophone, 0 otherwise (also for non-Han). */
  public static double similarity(char a, char b) {
    if (a == b) {
      return 1;
    }
    Set<String> ra = READINGS.of(a);
    Set<String> rb = READINGS.of(b);
    if (ra.isEmpty() || rb.isEmpty()) {
      return 0;
    }
    for (String x : ra) {
      if (rb.contains(x)) {
        return 1;
      }
    }
    for (String x : ra) {
      for (String y : rb) {
        if (fold(x).equals(fold(y))) {
          return NEAR;
        }
      }
    }
    return 0;
  }

  /** The toneless readings of a character, empty for a character that is not Han. */
  public static Set<String> readings(char c) {
    return READINGS.of(c);
  }

  /** A syllable with the distinctions that are often not heard taken out. */
  static String fold(String syllable) {
    String s = syllable.replace('ü', 'v');
    if (s.startsWith("zh") || s.startsWith("ch") || s.startsWith("sh")) {
      s = s.charAt(0) + s.substring(2);
    }
    if (s.startsWith("l")) {
      s = "n" + s.substring(1);
    }
    if (s.endsWith("ng") && s.length() > 2 && s.charAt(s.length() - 3) != 'o') {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Readings by character, computed once. */
  private static final class Map {
    private final ConcurrentHashMap<Character, Set<String>> cache = new ConcurrentHashMap<>();
    private final PolyphoneDictionary dictionary = PolyphoneDictionary.standard();

    Set<String> of(char c) {
      return cache.computeIfAbsent(c, this::compute);
    }

    private Set<String> compute(char c) {
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
        return Set.of();
      }
      Set<String> out = new LinkedHashSet<>();
      List<String> library = PinyinHelper.toPinyinList(c, PinyinStyleEnum.NORMAL);
      if (library != null) {
        for (String r : library) {
          out.add(Syllables.toneless(r).replace("v", "ü"));
        }
      }
      dictionary
          .longestAt(List.of(String.valueOf(c)), 0)
          .ifPresent(e -> out.add(Syllables.toneless(e.reading().get(0))));
      return Set.copyOf(out);
    }
  }
}
