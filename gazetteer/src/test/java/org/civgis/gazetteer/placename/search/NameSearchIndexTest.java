package org.civgis.gazetteer.placename.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class NameSearchIndexTest {
  private static NameSearchIndex index;

  private static SearchEntry entry(long id, String name, String division, List<String> former) {
    return new SearchEntry(
        id, name, former, null, "admin", division, true, 87.0 + id / 100.0, 44.0, null, null);
  }

  @BeforeAll
  static void build() {
    index =
        NameSearchIndex.build(
            List.of(
                entry(1, "昌吉市", "652301000000", List.of()),
                entry(2, "阜康市", "652302000000", List.of()),
                entry(3, "上户沟哈萨克族乡", "652302201000", List.of("上户沟哈萨克民族乡")),
                entry(4, "昌吉国家高新技术产业开发区", "652301402000", List.of()),
                entry(5, "奇台县", "652325000000", List.of()),
                entry(6, "长安街", "652301001000", List.of()),
                entry(7, "西街社区", "652301001001", List.of()),
                entry(8, "北京南路街道", "652301003000", List.of()),
                entry(9, "五彩湾镇", "652327106000", List.of("五彩湾工业园区"))));
  }

  private static List<String> names(String text) {
    return names(new SearchQuery(text, null, null, null, 10));
  }

  private static List<String> names(SearchQuery query) {
    return index.search(query).stream().map(h -> h.entry().name()).toList();
  }

  // ---- characters

  @Test
  void exactBeforePrefixBeforePart() {
    assertThat(names("昌吉市")).startsWith("昌吉市");
    assertThat(names("昌吉")).containsExactly("昌吉市", "昌吉国家高新技术产业开发区");
    assertThat(names("户沟")).containsExactly("上户沟哈萨克族乡");
    assertThat(index.search(new SearchQuery("昌吉市", null, null, null, 10)).get(0).score())
        .isEqualTo(100);
  }

  @Test
  void oneWrongCharacter() {
    assertThat(names("阜糠市")).containsExactly("阜康市"); // a wrong character
    assertThat(names("奇台")).contains("奇台县"); // a missing one is a prefix anyway
    assertThat(names("五彩湾湾镇")).containsExactly("五彩湾镇"); // an extra one
    assertThat(names("昌吉县")).contains("昌吉市");
  }

  @Test
  void fullWidthAndSpacesDoNotMatter() {
    assertThat(names(" 昌 吉 市 ")).startsWith("昌吉市");
  }

  // ---- pinyin

  @Test
  void fullPinyinAndInitials() {
    assertThat(names("changjishi")).startsWith("昌吉市");
    assertThat(names("cjs")).startsWith("昌吉市");
    assertThat(names("ChangJi")).contains("昌吉市", "昌吉国家高新技术产业开发区");
    assertThat(names("qitai")).containsExactly("奇台县");
    assertThat(names("changanjie")).containsExactly("长安街");
    assertThat(names("fks")).containsExactly("阜康市");
  }

  // ---- former names and filters

  @Test
  void aFormerNameFindsTheCurrentName() {
    List<SearchHit> hits = index.search(new SearchQuery("五彩湾工业园区", null, null, null, 10));
    assertThat(hits)
        .first()
        .satisfies(
            h -> {
              assertThat(h.entry().name()).isEqualTo("五彩湾镇");
              assertThat(h.matchedFormerName()).isEqualTo("五彩湾工业园区");
              assertThat(h.score()).isEqualTo(90);
            });
    assertThat(names("上户沟哈萨克民族乡")).startsWith("上户沟哈萨克族乡");
  }

  @Test
  void divisionCategoryAndBboxFilter() {
    assertThat(names(new SearchQuery("西街", "652301", null, null, 10))).containsExactly("西街社区");
    assertThat(names(new SearchQuery("西街", "652302", null, null, 10))).isEmpty();
    assertThat(names(new SearchQuery("昌吉", "652302", null, null, 10))).isEmpty();
    assertThat(names(new SearchQuery("c", null, "other", null, 10))).isEmpty();
    assertThat(names(new SearchQuery("c", null, null, new Envelope(87.0, 87.015, 43, 45), 10)))
        .containsExactly("昌吉市");
  }

  @Test
  void limitAndEmptyQueries() {
    assertThat(index.search(new SearchQuery("c", null, null, null, 1))).hasSize(1);
    assertThat(names("   ")).isEmpty();
    assertThat(names("不存在的地名")).isEmpty();
  }

  @Test
  void oneEditDistance() {
    assertThat(NameSearchIndex.withinOneEdit("阜康市", "阜糠市")).isTrue();
    assertThat(NameSearchIndex.withinOneEdit("阜康市", "阜康")).isTrue();
    assertThat(NameSearchIndex.withinOneEdit("阜康", "阜康市")).isTrue();
    assertThat(NameSearchIndex.withinOneEdit("阜康市", "康阜市")).isFalse();
    assertThat(NameSearchIndex.withinOneEdit("阜康市", "阜康市")).isTrue();
    assertThat(NameSearchIndex.withinOneEdit("阜康市", "阜康市场场")).isFalse();
  }
}
