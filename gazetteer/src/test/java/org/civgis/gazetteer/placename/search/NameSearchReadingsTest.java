package org.civgis.gazetteer.placename.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pinyin search reads names as the place-name romanizer does (the polyphone dictionary first), by
 * every way a reading is typed; the category word and the sound of a typo rank the candidates.
 */
class NameSearchReadingsTest {
  private static NameSearchIndex index;

  private static SearchEntry entry(long id, String name, String romanization) {
    return new SearchEntry(
        id, name, List.of(), romanization, "x", "652301", true, 87.0, 44.0, null, null);
  }

  @BeforeAll
  static void build() {
    index =
        NameSearchIndex.build(
            List.of(
                entry(1, "西地村", "Xidi Cun"),
                entry(2, "长宁路", "Changning Lu"),
                entry(3, "长宁路四巷", null),
                entry(4, "绿洲路", "Lüzhou Lu"),
                entry(5, "新地村", null),
                entry(6, "新地乡", null),
                entry(7, "和平东路", "Heping Donglu"),
                entry(8, "和平西路", "Heping Xilu"),
                entry(9, "西德村", null),
                entry(10, "一连生活区", null),
                entry(11, "英格堡乡", null)));
  }

  private static List<String> names(String text) {
    return index.search(new SearchQuery(text, null, null, null, 10)).stream()
        .map(h -> h.entry().name())
        .toList();
  }

  // ---- polyphones read as in place names (issue 16, item 6)

  @Test
  void diInXidiAndChangInChangning() {
    assertThat(names("xidicun")).first().isEqualTo("西地村");
    assertThat(names("Xidi Cun")).first().isEqualTo("西地村");
    assertThat(names("xdc")).contains("西地村");
    assertThat(names("changninglu")).first().isEqualTo("长宁路");
    assertThat(names("Changning Lu")).first().isEqualTo("长宁路");
    assertThat(names("changninglusixiang")).first().isEqualTo("长宁路四巷");
    assertThat(names("yinggepuxiang")).first().isEqualTo("英格堡乡");
  }

  @Test
  void theRomanizationTheApiDisplaysFindsTheName() {
    for (String name : List.of("长宁路四巷", "新地村", "一连生活区", "英格堡乡")) {
      String shown =
          org.civgis.gazetteer.placename.romanization.PlaceNameRomanizer.standard()
              .romanize(name)
              .pinyin();
      assertThat(names(shown)).as(shown).first().isEqualTo(name);
      assertThat(names(shown.replace(" ", "").toLowerCase())).as(shown).first().isEqualTo(name);
    }
    assertThat(names("Chāngnínglù 4 Xiàng")).first().isEqualTo("长宁路四巷");
    assertThat(names("yilianshenghuoqu")).first().isEqualTo("一连生活区");
  }

  @Test
  void luzhouLuByEverySpellingOfU() {
    for (String typed :
        List.of("lvzhoulu", "luzhoulu", "lyuzhoulu", "lüzhoulu", "Lǜzhōu Lù", "LÜZHOU LU", "lzl")) {
      assertThat(names(typed)).as(typed).first().isEqualTo("绿洲路");
    }
  }

  @Test
  void theLibrarysOwnReadingStillFindsButRanksBelowTheNamesReading() {
    // 西地村 read by the pinyin library alone is xidecun, which is 西德村's own reading
    List<SearchHit> hits = index.search(new SearchQuery("xidecun", null, null, null, 10));
    assertThat(hits).extracting(h -> h.entry().name()).startsWith("西德村", "西地村");
    assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
    assertThat(names("zhangninglu")).contains("长宁路");
  }

  // ---- ranking

  @Test
  void theTypedCategoryWordRanksFirst() {
    assertThat(names("新地村")).first().isEqualTo("新地村");
    assertThat(names("新地村")).contains("新地乡");
    assertThat(names("新地乡")).startsWith("新地乡", "新地村");
    // one character off either way: the name with the category word as typed ranks first
    assertThat(names("新地村")).containsSubsequence("西地村", "新地乡");
    assertThat(names("xindicun")).first().isEqualTo("新地村");
    assertThat(names("xindixiang")).first().isEqualTo("新地乡");
    assertThat(names("新地").subList(0, 2)).containsExactlyInAnyOrder("新地村", "新地乡");
    assertThat(names("xindi").subList(0, 2)).containsExactlyInAnyOrder("新地村", "新地乡");
    // a wrong character in the specific part, the category word as typed
    assertThat(names("新的村")).first().isEqualTo("新地村");
    assertThat(names("新的乡")).first().isEqualTo("新地乡");
  }

  @Test
  void aHomophoneTypoBeatsAnUnrelatedCharacter() {
    // 冬 sounds like 东 (dong) and not like 西: 和平东路 first, though both are one character off
    assertThat(names("和平冬路")).startsWith("和平东路", "和平西路");
    assertThat(names("和平栖路")).startsWith("和平西路", "和平东路"); // 栖 qī/xī, near 西 xī
    assertThat(NameSearchIndex.typoBonus("和平冬路", "和平东路"))
        .isGreaterThan(NameSearchIndex.typoBonus("和平冬路", "和平西路"));
  }

  // ---- keys

  @Test
  void keysAreBoundedAndMarkTheAlternateReading() {
    String[] keys = PinyinKeys.of("西地村", "Xidi Cun");
    assertThat(keys[0].split(" ")).startsWith("xidicun").contains("~xidecun");
    assertThat(keys[1].split(" ")).contains("xdc");
    String[] lv = PinyinKeys.of("绿洲路", "Lüzhou Lu");
    assertThat(lv[0].split(" ")).contains("lvzhoulu", "luzhoulu", "lyuzhoulu");
    for (String name : List.of("绿洲路绿洲路绿洲路", "长宁路四巷", "乌鲁木齐准东产业园社区", "A区")) {
      String[] k = PinyinKeys.of(name);
      assertThat(k[0].split(" ")).hasSizeLessThanOrEqualTo(PinyinKeys.MAX_PINYIN);
      assertThat(k[1].split(" ")).hasSizeLessThanOrEqualTo(PinyinKeys.MAX_INITIALS);
      assertThat((k[0] + k[1]).replace(" ", "").replace("~", "")).matches("[a-z0-9]+");
    }
  }

  @Test
  void syllablesOfWrittenPinyin() {
    assertThat(PinyinSyllables.of("beijing nanlu jiedao"))
        .containsExactly("bei", "jing", "nan", "lu", "jie", "dao");
    assertThat(PinyinSyllables.of("xian")).containsExactly("xian");
    assertThat(PinyinSyllables.of("henanzhai")).containsExactly("he", "nan", "zhai");
    assertThat(PinyinSyllables.of("xingang")).containsExactly("xin", "gang");
    assertThat(PinyinSyllables.of("yan'an lu")).containsExactly("yan", "an", "lu");
    assertThat(PinyinSyllables.initials("bingtuan 105 tuan")).isEqualTo("bt105t");
    assertThat(PinyinSyllables.initials("lvzhou lu")).isEqualTo("lzl");
    assertThat(PinyinSyllables.initials("jimsar")).isEqualTo("j"); // not pinyin: one element
  }
}
