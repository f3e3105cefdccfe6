package org.civgis.gazetteer.placename.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CleanupWorklistTest {
  private static final String CHANGJI = "652301000000";
  private static final String FUKANG = "652302000000";
  private static final NameChecker CHECKER = NameChecker.standard();

  private static final List<NameCandidate> NAMES =
      List.of(
          NameCandidate.of("1", "人民路", PlaceCategory.STREET, CHANGJI),
          NameCandidate.of("2", "曼哈顿小区", PlaceCategory.RESIDENTIAL_COMPOUND, CHANGJI),
          NameCandidate.of("3", "幸福路", PlaceCategory.STREET, CHANGJI),
          NameCandidate.of("4", "幸福路", PlaceCategory.STREET, CHANGJI),
          NameCandidate.of("5", "皇家1号院", PlaceCategory.RESIDENTIAL_COMPOUND, FUKANG),
          NameCandidate.of("6", "博峰街", PlaceCategory.STREET, FUKANG));

  private CleanupWorklist worklist;

  @BeforeEach
  void build() {
    worklist = CleanupWorklist.build(NAMES, CHECKER, InMemoryNameIndex.of(NAMES, CHECKER.keys()));
  }

  // ---- the batch

  @Test
  void flaggedNamesBecomeOpenEntriesInOrder() {
    assertThat(worklist.entries())
        .extracting(WorklistEntry::nameId)
        .containsExactly("2", "3", "4", "5");
    assertThat(worklist.entries()).allMatch(e -> e.status() == CleanupStatus.OPEN);
    assertThat(worklist.entry("1")).isEmpty();
    assertThat(worklist.entry("3").orElseThrow().reasonCodes())
        .containsExactly(ReasonCode.DUPLICATE_IN_SCOPE);
  }

  @Test
  void anEntryGathersItsReasonsAndActions() {
    WorklistEntry entry = worklist.entry("5").orElseThrow();
    assertThat(entry.reasonCodes())
        .containsExactly(
            ReasonCode.BIG_GRANDIOSE_WORD,
            ReasonCode.ODD_ARABIC_DIGITS,
            ReasonCode.GENERIC_MISSING);
    assertThat(entry.severity()).isEqualTo(Severity.WARNING);
    assertThat(entry.suggestedAction())
        .contains(ReasonCode.BIG_GRANDIOSE_WORD.suggestedAction())
        .contains("；");
  }

  @Test
  void countsByReason() {
    assertThat(worklist.countsByReason())
        .containsEntry(ReasonCode.DUPLICATE_IN_SCOPE, 2)
        .containsEntry(ReasonCode.FOREIGN_PLACE_NAME, 1)
        .containsEntry(ReasonCode.BIG_GRANDIOSE_WORD, 1);
  }

  @Test
  void refusesABatchWithoutUniqueIds() {
    List<NameCandidate> twice = List.of(NAMES.get(0), NAMES.get(0));
    assertThatThrownBy(() -> CleanupWorklist.build(twice, CHECKER, NameIndex.empty()))
        .hasMessageContaining("id");
    List<NameCandidate> none = List.of(NameCandidate.of(null, "x路", PlaceCategory.STREET, CHANGJI));
    assertThatThrownBy(() -> CleanupWorklist.build(none, CHECKER, NameIndex.empty()))
        .hasMessageContaining("id");
  }

  // ---- status

  @Test
  void statusMovesThroughTheWork() {
    worklist.setStatus("2", CleanupStatus.IN_PROGRESS, "拟更名为“宁边小区”");
    WorklistEntry done = worklist.setStatus("2", CleanupStatus.DONE, "已更名");
    assertThat(done.status()).isEqualTo(CleanupStatus.DONE);
    assertThat(worklist.entry("2").orElseThrow().note()).isEqualTo("已更名");
    worklist.setStatus("2", CleanupStatus.OPEN, "复查");
    assertThat(worklist.entry("2").orElseThrow().status()).isEqualTo(CleanupStatus.OPEN);
  }

  @Test
  void aWaiverNeedsAReason() {
    assertThatThrownBy(() -> worklist.setStatus("3", CleanupStatus.WAIVED, " "))
        .hasMessageContaining("reason");
    assertThat(worklist.setStatus("3", CleanupStatus.WAIVED, "历史地名，保留").status())
        .isEqualTo(CleanupStatus.WAIVED);
  }

  @Test
  void refusesMovesThatMakeNoSense() {
    worklist.setStatus("2", CleanupStatus.DONE, null);
    assertThatThrownBy(() -> worklist.setStatus("2", CleanupStatus.IN_PROGRESS, null))
        .hasMessageContaining("DONE");
    assertThatThrownBy(() -> worklist.setStatus("4", CleanupStatus.OPEN, null))
        .hasMessageContaining("OPEN");
    assertThatThrownBy(() -> worklist.setStatus("1", CleanupStatus.DONE, null))
        .hasMessageContaining("not on the worklist");
  }

  // ---- progress per county

  @Test
  void progressCountsEveryCheckedName() {
    worklist.setStatus("2", CleanupStatus.DONE, null);
    worklist.setStatus("3", CleanupStatus.IN_PROGRESS, null);
    worklist.setStatus("4", CleanupStatus.WAIVED, "两路分属两个镇，已加注");
    assertThat(worklist.progressByCounty())
        .containsExactly(
            Map.entry(CHANGJI, new CountyProgress(CHANGJI, 4, 3, 0, 1, 1, 1)),
            Map.entry(FUKANG, new CountyProgress(FUKANG, 2, 1, 1, 0, 0, 0)));
    CountyProgress changji = worklist.progressByCounty().get(CHANGJI);
    assertThat(changji.closed()).isEqualTo(2);
    assertThat(changji.closedShare()).isEqualTo(2.0 / 3);
    assertThat(new CountyProgress(FUKANG, 5, 0, 0, 0, 0, 0).closedShare()).isEqualTo(1.0);
  }
}
