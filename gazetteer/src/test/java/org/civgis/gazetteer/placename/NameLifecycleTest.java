package org.civgis.gazetteer.placename;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NameLifecycleTest {
  private static final LocalDate REVIEWED = LocalDate.of(2024, 3, 1);
  private static final PlaceName.Approval APPROVAL =
      new PlaceName.Approval("昌吉州人民政府", LocalDate.of(2024, 3, 10), "昌州政函〔2024〕12号");
  private static final PlaceName.Announcement ANNOUNCEMENT =
      new PlaceName.Announcement("昌州地名公告〔2024〕第3号", LocalDate.of(2024, 4, 1));
  private static final List<NameReview> BOTH_REVIEWS =
      List.of(
          new NameReview(
              NameReview.Kind.EXPERT_EVALUATION,
              LocalDate.of(2024, 2, 1),
              REVIEWED,
              "专家认为名称含义清楚",
              "同意",
              "fukang.officer"),
          new NameReview(
              NameReview.Kind.PUBLIC_CONSULTATION,
              LocalDate.of(2024, 2, 1),
              LocalDate.of(2024, 2, 20),
              "公示期间无异议",
              "同意",
              "fukang.officer"));

  /** A name in {@code status}, with what that status implies already filled in. */
  static PlaceName nameIn(NameStatus status) {
    boolean approved =
        EnumSet.of(
                NameStatus.APPROVED,
                NameStatus.ANNOUNCED,
                NameStatus.FILED,
                NameStatus.RENAMED,
                NameStatus.RETIRED)
            .contains(status);
    boolean standard = status.isStandard();
    return new PlaceName(
        1,
        1,
        "652302-TEST-1",
        NameText.of("博峰路", "博峰", "路", "road"),
        null,
        false,
        "652302000000",
        List.of("652302000000"),
        status,
        standard ? ANNOUNCEMENT.date() : null,
        status == NameStatus.RENAMED || status == NameStatus.RETIRED
            ? LocalDate.of(2025, 1, 1)
            : null,
        approved ? APPROVAL : null,
        standard ? ANNOUNCEMENT : null,
        "test",
        "fukang.officer",
        null);
  }

  /** A step to {@code target} with everything it needs. */
  static NameLifecycle.Step completeStep(NameStatus target) {
    return new NameLifecycle.Step(
        target, LocalDate.of(2024, 6, 1), APPROVAL, ANNOUNCEMENT, "依据昌州政函〔2024〕20号");
  }

  // ---- every transition, legal and illegal

  @ParameterizedTest
  @EnumSource(NameStatus.class)
  void everyTargetFromEveryStatusIsAllowedExactlyWhenTheLifecycleSaysSo(NameStatus from) {
    Set<NameStatus> allowed =
        switch (from) {
          case PROPOSED -> EnumSet.of(NameStatus.UNDER_REVIEW, NameStatus.WITHDRAWN);
          case UNDER_REVIEW ->
              EnumSet.of(NameStatus.APPROVED, NameStatus.PROPOSED, NameStatus.WITHDRAWN);
          case APPROVED -> EnumSet.of(NameStatus.ANNOUNCED);
          case ANNOUNCED -> EnumSet.of(NameStatus.FILED, NameStatus.RETIRED);
          case FILED -> EnumSet.of(NameStatus.RETIRED);
          case RENAMED, RETIRED, WITHDRAWN -> EnumSet.noneOf(NameStatus.class);
        };
    for (NameStatus to : NameStatus.values()) {
      PlaceName name = nameIn(from);
      if (allowed.contains(to)) {
        PlaceName after = NameLifecycle.apply(name, completeStep(to), BOTH_REVIEWS);
        assertThat(after.status()).as(from + " → " + to).isEqualTo(to);
      } else {
        assertThatThrownBy(() -> NameLifecycle.apply(name, completeStep(to), BOTH_REVIEWS))
            .as(from + " → " + to)
            .isInstanceOf(IllegalTransitionException.class)
            .hasMessageContaining(from.chineseName());
      }
    }
  }

  @Test
  void theStepsSetValidityApprovalAndAnnouncement() {
    PlaceName approved =
        NameLifecycle.apply(
            nameIn(NameStatus.UNDER_REVIEW), completeStep(NameStatus.APPROVED), BOTH_REVIEWS);
    assertThat(approved.approval()).isEqualTo(APPROVAL);
    assertThat(approved.validFrom()).isNull();

    PlaceName announced =
        NameLifecycle.apply(approved, completeStep(NameStatus.ANNOUNCED), List.of());
    assertThat(announced.validFrom()).isEqualTo(ANNOUNCEMENT.date());
    assertThat(announced.isValidOn(ANNOUNCEMENT.date())).isTrue();
    assertThat(announced.isValidOn(ANNOUNCEMENT.date().minusDays(1))).isFalse();

    PlaceName retired = NameLifecycle.apply(announced, completeStep(NameStatus.RETIRED), List.of());
    assertThat(retired.validTo()).isEqualTo(LocalDate.of(2024, 6, 1));
    assertThat(retired.isValidOn(LocalDate.of(2024, 6, 1))).isFalse();
  }

  // ---- what each step needs

  @Test
  void approvalNeedsBothReviewsConcluded() {
    PlaceName underReview = nameIn(NameStatus.UNDER_REVIEW);
    NameLifecycle.Step approve = completeStep(NameStatus.APPROVED);
    assertThatThrownBy(
            () -> NameLifecycle.apply(underReview, approve, List.of(BOTH_REVIEWS.get(0))))
        .hasMessageContaining("征求意见");
    assertThatThrownBy(
            () -> NameLifecycle.apply(underReview, approve, List.of(BOTH_REVIEWS.get(1))))
        .hasMessageContaining("专家论证");
    NameReview running =
        new NameReview(NameReview.Kind.PUBLIC_CONSULTATION, REVIEWED, null, "公示中", null, "x");
    assertThatThrownBy(
            () -> NameLifecycle.apply(underReview, approve, List.of(BOTH_REVIEWS.get(0), running)))
        .hasMessageContaining("征求意见");
  }

  @Test
  void approvalNeedsItsDocumentAndADateAfterTheReviews() {
    PlaceName underReview = nameIn(NameStatus.UNDER_REVIEW);
    assertThatThrownBy(
            () ->
                NameLifecycle.apply(
                    underReview,
                    new NameLifecycle.Step(
                        NameStatus.APPROVED,
                        REVIEWED,
                        new PlaceName.Approval("昌吉州人民政府", REVIEWED, " "),
                        null,
                        null),
                    BOTH_REVIEWS))
        .hasMessageContaining("批准文号");
    assertThatThrownBy(
            () ->
                NameLifecycle.apply(
                    underReview,
                    new NameLifecycle.Step(
                        NameStatus.APPROVED,
                        REVIEWED,
                        new PlaceName.Approval("昌吉州人民政府", LocalDate.of(2024, 2, 25), "文号"),
                        null,
                        null),
                    BOTH_REVIEWS))
        .hasMessageContaining("不能早于论证和征求意见的结束日期");
  }

  @Test
  void announcementNeedsNumberAndDateNotBeforeApproval() {
    PlaceName approved = nameIn(NameStatus.APPROVED);
    assertThatThrownBy(
            () ->
                NameLifecycle.apply(
                    approved,
                    new NameLifecycle.Step(NameStatus.ANNOUNCED, REVIEWED, null, null, null),
                    List.of()))
        .hasMessageContaining("公告编号");
    assertThatThrownBy(
            () ->
                NameLifecycle.apply(
                    approved,
                    new NameLifecycle.Step(
                        NameStatus.ANNOUNCED,
                        REVIEWED,
                        null,
                        new PlaceName.Announcement("第1号", LocalDate.of(2024, 3, 9)),
                        null),
                    List.of()))
        .hasMessageContaining("不能早于批准日期");
  }

  @Test
  void retiringAndWithdrawingNeedAReason() {
    for (NameStatus from : List.of(NameStatus.FILED, NameStatus.PROPOSED)) {
      NameStatus to = from == NameStatus.FILED ? NameStatus.RETIRED : NameStatus.WITHDRAWN;
      assertThatThrownBy(
              () ->
                  NameLifecycle.apply(
                      nameIn(from),
                      new NameLifecycle.Step(to, LocalDate.of(2024, 6, 1), null, null, " "),
                      List.of()))
          .isInstanceOf(IllegalTransitionException.class);
    }
    assertThatThrownBy(
            () ->
                NameLifecycle.apply(
                    nameIn(NameStatus.FILED),
                    new NameLifecycle.Step(
                        NameStatus.RETIRED, ANNOUNCEMENT.date(), null, null, "依据"),
                    List.of()))
        .hasMessageContaining("晚于");
  }

  // ---- renaming

  @Test
  void supersedingClosesTheOldName() {
    PlaceName old = nameIn(NameStatus.FILED);
    PlaceName renamed = NameLifecycle.supersede(old, LocalDate.of(2025, 5, 1));
    assertThat(renamed.status()).isEqualTo(NameStatus.RENAMED);
    assertThat(renamed.validTo()).isEqualTo(LocalDate.of(2025, 5, 1));
    assertThat(renamed.isValidOn(LocalDate.of(2025, 4, 30))).isTrue();
    assertThat(renamed.isValidOn(LocalDate.of(2025, 5, 1))).isFalse();

    assertThatThrownBy(
            () -> NameLifecycle.supersede(nameIn(NameStatus.PROPOSED), LocalDate.of(2025, 5, 1)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> NameLifecycle.supersede(old, ANNOUNCEMENT.date()))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> NameLifecycle.apply(old, completeStep(NameStatus.RENAMED), List.of()))
        .isInstanceOf(IllegalTransitionException.class);
  }
}
