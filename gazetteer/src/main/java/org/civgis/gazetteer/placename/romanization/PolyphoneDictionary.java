package org.civgis.gazetteer.placename.romanization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curated readings of characters and words as they are read in place names, which take
 * precedence over the pinyin library's reading. The standard dictionary is the resource {@code
 * placename-polyphones.tsv} beside this class: one entry a line, {@code text, reading, examples,
 * note}, each entry with the reason for its reading and how it was checked.
 *
 * <p>Holds: every entry's text is Han characters, its reading has one toned syllable per character,
 * its note is not blank, and no text occurs twice. A word entry is preferred to a character entry,
 * and a longer word to a shorter one.
 */
public final class PolyphoneDictionary {
  /** The resource, beside this class, that {@link #standard()} reads. */
  public static final String RESOURCE = "placename-polyphones.tsv";

  /**
   * One entry: the characters, their toned reading (one syllable per character), names where it
   * occurs, and why this reading.
   */
  public record Entry(String text, List<String> reading, List<String> examples, String note) {
    public Entry {
      reading = List.copyOf(reading);
      examples = List.copyOf(examples);
    }

    /** The toned reading as one string, syllables separated by spaces. */
    public String readingText() {
      return String.join(" ", reading);
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byText;
  private final int longest;

  private PolyphoneDictionary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, Entry> map = new HashMap<>();
    int max = 0;
    for (Entry entry : entries) {
      map.put(entry.text(), entry);
      max = Math.max(max, entry.text().codePointCount(0, entry.text().length()));
    }
    this.byText = Map.copyOf(map);
    this.longest = max;
  }

  private static final class Standard {
    static final PolyphoneDictionary INSTANCE = load();

    private static PolyphoneDictionary load() {
      try (InputStream in = PolyphoneDictionary.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The project's curated dictionary, read once from {@link #RESOURCE}. */
  public static PolyphoneDictionary standard() {
    return Standard.INSTANCE;
  }

  /** A dictionary with no entries: the library's readings alone. */
  public static PolyphoneDictionary empty() {
    return new PolyphoneDictionary(List.of());
  }

  /**
   * Parses a dictionary in the format of {@link #RESOURCE}: lines starting with {@code #} and blank
   * lines are skipped, the first other line is the header. A malformed line is refused with an
   * {@link IllegalArgumentException} naming {@code source} and the line number.
   */
  public static PolyphoneDictionary parse(Reader reader, String source) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    try (BufferedReader lines = new BufferedReader(reader)) {
      String line;
      int number = 0;
      boolean header = true;
      while ((line = lines.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String where = source + ":" + number + ": ";
        String[] columns = line.split("\t", -1);
        if (columns.length != 4) {
          throw new IllegalArgumentException(where + "4 tab-separated columns expected");
        }
        Entry entry = entry(columns, where);
        Integer earlier = seen.putIfAbsent(entry.text(), number);
        if (earlier != null) {
          throw new IllegalArgumentException(
              where + "\"" + entry.text() + "\" is already on line " + earlier);
        }
        entries.add(entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PolyphoneDictionary(entries);
  }

  private static Entry entry(String[] columns, String where) {
    String text = columns[0].strip();
    List<String> characters;
    try {
      characters = Syllables.hanCharacters(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + e.getMessage(), e);
    }
    if (characters.isEmpty()) {
      throw new IllegalArgumentException(where + "no text");
    }
    List<String> reading = Arrays.asList(columns[1].strip().split(" +"));
    if (reading.size() != characters.size()) {
      throw new IllegalArgumentException(
          where
              + "\""
              + text
              + "\" has "
              + characters.size()
              + " characters but the reading has "
              + reading.size()
              + " syllables");
    }
    for (String syllable : reading) {
      if (!Syllables.isSyllable(syllable)) {
        throw new IllegalArgumentException(where + "\"" + syllable + "\" is not a pinyin syllable");
      }
    }
    List<String> examples = new ArrayList<>();
    for (String example : columns[2].split(";")) {
      if (!example.isBlank()) {
        examples.add(example.strip());
      }
    }
    String note = columns[3].strip();
    if (note.isEmpty()) {
      throw new IllegalArgumentException(where + "\"" + text + "\" has no note saying why");
    }
    return new Entry(text, reading, examples, note);
  }

  /** All entries, in the order of the file. */
  public List<Entry> entries() {
    return Collections.unmodifiableList(entries);
  }

  /** The entry for exactly {@code text}, if there is one. */
  public Optional<Entry> lookup(String text) {
    return Optional.ofNullable(byText.get(text));
  }

  /**
   * The longest entry whose text starts at {@code index} of {@code characters} (one string per
   * character).
   */
  Optional<Entry> longestAt(List<String> characters, int index) {
    int max = Math.min(longest, characters.size() - index);
    for (int length = max; length >= 1; length--) {
      Entry entry = byText.get(String.join("", characters.subList(index, index + length)));
      if (entry != null) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }
}
