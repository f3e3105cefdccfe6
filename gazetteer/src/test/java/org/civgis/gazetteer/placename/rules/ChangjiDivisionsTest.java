package org.civgis.gazetteer.placename.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checker over the 1,040 real divisions of 昌吉回族自治州 (2023 statistical division codes): every
 * warning was reviewed by hand and is listed here with why. No 洋 or 怪 warning is false: the one 洋
 * finding (香槟) is real.
 */
class ChangjiDivisionsTest {
  private static List<NameCandidate> candidates;
  private static CleanupWorklist worklist;

  @BeforeAll
  static void checkAll() {
    candidates = ChangjiDivisions.candidates();
    NameChecker checker = NameChecker.standard();
    worklist =
        CleanupWorklist.build(
            candidates, checker, InMemoryNameIndex.of(candidates, checker.keys()));
  }

  @Test
  void theFileHas1040Divisions() {
    assertThat(candidates).hasSize(1040);
    assertThat(candidates.stream().map(NameCandidate::category).distinct())
        .containsExactlyInAnyOrder(
            PlaceCategory.PREFECTURE_LEVEL_DIVISION,
            PlaceCategory.COUNTY_LEVEL_DIVISION,
            PlaceCategory.TOWNSHIP_LEVEL_DIVISION,
            PlaceCategory.NON_ADMINISTRATIVE_AREA,
            PlaceCategory.COMMUNITY,
            PlaceCategory.VILLAGE,
            PlaceCategory.SELF_GOVERNING_ORGANIZATION);
  }

  // ---- the counts per reason code, as reviewed

  @Test
  void warningsPerReasonCode() {
    assertThat(worklist.countsByReason())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                ReasonCode.BIG_GRANDIOSE_WORD, 1,
                ReasonCode.FOREIGN_WORD, 1,
                ReasonCode.CHAR_NOT_IN_STANDARD_LIST, 1,
                ReasonCode.DUPLICATE_IN_SCOPE, 141));
    assertThat(worklist.entries()).hasSize(144);
  }

  // ---- the single findings

  @Test
  void huanggongVillageHasAGrandioseWord() {
    // 奇台县 碧流河镇 皇宫村: a historic village name. A notice only (villages get INFO); to be waived.
    assertThat(only(ReasonCode.BIG_GRANDIOSE_WORD))
        .satisfies(
            e -> {
              assertThat(e.nameId()).isEqualTo("652325106203");
              assertThat(e.name()).isEqualTo("皇宫村");
              assertThat(e.severity()).isEqualTo(Severity.INFO);
            });
  }

  @Test
  void champagneCommunityHasAForeignWord() {
    // 昌吉市 绿洲路街道 香槟社区: 香槟 is champagne, named after the French region; the community
    // took the name of a housing estate. A real 洋 finding; whether to rename an established
    // community is the bureau's decision.
    assertThat(only(ReasonCode.FOREIGN_WORD))
        .satisfies(
            e -> {
              assertThat(e.nameId()).isEqualTo("652301006015");
              assertThat(e.name()).isEqualTo("香槟社区");
              assertThat(e.warnings().get(0).matched()).isEqualTo("香槟");
            });
  }

  @Test
  void liuhuanggouHasACharacterOutsideTheTable() {
    // 昌吉市 硫磺沟镇: 磺 is not among the 8,105 characters (the table's chemistry term is 硫黄).
    // The legal name of a town: waive, or propose 硫黄沟镇 through the renaming procedure.
    assertThat(only(ReasonCode.CHAR_NOT_IN_STANDARD_LIST))
        .satisfies(
            e -> {
              assertThat(e.nameId()).isEqualTo("652301100000");
              assertThat(e.warnings().get(0).matched()).isEqualTo("磺");
            });
  }

  @Test
  void noOddGenericOrOtherForeignFinding() {
    // Minority-language names (阿什里哈萨克民族乡, 江布拉克新村, 霍斯铁热克村, 乌克勒别依特村 …) and
    // numbered names (三工镇, 二六工镇, 十八户村, 一零八商贸物流园社区) raise nothing.
    assertThat(worklist.entries())
        .flatMap(WorklistEntry::reasonCodes)
        .noneMatch(c -> c.group() == ReasonGroup.ODD || c.group() == ReasonGroup.GENERIC)
        .noneMatch(
            c ->
                c == ReasonCode.FOREIGN_PLACE_NAME
                    || c == ReasonCode.FOREIGN_PERSON_NAME
                    || c == ReasonCode.FOREIGN_LATIN_LETTERS
                    || c == ReasonCode.HOMOPHONE_IN_SCOPE);
  }

  // ---- 重: the 50 repeated names, county | name | times

  /**
   * 兵团 团场 and state farms number their companies (连队) from 一连. Where one county holds two or more
   * such units whose living areas are not prefixed with the unit's name, the names repeat: 昌吉市
   * (蔡家湖镇分部, 共青团农场, 军户农场), 阜康市 (土墩子农场, 六运湖农场, 二二二团), 呼图壁县 (一零五团, 一零六团), 玛纳斯县 (一四七团 … 一五零团); 吉木萨尔县
   * has one (红旗农场). 芳草湖农场, 新湖农场 and 奇台农场 prefix their names (芳草湖农场一连生活区) and do not repeat: that is
   * the suggested fix. The regulation scopes village-level names to one township, so these are
   * repeats under our county scope, not unlawful names.
   */
  private static final String COMPANY_LIVING_AREAS =
      """
      652301 | 一连生活区 | 2
      652301 | 二连生活区 | 2
      652301 | 四连生活区 | 2
      652301 | 五连生活区 | 2
      652301 | 六连生活区 | 2
      652301 | 八连生活区 | 2
      652302 | 一连生活区 | 3
      652302 | 二连生活区 | 3
      652302 | 三连生活区 | 3
      652302 | 四连生活区 | 3
      652302 | 五连生活区 | 3
      652302 | 六连生活区 | 2
      652323 | 一连生活区 | 2
      652323 | 二连生活区 | 2
      652323 | 三连生活区 | 2
      652323 | 四连生活区 | 2
      652323 | 五连生活区 | 2
      652323 | 六连生活区 | 2
      652324 | 一连生活区 | 4
      652324 | 二连生活区 | 2
      652324 | 三连生活区 | 4
      652324 | 四连生活区 | 4
      652324 | 五连生活区 | 4
      652324 | 六连生活区 | 4
      652324 | 七连生活区 | 4
      652324 | 八连生活区 | 4
      652324 | 九连生活区 | 4
      652324 | 十连生活区 | 3
      652324 | 十一连生活区 | 4
      652324 | 十二连生活区 | 3
      652324 | 十三连生活区 | 4
      652324 | 十四连生活区 | 4
      652324 | 十五连生活区 | 4
      652324 | 十六连生活区 | 4
      652324 | 十七连生活区 | 4
      652324 | 十八连生活区 | 3
      652324 | 十九连生活区 | 3
      652324 | 二十连生活区 | 2
      """;

  /**
   * Other units' living areas and headquarters: 农场生活区 in four townships of 昌吉市 (榆树沟镇, 二六工镇, 大西渠镇,
   * 滨湖镇); 农场一/二生活区 under both the 农业科技园区 and the 北部荒漠生态保护管理站; 团部社区 of the four 团 in 玛纳斯县.
   */
  private static final String OTHER_UNITS =
      """
      652301 | 农场生活区 | 4
      652301 | 农场一生活区 | 2
      652301 | 农场二生活区 | 2
      652324 | 团部社区 | 4
      """;

  /**
   * Villages repeated in two townships of one county (昌吉市 下六工村: 二六工镇 and 六工镇; 东沟村: 滨湖镇 and 佃坝镇;
   * 幸福村: 二六工镇 and 大西渠镇; 新戽村: 三工镇 and 大西渠镇; 呼图壁县 林场村: 二十里店镇 and 五工台镇; 玛纳斯县 王家庄村: 玛纳斯镇 and 兰州湾镇;
   * 吉木萨尔县 牧业村: 泉子街镇 and 大有镇): lawful under the township scope, worth a distinguishing prefix. 滨河社区
   * (昌吉市 中山路街道 and 兵团共青团农场) is the same community name twice in one city: a real duplicate.
   */
  private static final String VILLAGES_AND_COMMUNITIES =
      """
      652301 | 下六工村 | 2
      652301 | 东沟村 | 2
      652301 | 幸福村 | 2
      652301 | 新戽村 | 2
      652301 | 滨河社区 | 2
      652323 | 林场村 | 2
      652324 | 王家庄村 | 2
      652327 | 牧业村 | 2
      """;

  @Test
  void theRepeatedNames() {
    Map<String, Integer> expected = new HashMap<>();
    for (String block : List.of(COMPANY_LIVING_AREAS, OTHER_UNITS, VILLAGES_AND_COMMUNITIES)) {
      block
          .lines()
          .map(line -> line.split("\\|"))
          .forEach(
              f -> expected.put(f[0].strip() + " " + f[1].strip(), Integer.parseInt(f[2].strip())));
    }
    List<WorklistEntry> duplicates = worklist.entriesWith(ReasonCode.DUPLICATE_IN_SCOPE);
    Map<String, Integer> found =
        duplicates.stream()
            .collect(
                Collectors.toMap(
                    e -> e.countyCode().substring(0, 6) + " " + e.name(), e -> 1, Integer::sum));
    assertThat(expected).hasSize(50);
    assertThat(found).containsExactlyInAnyOrderEntriesOf(expected);
    for (WorklistEntry e : duplicates) {
      NameWarning w =
          e.warnings().stream()
              .filter(x -> x.reasonCode() == ReasonCode.DUPLICATE_IN_SCOPE)
              .findFirst()
              .orElseThrow();
      assertThat(w.relatedNameIds())
          .as(e.name())
          .hasSize(found.get(e.countyCode().substring(0, 6) + " " + e.name()) - 1)
          .doesNotContain(e.nameId());
    }
  }

  // ---- progress per county

  @Test
  void progressPerCounty() {
    Map<String, CountyProgress> progress = worklist.progressByCounty();
    assertThat(progress.values().stream().mapToInt(CountyProgress::total).sum()).isEqualTo(1040);
    assertThat(progress)
        .containsExactly(
            Map.entry("652300000000", new CountyProgress("652300000000", 1, 0, 0, 0, 0, 0)),
            Map.entry("652301000000", new CountyProgress("652301000000", 190, 32, 32, 0, 0, 0)),
            Map.entry("652302000000", new CountyProgress("652302000000", 122, 17, 17, 0, 0, 0)),
            Map.entry("652323000000", new CountyProgress("652323000000", 156, 14, 14, 0, 0, 0)),
            Map.entry("652324000000", new CountyProgress("652324000000", 242, 78, 78, 0, 0, 0)),
            Map.entry("652325000000", new CountyProgress("652325000000", 150, 1, 1, 0, 0, 0)),
            Map.entry("652327000000", new CountyProgress("652327000000", 102, 2, 2, 0, 0, 0)),
            Map.entry("652328000000", new CountyProgress("652328000000", 77, 0, 0, 0, 0, 0)));
  }

  private static WorklistEntry only(ReasonCode code) {
    List<WorklistEntry> entries = worklist.entriesWith(code);
    assertThat(entries).hasSize(1);
    return entries.get(0);
  }
}
