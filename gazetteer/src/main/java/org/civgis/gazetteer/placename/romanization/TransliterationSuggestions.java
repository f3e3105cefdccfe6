package org.civgis.gazetteer.placename.romanization;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Suggestions for officers, not authoritative: official romanizations of names of minority-language
 * origin that differ from the pinyin of their characters, with where each was seen. Read from the
 * resource {@code transliteration-suggestions.tsv} beside this class.
 *
 * <p>Holds: nothing in the system applies a suggestion by itself; an officer who has checked one
 * against the act or gazetteer enters it as a {@link Transliteration} with that act as its source.
 */
public final class TransliterationSuggestions {
  /** The resource, beside this class, that {@link #standard()} reads. */
  public static final String RESOURCE = "transliteration-suggestions.tsv";

  /** One suggestion: the name (characters, without its generic), the form, the pinyin, a source. */
  public record Suggestion(String name, String transliteration, String pinyin, String source) {}

  private final List<Suggestion> suggestions;

  private TransliterationSuggestions(List<Suggestion> suggestions) {
    this.suggestions = List.copyOf(suggestions);
  }

  private static final class Standard {
    static final TransliterationSuggestions INSTANCE = load();

    private static TransliterationSuggestions load() {
      List<Suggestion> suggestions = new ArrayList<>();
      try (InputStream in = TransliterationSuggestions.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
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
          String[] columns = line.split("\t", -1);
          if (columns.length != 4 || columns[3].isBlank()) {
            throw new IllegalStateException(
                RESOURCE + ":" + number + ": name, transliteration, pinyin and source expected");
          }
          suggestions.add(
              new Suggestion(
                  columns[0].strip(), columns[1].strip(), columns[2].strip(), columns[3].strip()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new TransliterationSuggestions(suggestions);
    }
  }

  /** The project's list, read once from {@link #RESOURCE}. */
  public static TransliterationSuggestions standard() {
    return Standard.INSTANCE;
  }

  /** All suggestions, in the order of the file. */
  public List<Suggestion> all() {
    return suggestions;
  }

  /** The suggestion for a name's specific part (木垒 for 木垒哈萨克自治县), if there is one. */
  public Optional<Suggestion> forName(String specific) {
    return suggestions.stream().filter(s -> s.name().equals(specific)).findFirst();
  }
}
