package org.civgis.gazetteer.placename.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HanziTablesTest {
  private static final HanziTables TABLES = HanziTables.get();

  private static int cp(String s) {
    return s.codePointAt(0);
  }

  // ---- the 通用规范汉字表

  @Test
  void theTableHas8105Characters() {
    assertThat(TABLES.standardCount()).isEqualTo(8105);
    for (String ch : new String[] {"一", "昌", "吉", "喆", "堃", "淼", "乾", "𬉼"}) {
      assertThat(TABLES.isStandard(cp(ch))).as(ch).isTrue();
    }
    for (String ch : new String[] {"磺", "長", "槑", "〇"}) {
      assertThat(TABLES.isStandard(cp(ch))).as(ch).isFalse();
    }
  }

  // ---- OpenCC: traditional-only and simplified-only characters

  @Test
  void traditionalOnlyCharacters() {
    for (String ch : new String[] {"長", "門", "鄉", "鳳", "區"}) {
      assertThat(TABLES.isTraditionalOnly(cp(ch))).as(ch).isTrue();
    }
    // kept by the table (乾坤, 於姓, 麽) or simplified already
    for (String ch : new String[] {"乾", "於", "麽", "长", "路"}) {
      assertThat(TABLES.isTraditionalOnly(cp(ch))).as(ch).isFalse();
    }
  }

  @Test
  void simplifiedOnlyCharacters() {
    for (String ch : new String[] {"门", "长", "区", "乡"}) {
      assertThat(TABLES.isSimplifiedOnly(cp(ch))).as(ch).isTrue();
    }
    // 干 is also its own traditional form (干戈); 路 has no other form
    for (String ch : new String[] {"干", "路", "門"}) {
      assertThat(TABLES.isSimplifiedOnly(cp(ch))).as(ch).isFalse();
    }
  }

  @Test
  void toSimplifiedConvertsOnlyTraditionalOnlyCharacters() {
    assertThat(TABLES.toSimplified("長安門路")).isEqualTo("长安门路");
    assertThat(TABLES.toSimplified("乾元路")).isEqualTo("乾元路");
    assertThat(TABLES.toSimplified("A1路")).isEqualTo("A1路");
  }

  // ---- keys

  @Test
  void keysNormaliseAndRomanize() {
    NameKeys keys = NameKeys.standard();
    assertThat(keys.normalize(" 長安 路 ")).isEqualTo("长安路");
    assertThat(keys.normalize("Ａ区")).isEqualTo("a区");
    assertThat(keys.tonelessPinyin("重庆路")).isEqualTo("chongqinglu");
    assertThat(keys.tonelessPinyin("绿洲路")).isEqualTo("lvzhoulu");
    assertThat(keys.tonelessPinyin("吕家庄")).isEqualTo("lvjiazhuang");
    // a character beyond the BMP keeps its own key
    assertThat(keys.tonelessPinyin("𬉼路")).isNotEqualTo(keys.tonelessPinyin("路"));
    // tone marks from another romanization are dropped, ü kept apart from u
    NameKeys toned = NameKeys.withPinyin(name -> "Lǜ zhōu lù");
    assertThat(toned.tonelessPinyin("绿洲路")).isEqualTo("lvzhoulu");
  }
}
