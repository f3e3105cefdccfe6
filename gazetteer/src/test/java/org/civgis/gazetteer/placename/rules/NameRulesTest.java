package org.civgis.gazetteer.placename.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rule cases: each positive case names the reason code it must raise and what must match; each
 * negative case a name that must raise none of a family's codes (or none at all).
 */
class NameRulesTest {
  private static final String CHANGJI_CITY = "652301000000";
  private static final NameChecker CHECKER = NameChecker.standard();

  private static List<NameWarning> check(String name, PlaceCategory category) {
    return CHECKER.check(NameCandidate.of("n1", name, category, CHANGJI_CITY), NameIndex.empty());
  }

  private static void assertRaises(
      NameCandidate candidate, NameIndex index, ReasonCode code, String matched) {
    List<NameWarning> warnings = CHECKER.check(candidate, index);
    assertThat(warnings)
        .as("%s as %s", candidate.name(), candidate.category())
        .anySatisfy(
            w -> {
              assertThat(w.reasonCode()).isEqualTo(code);
              if (matched != null) {
                assertThat(w.matched()).isEqualTo(matched);
              }
              assertThat(w.explanation()).startsWith(code.rule());
              assertThat(w.suggestedAction()).isNotBlank();
            });
  }

  private static void assertRaises(
      String name, PlaceCategory category, ReasonCode code, String matched) {
    assertRaises(
        NameCandidate.of("n1", name, category, CHANGJI_CITY), NameIndex.empty(), code, matched);
  }

  private static void assertNoneOf(String name, PlaceCategory category, ReasonGroup group) {
    assertThat(check(name, category))
        .as("%s as %s", name, category)
        .noneMatch(w -> w.reasonCode().group() == group);
  }

  // ---- 大: grandiose words and oversized generics

  @ParameterizedTest(name = "{0} ({1}) → {2} “{3}”")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          中华小区       | RESIDENTIAL_COMPOUND | 中华
          国际花园       | RESIDENTIAL_COMPOUND | 国际
          世界大厦       | BUILDING             | 世界
          环球巷         | STREET               | 环球
          全球公寓       | RESIDENTIAL_COMPOUND | 全球
          亚洲广场       | SQUARE               | 亚洲
          中央公馆       | RESIDENTIAL_COMPOUND | 中央
          天下第一桥     | BRIDGE               | 天下
          宇宙家园       | RESIDENTIAL_COMPOUND | 宇宙
          帝王苑         | RESIDENTIAL_COMPOUND | 帝王
          皇家花园       | RESIDENTIAL_COMPOUND | 皇家
          皇宫巷         | STREET               | 皇宫
          中国城         | BUILDING             | 中国
          """)
  void grandioseWords(String name, PlaceCategory category, String word) {
    assertRaises(name, category, ReasonCode.BIG_GRANDIOSE_WORD, word);
    assertThat(check(name, category))
        .filteredOn(w -> w.reasonCode() == ReasonCode.BIG_GRANDIOSE_WORD)
        .allMatch(w -> w.severity() == Severity.WARNING);
  }

  @ParameterizedTest(name = "{0} ({1}, {3} {4}) → 通名“{2}”过大")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          阳光城   | RESIDENTIAL_COMPOUND | 城   | area   | 0.05
          文化广场 | SQUARE               | 广场 | area   | 0.004
          商务中心 | BUILDING             | 中心 | area   | 0.005
          金桥大厦 | BUILDING             | 大厦 | height | 15
          团结大道 | STREET               | 大道 | length | 600
          人民大街 | STREET               | 大街 | length | 400
          """)
  void genericsThatClaimMoreThanTheSize(
      String name, PlaceCategory category, String generic, String measure, double value) {
    SizeHint hint =
        switch (measure) {
          case "area" -> SizeHint.area(value);
          case "height" -> SizeHint.height(value);
          default -> SizeHint.length(value);
        };
    assertRaises(
        NameCandidate.of("n1", name, category, CHANGJI_CITY).withSize(hint),
        NameIndex.empty(),
        ReasonCode.BIG_GENERIC_EXCEEDS_SIZE,
        generic);
  }

  @Test
  void aGrandioseWordInAVillageIsOnlyANotice() {
    assertThat(check("皇宫村", PlaceCategory.VILLAGE))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.reasonCode()).isEqualTo(ReasonCode.BIG_GRANDIOSE_WORD);
              assertThat(w.severity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void bigWordsAreLeftAloneWhereTheyMayBeRight() {
    assertNoneOf("乌鲁木齐国际机场", PlaceCategory.TRANSPORT_FACILITY, ReasonGroup.BIG);
    assertNoneOf("中国银行", PlaceCategory.ORGANIZATION, ReasonGroup.BIG);
    assertNoneOf("中华人民共和国", PlaceCategory.ADMINISTRATIVE_AREA, ReasonGroup.BIG);
    assertNoneOf("天山", PlaceCategory.LAND_TERRAIN, ReasonGroup.BIG);
  }

  @Test
  void aGenericWithinItsSizeOrWithoutAHintIsNoFinding() {
    NameCandidate city =
        NameCandidate.of("n1", "阳光城", PlaceCategory.RESIDENTIAL_COMPOUND, CHANGJI_CITY);
    assertThat(CHECKER.check(city.withSize(SizeHint.area(0.5)), NameIndex.empty())).isEmpty();
    assertThat(CHECKER.check(city, NameIndex.empty())).isEmpty();
    NameCandidate tower = NameCandidate.of("n2", "金桥大厦", PlaceCategory.BUILDING, CHANGJI_CITY);
    assertThat(CHECKER.check(tower.withSize(SizeHint.height(80)), NameIndex.empty())).isEmpty();
    // an area says nothing about a 大厦's height
    assertThat(CHECKER.check(tower.withSize(SizeHint.area(0.001)), NameIndex.empty())).isEmpty();
    // 广场社区 is a 社区, not a 广场
    NameCandidate community =
        NameCandidate.of("n3", "广场社区", PlaceCategory.COMMUNITY, CHANGJI_CITY)
            .withSize(SizeHint.area(0.001));
    assertThat(CHECKER.check(community, NameIndex.empty())).isEmpty();
  }

  @Test
  void thresholdsCanBeChanged() {
    OversizedGenericRule strict =
        new OversizedGenericRule(
            List.of(
                new OversizedGenericRule.Threshold(
                    "城", OversizedGenericRule.Measure.AREA_SQUARE_KM, 1)));
    NameCandidate city =
        NameCandidate.of("n1", "阳光城", PlaceCategory.RESIDENTIAL_COMPOUND, CHANGJI_CITY)
            .withSize(SizeHint.area(0.5));
    assertThat(strict.check(city, NameIndex.empty()))
        .singleElement()
        .satisfies(w -> assertThat(w.explanation()).contains("0.5平方千米").contains("不小于1平方千米"));
  }

  // ---- 洋: foreign names and words, Latin letters

  @ParameterizedTest(name = "{0} ({1}) → {2} “{3}”")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          曼哈顿小区     | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 曼哈顿
          威尼斯花园     | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 威尼斯
          巴黎春天公寓   | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 巴黎
          维也纳苑       | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 维也纳
          罗马家园       | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 罗马
          加州阳光小区   | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 加州
          香榭丽舍路     | STREET               | FOREIGN_PLACE_NAME    | 香榭丽舍
          莱茵河畔小区   | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 莱茵
          塞纳左岸小区   | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 塞纳
          比华利山庄     | RESIDENTIAL_COMPOUND | FOREIGN_PLACE_NAME    | 比华利
          维多利亚花园   | RESIDENTIAL_COMPOUND | FOREIGN_PERSON_NAME   | 维多利亚
          拿破仑广场     | SQUARE               | FOREIGN_PERSON_NAME   | 拿破仑
          莎士比亚街     | STREET               | FOREIGN_PERSON_NAME   | 莎士比亚
          欧陆经典小区   | RESIDENTIAL_COMPOUND | FOREIGN_WORD          | 欧陆
          锦绣公馆·英伦  | RESIDENTIAL_COMPOUND | FOREIGN_WORD          | 英伦
          CBD广场        | SQUARE               | FOREIGN_LATIN_LETTERS | CBD
          金都大厦B座    | BUILDING             | FOREIGN_LATIN_LETTERS | B
          """)
  void foreignNames(String name, PlaceCategory category, ReasonCode code, String matched) {
    assertRaises(name, category, code, matched);
  }

  @Test
  void theLongestForeignTermWinsAndEachCounts() {
    assertThat(check("华盛顿维也纳花园", PlaceCategory.RESIDENTIAL_COMPOUND))
        .extracting(NameWarning::matched)
        .containsExactly("华盛顿", "维也纳");
  }

  @ParameterizedTest(name = "{0} ({1}) is not foreign")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          北京南路             | STREET
          乌鲁木齐北路         | STREET
          吉木萨尔县           | COUNTY_LEVEL_DIVISION
          呼图壁县             | COUNTY_LEVEL_DIVISION
          玛纳斯县             | COUNTY_LEVEL_DIVISION
          江布拉克新村         | VILLAGE
          阿什里哈萨克民族乡   | TOWNSHIP_LEVEL_DIVISION
          大南沟乌孜别克乡     | TOWNSHIP_LEVEL_DIVISION
          塔塔尔乡             | TOWNSHIP_LEVEL_DIVISION
          霍斯铁热克村         | VILLAGE
          紫罗兰小区           | RESIDENTIAL_COMPOUND
          """)
  void chineseAndMinorityLanguageNamesAreNotForeign(String name, PlaceCategory category) {
    assertNoneOf(name, category, ReasonGroup.FOREIGN);
  }

  // ---- 怪: numbers, symbols, Latin-only names, odd words

  @ParameterizedTest(name = "{0} ({1}) → {2} “{3}”")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1号路          | STREET               | ODD_BARE_NUMBER   | 1号
          001            | BUILDING             | ODD_BARE_NUMBER   | 001
          一号路         | STREET               | ODD_BARE_NUMBER   | 一号
          ３号楼         | BUILDING             | ODD_BARE_NUMBER   | ３号
          阳光100城      | RESIDENTIAL_COMPOUND | ODD_ARABIC_DIGITS | 100
          锦绣公馆·英伦  | RESIDENTIAL_COMPOUND | ODD_SYMBOL        | ·
          幸福-家园      | RESIDENTIAL_COMPOUND | ODD_SYMBOL        | -
          金桥#小区      | RESIDENTIAL_COMPOUND | ODD_SYMBOL        | #
          东/西巷        | STREET               | ODD_SYMBOL        | /
          幸福小区（一期）| RESIDENTIAL_COMPOUND | ODD_SYMBOL        | （ ）
          【阳光】小区   | RESIDENTIAL_COMPOUND | ODD_SYMBOL        | 【 】
          Xingfu         | BUILDING             | ODD_LATIN_ONLY    | Xingfu
          ABC            | RESIDENTIAL_COMPOUND | ODD_LATIN_ONLY    | ABC
          奇葩小区       | RESIDENTIAL_COMPOUND | ODD_WORD          | 奇葩
          屌丝巷         | STREET               | ODD_WORD          | 屌丝
          """)
  void oddNames(String name, PlaceCategory category, ReasonCode code, String matched) {
    assertRaises(name, category, code, matched);
  }

  @Test
  void aSpaceIsASymbol() {
    assertRaises("幸福 小区", PlaceCategory.RESIDENTIAL_COMPOUND, ReasonCode.ODD_SYMBOL, "空格");
  }

  @Test
  void aBareNumberIsNotAlsoReportedForItsDigits() {
    assertThat(check("1号路", PlaceCategory.STREET))
        .extracting(NameWarning::reasonCode)
        .containsExactly(ReasonCode.ODD_BARE_NUMBER);
  }

  @ParameterizedTest(name = "{0} ({1}) is not odd")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          人民路               | STREET
          三工镇               | TOWNSHIP_LEVEL_DIVISION
          二六工镇             | TOWNSHIP_LEVEL_DIVISION
          二十里店镇           | TOWNSHIP_LEVEL_DIVISION
          十八户村             | VILLAGE
          一连生活区           | SELF_GOVERNING_ORGANIZATION
          一〇八商贸物流园社区 | COMMUNITY
          兵团一四七团         | NON_ADMINISTRATIVE_AREA
          """)
  void namesWithNumeralsAndAWordAreNotOdd(String name, PlaceCategory category) {
    assertNoneOf(name, category, ReasonGroup.ODD);
  }

  // ---- characters: the 通用规范汉字表, traditional and mixed scripts

  @ParameterizedTest(name = "{0} ({1}) → {2} “{3}”")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          長安路       | STREET                  | CHAR_TRADITIONAL          | 長
          鄉村路       | STREET                  | CHAR_TRADITIONAL          | 鄉
          长安門路     | STREET                  | CHAR_MIXED_SCRIPT         | 門
          鳳凰小区     | RESIDENTIAL_COMPOUND    | CHAR_MIXED_SCRIPT         | 鳳
          硫磺沟镇     | TOWNSHIP_LEVEL_DIVISION | CHAR_NOT_IN_STANDARD_LIST | 磺
          槑槑小区     | RESIDENTIAL_COMPOUND    | CHAR_NOT_IN_STANDARD_LIST | 槑
          さくら小区   | RESIDENTIAL_COMPOUND    | CHAR_NOT_IN_STANDARD_LIST | さくら
          """)
  void characterRules(String name, PlaceCategory category, ReasonCode code, String matched) {
    assertRaises(name, category, code, matched);
  }

  @Test
  void aNameInAnotherScriptIsOutsideTheTable() {
    // the Uyghur spelling of Ürümqi: a minority-script form belongs in its own field, not here
    assertRaises("ئۈرۈمچى", PlaceCategory.BUILDING, ReasonCode.CHAR_NOT_IN_STANDARD_LIST, null);
  }

  @Test
  void traditionalNamesComeWithTheirSimplifiedForm() {
    assertThat(check("長安路", PlaceCategory.STREET))
        .singleElement()
        .satisfies(w -> assertThat(w.suggestedAction()).endsWith("：“长安路”"));
    assertThat(check("长安門路", PlaceCategory.STREET))
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.explanation()).contains("門").contains("长");
              assertThat(w.suggestedAction()).endsWith("：“长安门路”");
            });
  }

  @Test
  void charactersTheTableKeepsAreNotTraditional() {
    // 乾, 於, 堃 are OpenCC traditional keys, but the 通用规范汉字表 keeps them
    assertNoneOf("乾元路", PlaceCategory.STREET, ReasonGroup.CHARACTER);
    assertNoneOf("於家庄", PlaceCategory.NATURAL_VILLAGE, ReasonGroup.CHARACTER);
    assertNoneOf("堃苑", PlaceCategory.RESIDENTIAL_COMPOUND, ReasonGroup.CHARACTER);
  }

  // ---- 通名: the generic part and the category

  @ParameterizedTest(name = "{0} ({1}) → {2} {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          中山路小区 | STREET                  | GENERIC_CONTRADICTS_CATEGORY | 小区
          幸福家园   | STREET                  | GENERIC_CONTRADICTS_CATEGORY | 家园
          宁边路街道 | STREET                  | GENERIC_CONTRADICTS_CATEGORY | 街道
          解放桥     | STREET                  | GENERIC_CONTRADICTS_CATEGORY | 桥
          幸福       | STREET                  | GENERIC_MISSING              | -
          团结路     | BRIDGE                  | GENERIC_CONTRADICTS_CATEGORY | 路
          阳光小区   | VILLAGE                 | GENERIC_CONTRADICTS_CATEGORY | 小区
          西沟       | VILLAGE                 | GENERIC_MISSING              | -
          阳光路     | RESIDENTIAL_COMPOUND    | GENERIC_CONTRADICTS_CATEGORY | 路
          金榆       | COMMUNITY               | GENERIC_MISSING              | -
          民主村     | COMMUNITY               | GENERIC_CONTRADICTS_CATEGORY | 村
          北门       | TOWNSHIP_LEVEL_DIVISION | GENERIC_MISSING              | -
          """)
  void genericsThatDoNotFitTheCategory(
      String name, PlaceCategory category, ReasonCode code, String generic) {
    assertRaises(name, category, code, generic);
  }

  @Test
  void aGivenGenericTheTableDoesNotKnowContradicts() {
    NameCandidate slope =
        NameCandidate.of("n1", "黄桷坡", PlaceCategory.STREET, CHANGJI_CITY).withParts("黄桷", "坡");
    assertRaises(slope, NameIndex.empty(), ReasonCode.GENERIC_CONTRADICTS_CATEGORY, "坡");
  }

  @ParameterizedTest(name = "{0} ({1}) has a fitting generic")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          人民路           | STREET
          北京南路         | STREET
          乌鲁木齐北路     | STREET
          迎宾大道         | STREET
          苇湖巷           | STREET
          延安北路街道     | TOWNSHIP_LEVEL_DIVISION
          三工镇           | TOWNSHIP_LEVEL_DIVISION
          江布拉克新村     | VILLAGE
          西沟村           | VILLAGE
          天山花园社区     | COMMUNITY
          阳光新村         | RESIDENTIAL_COMPOUND
          丽苑             | RESIDENTIAL_COMPOUND
          头屯河大桥       | BRIDGE
          昌吉回族自治州   | PREFECTURE_LEVEL_DIVISION
          木垒哈萨克自治县 | COUNTY_LEVEL_DIVISION
          """)
  void fittingGenerics(String name, PlaceCategory category) {
    assertNoneOf(name, category, ReasonGroup.GENERIC);
  }

  @Test
  void realNamesPassEveryRule() {
    for (String street : List.of("人民路", "北京南路", "乌鲁木齐北路", "延安北路", "建国路")) {
      assertThat(check(street, PlaceCategory.STREET)).as(street).isEmpty();
    }
    assertThat(check("三工镇", PlaceCategory.TOWNSHIP_LEVEL_DIVISION)).isEmpty();
    assertThat(check("二六工镇", PlaceCategory.TOWNSHIP_LEVEL_DIVISION)).isEmpty();
  }

  // ---- 重: duplicates and homophones in one county and major class

  private static InMemoryNameIndex index(NameCandidate... names) {
    return InMemoryNameIndex.of(List.of(names), CHECKER.keys());
  }

  @Test
  void theSameNameInTheCountyAndClassIsADuplicate() {
    NameCandidate existing = NameCandidate.of("s1", "幸福路", PlaceCategory.STREET, CHANGJI_CITY);
    NameCandidate entered = NameCandidate.of(null, "幸福路", PlaceCategory.STREET, CHANGJI_CITY);
    assertRaises(entered, index(existing), ReasonCode.DUPLICATE_IN_SCOPE, "幸福路");
    assertThat(CHECKER.check(entered, index(existing)))
        .singleElement()
        .satisfies(w -> assertThat(w.relatedNameIds()).containsExactly("s1"));
  }

  @Test
  void aSameSoundingNameIsAHomophone() {
    NameCandidate existing = NameCandidate.of("s1", "幸福路", PlaceCategory.STREET, CHANGJI_CITY);
    NameCandidate entered = NameCandidate.of(null, "兴福路", PlaceCategory.STREET, CHANGJI_CITY);
    assertRaises(entered, index(existing), ReasonCode.HOMOPHONE_IN_SCOPE, "xingfulu");
  }

  @Test
  void anotherHomophone() {
    NameCandidate existing = NameCandidate.of("s1", "北京路", PlaceCategory.STREET, CHANGJI_CITY);
    NameCandidate entered = NameCandidate.of(null, "背景路", PlaceCategory.STREET, CHANGJI_CITY);
    assertRaises(entered, index(existing), ReasonCode.HOMOPHONE_IN_SCOPE, "beijinglu");
  }

  @Test
  void traditionalAndFullWidthFormsAreTheSameName() {
    NameCandidate existing = NameCandidate.of("s1", "长安路", PlaceCategory.STREET, CHANGJI_CITY);
    assertRaises(
        NameCandidate.of(null, "長安路", PlaceCategory.STREET, CHANGJI_CITY),
        index(existing),
        ReasonCode.DUPLICATE_IN_SCOPE,
        "長安路");
    NameCandidate lettered = NameCandidate.of("s2", "A区路", PlaceCategory.STREET, CHANGJI_CITY);
    assertRaises(
        NameCandidate.of(null, "Ａ区路", PlaceCategory.STREET, CHANGJI_CITY),
        index(lettered),
        ReasonCode.DUPLICATE_IN_SCOPE,
        "Ａ区路");
  }

  @Test
  void anotherCountyOrAnotherMajorClassIsNoDuplicate() {
    NameCandidate village = NameCandidate.of("v1", "幸福村", PlaceCategory.VILLAGE, CHANGJI_CITY);
    NameCandidate elsewhere = NameCandidate.of(null, "幸福村", PlaceCategory.VILLAGE, "652302000000");
    NameCandidate natural =
        NameCandidate.of(null, "幸福村", PlaceCategory.NATURAL_VILLAGE, CHANGJI_CITY);
    assertNoneOfWithIndex(elsewhere, index(village));
    assertNoneOfWithIndex(natural, index(village));
  }

  @Test
  void subclassesOfOneMajorClassShareTheScope() {
    NameCandidate community = NameCandidate.of("c1", "幸福社区", PlaceCategory.COMMUNITY, CHANGJI_CITY);
    NameCandidate asMajor =
        NameCandidate.of(null, "幸福社区", PlaceCategory.SELF_GOVERNING_ORGANIZATION, CHANGJI_CITY);
    assertRaises(asMajor, index(community), ReasonCode.DUPLICATE_IN_SCOPE, "幸福社区");
  }

  @Test
  void aNameIsNotItsOwnDuplicate() {
    NameCandidate stored = NameCandidate.of("s1", "幸福路", PlaceCategory.STREET, CHANGJI_CITY);
    assertNoneOfWithIndex(stored, index(stored));
  }

  @Test
  void anotherRomanizationCanBePluggedIn() {
    // a romanization that reads every name the same: everything sounds alike
    NameChecker checker = NameChecker.standard(NameKeys.withPinyin(name -> "same"));
    NameCandidate existing = NameCandidate.of("s1", "人民路", PlaceCategory.STREET, CHANGJI_CITY);
    InMemoryNameIndex index = InMemoryNameIndex.of(List.of(existing), checker.keys());
    assertThat(
            checker.check(NameCandidate.of(null, "建国路", PlaceCategory.STREET, CHANGJI_CITY), index))
        .singleElement()
        .satisfies(w -> assertThat(w.reasonCode()).isEqualTo(ReasonCode.HOMOPHONE_IN_SCOPE));
  }

  private static void assertNoneOfWithIndex(NameCandidate candidate, NameIndex index) {
    assertThat(CHECKER.check(candidate, index))
        .noneMatch(w -> w.reasonCode().group() == ReasonGroup.DUPLICATE);
  }

  // ---- the checker

  @Test
  void warningsComeMostSevereFirst() {
    List<NameWarning> warnings = check("皇家曼哈顿·1号", PlaceCategory.RESIDENTIAL_COMPOUND);
    assertThat(warnings).extracting(NameWarning::severity).isSorted();
    assertThat(warnings)
        .extracting(NameWarning::reasonCode)
        .contains(
            ReasonCode.BIG_GRANDIOSE_WORD,
            ReasonCode.FOREIGN_PLACE_NAME,
            ReasonCode.ODD_SYMBOL,
            ReasonCode.ODD_ARABIC_DIGITS,
            ReasonCode.GENERIC_MISSING);
  }

  @Test
  void everyReasonCodeHasARule() {
    assertThat(CHECKER.rules().stream().flatMap(r -> r.reasonCodes().stream()))
        .containsExactlyInAnyOrder(ReasonCode.values());
  }

  @Test
  void reasonCodePrefixesAreTheirFamilies() {
    for (ReasonCode code : ReasonCode.values()) {
      String prefix =
          switch (code.group()) {
            case BIG -> "BIG_";
            case FOREIGN -> "FOREIGN_";
            case ODD -> "ODD_";
            case DUPLICATE -> code.name().startsWith("HOMOPHONE_") ? "HOMOPHONE_" : "DUPLICATE_";
            case CHARACTER -> "CHAR_";
            case GENERIC -> "GENERIC_";
          };
      assertThat(code.name()).startsWith(prefix);
    }
  }

  // ---- refused candidates

  @Test
  void refusesMalformedCandidates() {
    assertThatThrownBy(() -> NameCandidate.of("n", " ", PlaceCategory.STREET, CHANGJI_CITY))
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> NameCandidate.of("n", "人民路", PlaceCategory.STREET, "652301"))
        .hasMessageContaining("12 digits");
    assertThatThrownBy(
            () ->
                NameCandidate.of("n", "人民路", PlaceCategory.STREET, CHANGJI_CITY)
                    .withParts("人民", "街"))
        .hasMessageContaining("not the end");
    assertThatThrownBy(() -> SizeHint.area(-1)).hasMessageContaining("area");
    assertThatThrownBy(() -> PlaceCategory.fromCode("99")).hasMessageContaining("99");
  }

  @Test
  void categoriesHaveMajorClasses() {
    assertThat(PlaceCategory.values()).filteredOn(PlaceCategory::isMajor).hasSize(12);
    assertThat(PlaceCategory.STREET.major()).isEqualTo(PlaceCategory.TRANSPORT_FACILITY);
    assertThat(PlaceCategory.fromCode("0801")).isEqualTo(PlaceCategory.STREET);
    assertThat(PlaceCategory.STREET.isA(PlaceCategory.TRANSPORT_FACILITY)).isTrue();
    assertThat(PlaceCategory.TRANSPORT_FACILITY.isA(PlaceCategory.STREET)).isFalse();
    for (PlaceCategory c : PlaceCategory.values()) {
      assertThat(c.code()).startsWith(c.major().code());
    }
  }
}
