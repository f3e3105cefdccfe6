package org.civgis.gazetteer.placename.romanization;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes place names in the Latin alphabet by the Chinese place-name orthography: the pinyin of the
 * characters (read through the curated {@link PolyphoneDictionary} before the pinyin library),
 * words divided and capitalised by the rules listed in the package documentation, and the sign form
 * in capitals without tones.
 *
 * <p>Holds: the result depends only on the name, its parts and the dictionary; an official
 * transliteration given by the caller is carried unchanged beside the pinyin and never produced
 * here. Instances are immutable and safe to share.
 */
public final class PlaceNameRomanizer {
  private static final String NUMERALS = "〇零一二三四五六七八九十百";
  private static final String DIGITS = "〇零一二三四五六七八九";

  private final PolyphoneDictionary dictionary;

  public PlaceNameRomanizer(PolyphoneDictionary dictionary) {
    this.dictionary = dictionary;
  }

  /** A romanizer with the project's curated dictionary. */
  public static PlaceNameRomanizer standard() {
    return new PlaceNameRomanizer(PolyphoneDictionary.standard());
  }

  // ---- splitting

  /**
   * Splits a full name into its parts: the committee of a village-level unit is replaced by the
   * place (…社区居民委员会 → …社区, …村村委会 → …村); the generic part is the longest known generic term at the
   * end that leaves a specific part; an ethnic name before 乡, 民族乡 or 自治县/州/区 is its own part; a
   * single-syllable modifier before 路, 街, 巷, 大街 (东西南北中) or before 村 (东西南北中新上下 and the numerals to
   * 十) joins the generic part when two or more characters stay in the specific part. A name with no
   * known generic term is all specific part.
   */
  public NameParts split(String name) {
    String n = requireName(name);
    for (String suffix : GenericTerms.COMMITTEE_SUFFIXES_LONGEST_FIRST) {
      if (n.length() > suffix.length() && n.endsWith(suffix)) {
        n =
            n.substring(0, n.length() - suffix.length())
                + GenericTerms.COMMITTEE_SUFFIXES.get(suffix);
        break;
      }
    }
    Optional<String> found = GenericTerms.longestSuffix(n, GenericTerms.GENERICS);
    if (found.isEmpty()) {
      return NameParts.withoutGeneric(n);
    }
    String generic = found.get();
    String specific = n.substring(0, n.length() - generic.length());
    if (GenericTerms.ETHNIC_GENERICS.contains(generic)) {
      Optional<String> ethnonym = GenericTerms.longestSuffix(specific, GenericTerms.ETHNONYMS);
      if (ethnonym.isPresent()) {
        String rest = specific.substring(0, specific.length() - ethnonym.get().length());
        return new NameParts(rest, ethnonym.get(), generic);
      }
    }
    if (specific.length() >= 3) {
      String last = specific.substring(specific.length() - 1);
      boolean street =
          GenericTerms.MODIFIABLE_STREETS.contains(generic)
              && GenericTerms.STREET_MODIFIERS.contains(last);
      boolean village = generic.equals("村") && GenericTerms.VILLAGE_MODIFIERS.contains(last);
      if (street || village) {
        return NameParts.of(specific.substring(0, specific.length() - 1), last + generic);
      }
    }
    return NameParts.of(specific, generic);
  }

  // ---- romanizing

  /** Splits {@code name} (see {@link #split}) and romanizes its parts. */
  public Romanization romanize(String name) {
    return romanize(split(name));
  }

  /** Romanizes the parts as given. */
  public Romanization romanize(NameParts parts) {
    List<Word> words = new ArrayList<>(specificWords(parts.specific(), parts.generic()));
    if (!parts.ethnicity().isEmpty()) {
      words.add(Word.han(parts.ethnicity()));
    }
    if (!parts.generic().isEmpty()) {
      words.add(Word.han(parts.generic()));
    }
    List<PolyphoneDictionary.Entry> used = new ArrayList<>();
    List<String> plain = new ArrayList<>();
    List<String> toned = new ArrayList<>();
    for (Word word : words) {
      if (word.literal() != null) {
        plain.add(word.literal());
        toned.add(word.literal());
        continue;
      }
      List<String> syllables = read(word.han(), used);
      plain.add(Syllables.word(syllables.stream().map(Syllables::toneless).toList()));
      toned.add(Syllables.word(syllables));
    }
    String pinyin = String.join(" ", plain);
    return new Romanization(
        parts,
        pinyin,
        String.join(" ", toned),
        pinyin.toUpperCase(Locale.ROOT),
        used,
        Optional.empty());
  }

  /**
   * Romanizes the parts and keeps {@code official} beside the pinyin; {@link
   * Romanization#forSign()} then gives the official form.
   */
  public Romanization romanize(NameParts parts, Transliteration official) {
    return romanize(parts).withOfficial(official);
  }

  /**
   * The toneless syllable of each character of {@code text} as this romanizer reads place names:
   * the dictionary's reading where it has an entry, else the pinyin library's reading of the run of
   * Han characters as a phrase (西地村 → xi, di, cun; 长宁路 → chang, ning, lu); ü stays ü. Every other
   * character (a digit, a letter) is an element of its own, as it is; a Han character the library
   * cannot read also stays as it is.
   */
  public List<String> syllables(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder han = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                han.appendCodePoint(cp);
              } else {
                readToneless(han, out);
                out.add(Character.toString(cp));
              }
            });
    readToneless(han, out);
    return out;
  }

  private void readToneless(StringBuilder han, List<String> out) {
    if (han.length() == 0) {
      return;
    }
    String run = han.toString();
    han.setLength(0);
    List<String> toned;
    try {
      toned = read(run, new ArrayList<>());
    } catch (RuntimeException e) {
      // a character without a reading: read the others one by one
      if (run.codePointCount(0, run.length()) == 1) {
        out.add(run);
        return;
      }
      run.codePoints().forEach(cp -> readToneless(new StringBuilder().appendCodePoint(cp), out));
      return;
    }
    for (String syllable : toned) {
      out.add(Syllables.toneless(syllable));
    }
  }

  /** The toned syllables of a word: the dictionary's where it has an entry, else the library's. */
  private List<String> read(String han, List<PolyphoneDictionary.Entry> used) {
    List<String> characters = Syllables.hanCharacters(han);
    List<String> syllables = new ArrayList<>(Syllables.fromLibrary(han));
    int i = 0;
    while (i < characters.size()) {
      Optional<PolyphoneDictionary.Entry> entry = dictionary.longestAt(characters, i);
      if (entry.isPresent()) {
        List<String> reading = entry.get().reading();
        for (int k = 0; k < reading.size(); k++) {
          syllables.set(i + k, reading.get(k));
        }
        used.add(entry.get());
        i += reading.size();
      } else {
        i++;
      }
    }
    return syllables;
  }

  // ---- words of the specific part

  /** A word: Han characters to read, or a literal (an Arabic number) written as it is. */
  private record Word(String han, String literal) {
    static Word han(String han) {
      return new Word(han, null);
    }

    static Word literal(String literal) {
      return new Word(null, literal);
    }
  }

  private List<Word> specificWords(String specific, String generic) {
    boolean seriesGeneric = GenericTerms.isSeries(generic);
    List<Word> words = new ArrayList<>();
    if (specific.contains(" ")) {
      String[] given = specific.split(" +");
      for (int i = 0; i < given.length; i++) {
        for (Word piece : numbered(given[i], seriesGeneric && i == given.length - 1)) {
          words.add(piece);
        }
      }
      return words;
    }
    String rest = specific;
    for (String prefix : GenericTerms.PREFIXES) {
      if (rest.length() > prefix.length() && rest.startsWith(prefix)) {
        words.add(Word.han(prefix));
        rest = rest.substring(prefix.length());
      }
    }
    for (Word piece : numbered(rest, seriesGeneric)) {
      if (piece.literal() != null) {
        words.add(piece);
      } else if (piece.han().length() >= LONG_SPECIFIC) {
        for (String word : dictionaryWords(piece.han())) {
          words.addAll(inner(word));
        }
      } else {
        words.addAll(inner(piece.han()));
      }
    }
    return words;
  }

  /**
   * The length from which a run of a specific part is a phrase of several words rather than one
   * settlement name: the names of organisations, reserves and parks (1984 rule 14: 北京/工人/体育馆).
   * Settlement names, written joined (rule 3), are shorter.
   */
  static final int LONG_SPECIFIC = 6;

  /**
   * The words of a long run of Han characters: ICU's dictionary word division, with every
   * single-character piece joined to the word before it (a lone one at the start to the word after
   * it; several at the start make a word of their own) — a transliterated name the dictionary does
   * not know (呼/图/壁) stays one word, and a one-syllable generic stays with its name (昌吉/市 → 昌吉市,
   * 体育/馆 → 体育馆, 1984 rule 4).
   */
  static List<String> dictionaryWords(String han) {
    BreakIterator breaks = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
    breaks.setText(han);
    List<String> pieces = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      pieces.add(han.substring(start, end));
    }
    List<String> words = new ArrayList<>();
    String pending = "";
    for (String piece : pieces) {
      if (piece.codePointCount(0, piece.length()) == 1) {
        if (words.isEmpty()) {
          pending += piece;
        } else {
          words.set(words.size() - 1, words.get(words.size() - 1) + piece);
        }
      } else if (pending.codePointCount(0, pending.length()) > 1) {
        // single characters at the start make a name of their own (呼/图/壁/县 → 呼图壁县)
        words.add(pending);
        words.add(piece);
        pending = "";
      } else {
        words.add(pending + piece);
        pending = "";
      }
    }
    if (!pending.isEmpty()) {
      words.add(pending);
    }
    return words;
  }

  /**
   * Cuts {@code text} at the numbers written in Arabic numerals: codes (three or more digits read
   * one by one, or any run with 零) and ordinals of a series (a number followed by a series term, or
   * ending the specific part before a series generic; 第 before it gives Di-N). The series term
   * after a number starts a new piece.
   */
  private static List<Word> numbered(String text, boolean seriesGeneric) {
    List<Word> pieces = new ArrayList<>();
    StringBuilder han = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i;
        while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        flush(han, pieces);
        pieces.add(Word.literal(text.substring(i, j)));
        i = j;
        continue;
      }
      if (NUMERALS.indexOf(c) < 0) {
        han.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < text.length() && NUMERALS.indexOf(text.charAt(j)) >= 0) {
        j++;
      }
      String run = text.substring(i, j);
      Optional<String> series = GenericTerms.longestAt(text, j, GenericTerms.SERIES_TERMS);
      boolean ordinalPlace = series.isPresent() || (j == text.length() && seriesGeneric);
      String code = code(run);
      long value = positional(run);
      if (code != null || (ordinalPlace && value > 0)) {
        boolean di = han.length() > 0 && han.charAt(han.length() - 1) == '第';
        String number = code != null ? code : Long.toString(value);
        if (di) {
          han.setLength(han.length() - 1);
          number = "Di-" + number;
        }
        flush(han, pieces);
        pieces.add(Word.literal(number));
        if (series.isPresent()) {
          pieces.add(Word.han(series.get()));
          j += series.get().length();
        }
      } else {
        han.append(run);
      }
      i = j;
    }
    flush(han, pieces);
    return pieces;
  }

  private static void flush(StringBuilder han, List<Word> pieces) {
    if (han.length() > 0) {
      pieces.add(Word.han(han.toString()));
      han.setLength(0);
    }
  }

  /** The digits of a code read one by one (一四七 → 147, 一零八 → 108), or null. */
  static String code(String run) {
    boolean digitsOnly = run.chars().allMatch(c -> DIGITS.indexOf(c) >= 0);
    boolean zero = run.indexOf('零') >= 0 || run.indexOf('〇') >= 0;
    if (!digitsOnly || run.length() < 2 || (run.length() < 3 && !zero)) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    for (char c : run.toCharArray()) {
      digits.append(c == '〇' ? 0 : DIGITS.indexOf(c) - 1);
    }
    return digits.toString();
  }

  /**
   * The value of a positional numeral (五 → 5, 十三 → 13, 二十一 → 21, 一百零五 → 105), or -1 for a run that
   * is not one (三八, a name, stays in pinyin).
   */
  static long positional(String run) {
    long total = 0;
    long pending = -1;
    for (char c : run.toCharArray()) {
      if (c == '十' || c == '百') {
        long unit = c == '十' ? 10 : 100;
        if ((c == '百' && pending < 0) || (total % (unit * 10) != 0 && pending < 0)) {
          return -1;
        }
        total += (pending < 0 ? 1 : pending) * unit;
        pending = -1;
      } else if (c == '零' || c == '〇') {
        if (pending >= 0) {
          return -1;
        }
      } else {
        if (pending >= 0) {
          return -1;
        }
        pending = DIGITS.indexOf(c) - 1;
      }
    }
    return total + Math.max(pending, 0);
  }

  /**
   * Word division inside a specific part: an administrative unit's name at its start is its own
   * word (奇台镇/幸福); a multi-syllable generic at its end is its own word (芳草湖/农场); a street or
   * village name with a single-syllable modifier before its generic keeps that as a word (北京/南路,
   * 北庭/新村). Anything else is one word (rules 3 and 4 of the 1984 rules: 解放路/南小街).
   */
  private static List<Word> inner(String han) {
    List<Word> words = new ArrayList<>();
    for (int i = 2; i <= han.length() - 3; i++) {
      if (GenericTerms.INNER_ADMIN_GENERICS.contains(han.substring(i, i + 1))) {
        words.addAll(inner(han.substring(0, i + 1)));
        words.addAll(inner(han.substring(i + 1)));
        return words;
      }
    }
    Optional<String> separate =
        GenericTerms.longestSuffix(han, GenericTerms.SEPARATE_INNER_GENERICS);
    if (separate.isPresent()) {
      words.addAll(inner(han.substring(0, han.length() - separate.get().length())));
      words.add(Word.han(separate.get()));
      return words;
    }
    if (han.length() >= 4) {
      String generic = han.substring(han.length() - 1);
      String modifier = han.substring(han.length() - 2, han.length() - 1);
      boolean street =
          GenericTerms.MODIFIABLE_STREETS.contains(generic)
              && GenericTerms.STREET_MODIFIERS.contains(modifier);
      boolean village = generic.equals("村") && GenericTerms.VILLAGE_MODIFIERS.contains(modifier);
      if (street || village) {
        words.addAll(inner(han.substring(0, han.length() - 2)));
        words.add(Word.han(modifier + generic));
        return words;
      }
    }
    words.add(Word.han(han));
    return words;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("no name to romanize");
    }
    String n = name.strip();
    NameParts.withoutGeneric(n); // refuses anything but Han characters and digits
    if (n.contains(" ")) {
      throw new IllegalArgumentException("a name to split has no spaces: \"" + name + "\"");
    }
    return n;
  }
}
