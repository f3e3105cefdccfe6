package org.civgis.gazetteer.placename.romanization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransliterationTest {
  private static final PlaceNameRomanizer ROMANIZER = PlaceNameRomanizer.standard();
  private static final String ACT = "officer's entry, checked against the county gazetteer";

  // ---- precedence on signs

  @Test
  void givesBothFormsAndPrefersTheOfficialOneOnSigns() {
    Romanization mori =
        ROMANIZER.romanize(NameParts.of("木垒", "县"), new Transliteration("Mori", ACT));
    assertThat(mori.pinyin()).isEqualTo("Mulei Xian");
    assertThat(mori.signForm()).isEqualTo("MULEI XIAN");
    assertThat(mori.official()).map(Transliteration::text).hasValue("Mori");
    assertThat(mori.forSign()).isEqualTo("MORI");
    assertThat(mori.preferred()).isEqualTo("Mori");
  }

  @Test
  void withoutAnOfficialFormTheSignShowsThePinyin() {
    Romanization jimsar = ROMANIZER.romanize("吉木萨尔县");
    assertThat(jimsar.official()).isEmpty();
    assertThat(jimsar.forSign()).isEqualTo("JIMUSA'ER XIAN");
    assertThat(jimsar.preferred()).isEqualTo("Jimusa'er Xian");
  }

  // ---- never regenerated

  @Test
  void keepsTheOfficialFormExactlyAsEntered() {
    Transliteration urumqi = new Transliteration("Ürümqi", ACT);
    Romanization romanization = ROMANIZER.romanize(NameParts.withoutGeneric("乌鲁木齐"), urumqi);
    assertThat(romanization.official()).containsSame(urumqi);
    assertThat(romanization.pinyin()).isEqualTo("Wulumuqi");
    assertThat(romanization.forSign()).isEqualTo("ÜRÜMQI");
    assertThat(romanization.preferred()).isEqualTo("Ürümqi");
  }

  @Test
  void addingAnOfficialFormLeavesThePinyinAlone() {
    Romanization plain = ROMANIZER.romanize("吉木萨尔县");
    Romanization official = plain.withOfficial(new Transliteration("Jimsar County", ACT));
    assertThat(official.pinyin()).isEqualTo(plain.pinyin());
    assertThat(official.signForm()).isEqualTo(plain.signForm());
    assertThat(official.dictionaryReadings()).isEqualTo(plain.dictionaryReadings());
    assertThat(official.forSign()).isEqualTo("JIMSAR COUNTY");
  }

  @Test
  void refusesAnOfficialFormThatIsNotInLatinLettersOrHasNoSource() {
    assertThatThrownBy(() -> new Transliteration("木垒", ACT)).hasMessageContaining("Latin");
    assertThatThrownBy(() -> new Transliteration(" Mori", ACT)).hasMessageContaining("Latin");
    assertThatThrownBy(() -> new Transliteration("", ACT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Transliteration("Mori", " ")).hasMessageContaining("source");
    assertThat(new Transliteration("Jimusa'er", ACT).text()).isEqualTo("Jimusa'er");
  }

  // ---- suggestions for officers

  @Test
  void suggestsKnownFormsForChangjiCounties() {
    TransliterationSuggestions suggestions = TransliterationSuggestions.standard();
    assertThat(suggestions.forName("木垒"))
        .map(TransliterationSuggestions.Suggestion::transliteration)
        .hasValue("Mori");
    assertThat(suggestions.forName("吉木萨尔"))
        .map(TransliterationSuggestions.Suggestion::transliteration)
        .hasValue("Jimsar");
    assertThat(suggestions.forName("玛纳斯"))
        .map(TransliterationSuggestions.Suggestion::transliteration)
        .hasValue("Manas");
    assertThat(suggestions.forName("奇台")).isEmpty();
  }

  @Test
  void everySuggestionDiffersFromThePinyinWhichTheRomanizerGives() {
    for (TransliterationSuggestions.Suggestion s : TransliterationSuggestions.standard().all()) {
      assertThat(ROMANIZER.romanize(NameParts.withoutGeneric(s.name())).pinyin())
          .as(s.name())
          .isEqualTo(s.pinyin());
      assertThat(s.transliteration()).as(s.name()).isNotEqualTo(s.pinyin());
      assertThat(s.source()).isNotBlank();
      new Transliteration(s.transliteration(), s.source());
    }
  }
}
