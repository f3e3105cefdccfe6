package org.civgis.web.input;

import java.text.Normalizer;

/** Normalises names as they are entered: NFC, half-width digits and Latin letters, trimmed. */
public final class NameText {
  private NameText() {}

  /** The normalised form of {@code text}; {@code null} stays {@code null}. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints()
        .forEach(
            c -> {
              if ((c >= 0xFF10 && c <= 0xFF19) // ０-９
                  || (c >= 0xFF21 && c <= 0xFF3A) // Ａ-Ｚ
                  || (c >= 0xFF41 && c <= 0xFF5A)) { // ａ-ｚ
                out.appendCodePoint(c - 0xFEE0);
              } else if (c == 0x3000) { // ideographic space
                out.append(' ');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString().strip();
  }
}
