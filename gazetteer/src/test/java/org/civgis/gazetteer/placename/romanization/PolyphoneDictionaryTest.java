package org.civgis.gazetteer.placename.romanization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

class PolyphoneDictionaryTest {
  private static final String HEADER = "text\treading\texamples\tnote\n";

  private static PolyphoneDictionary parse(String body) {
    return PolyphoneDictionary.parse(new StringReader("# comment\n" + HEADER + body), "test.tsv");
  }

  // ---- the curated dictionary

  @Test
  void theStandardDictionaryLoadsWithAReasonForEveryEntry() {
    PolyphoneDictionary dictionary = PolyphoneDictionary.standard();
    assertThat(dictionary.entries()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(dictionary.entries()).allSatisfy(e -> assertThat(e.note()).isNotBlank());
    assertThat(dictionary.entries()).allSatisfy(e -> assertThat(e.examples()).isNotEmpty());
    assertThat(dictionary.lookup("奇台"))
        .map(PolyphoneDictionary.Entry::readingText)
        .hasValue("qí tái");
    assertThat(dictionary.lookup("地")).map(PolyphoneDictionary.Entry::readingText).hasValue("dì");
  }

  @Test
  void saysWhereItIsUnsure() {
    assertThat(PolyphoneDictionary.standard().lookup("佃"))
        .map(PolyphoneDictionary.Entry::note)
        .hasValueSatisfying(note -> assertThat(note).startsWith("Unsure"));
  }

  // ---- the format

  @Test
  void readsEntriesSkippingCommentsAndBlankLines() {
    PolyphoneDictionary dictionary = parse("\n堡子\tbǔ zi\t上堡子村; 东桑家堡子\twhy\n");
    assertThat(dictionary.entries()).hasSize(1);
    PolyphoneDictionary.Entry entry = dictionary.entries().get(0);
    assertThat(entry.reading()).containsExactly("bǔ", "zi");
    assertThat(entry.examples()).containsExactly("上堡子村", "东桑家堡子");
  }

  @Test
  void refusesMalformedEntriesNamingTheLine() {
    assertThatThrownBy(() -> parse("奇台\tqí\tx\twhy\n")).hasMessageContaining("test.tsv:3");
    assertThatThrownBy(() -> parse("奇台\tqí tái\tx\t\n")).hasMessageContaining("no note");
    assertThatThrownBy(() -> parse("Qitai\tqí tái\tx\twhy\n")).hasMessageContaining("Han");
    assertThatThrownBy(() -> parse("奇\tq1\tx\twhy\n")).hasMessageContaining("not a pinyin");
    assertThatThrownBy(() -> parse("奇\tqí\tx\n")).hasMessageContaining("4 tab-separated");
    assertThatThrownBy(() -> parse("奇\tqí\tx\twhy\n奇\tjī\tx\twhy\n"))
        .hasMessageContaining("already on line 3");
  }
}
