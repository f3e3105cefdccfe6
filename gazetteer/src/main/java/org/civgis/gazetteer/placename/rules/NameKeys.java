package org.civgis.gazetteer.placename.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The keys by which names are compared for duplicates: a normalised name and a toneless pinyin.
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>{@link #normalize(String)}: NFKC (full-width letters and digits become ASCII), white space
 *       removed, traditional-only characters replaced by their simplified forms (OpenCC), Latin
 *       letters in lower case. 長安路 and 长安路 have the same key.
 *   <li>{@link #tonelessPinyin(String)}: the pinyin function applied to the normalised name, then ü
 *       (with or without a tone mark) written as v, tone marks and everything but ASCII letters,
 *       digits and {@code +} removed: 幸福路 and 兴福路 both give {@code xingfulu}.
 *   <li>The pinyin function is pluggable (another module's romanization); the default is {@code
 *       com.github.houbb:pinyin} 0.4.0.
 * </ol>
 */
public final class NameKeys {
  private final Function<String, String> pinyin;

  private NameKeys(Function<String, String> pinyin) {
    this.pinyin = Objects.requireNonNull(pinyin, "pinyin");
  }

  /** Keys with the default pinyin ({@code com.github.houbb:pinyin}). */
  public static NameKeys standard() {
    return new NameKeys(new HoubbPinyin());
  }

  /**
   * Keys with another pinyin function: it receives a normalised name and returns its pinyin, tones
   * and separators being ignored.
   */
  public static NameKeys withPinyin(Function<String, String> pinyin) {
    return new NameKeys(pinyin);
  }

  /** The normalised name. */
  public String normalize(String name) {
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    return HanziTables.get().toSimplified(nfkc).toLowerCase(Locale.ROOT);
  }

  /** The toneless pinyin of the normalised name, letters and digits only. */
  public String tonelessPinyin(String name) {
    String romanized = pinyin.apply(normalize(name));
    String toneless =
        Normalizer.normalize(romanized.replaceAll("[üǖǘǚǜÜǕǗǙǛ]", "v"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return toneless.replaceAll("[^a-z0-9+]", "");
  }
}
