package org.civgis.gazetteer.placename;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The legal lifecycle of a name: which steps are allowed and what each step needs.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>{@link #apply} returns the name after the step or throws {@link IllegalTransitionException}
 *       with the reason; it never changes its input.
 *   <li>Approving needs a concluded expert evaluation and a concluded public consultation and the
 *       approval's authority, date (not before the reviews ended) and document number.
 *   <li>Announcing needs the announcement's number and date (not before the approval); the name is
 *       valid from that date. Retiring needs the date (after the name became valid) and a note
 *       naming the decision; the name is valid until then.
 *   <li>A change to a name on the heritage list (地名文化保护名录) — the approval of a name that supersedes
 *       it, or its retirement — needs a concluded heritage review (HERITAGE_REVIEW) of that change;
 *       {@link #apply(PlaceName, Step, List, String)} is told which protected name the step
 *       changes.
 *   <li>RENAMED is not a step of its own: {@link #supersede} closes the old name when the name that
 *       replaces it is announced.
 * </ol>
 */
public final class NameLifecycle {
  private NameLifecycle() {}

  /**
   * A step requested by a user.
   *
   * @param target the status to move to
   * @param on the day of the step (the decision's date)
   * @param approval for APPROVED: the approval
   * @param announcement for ANNOUNCED: the announcement
   * @param note why (required for RETIRED, WITHDRAWN and for sending a proposal back)
   */
  public record Step(
      NameStatus target,
      LocalDate on,
      PlaceName.Approval approval,
      PlaceName.Announcement announcement,
      String note) {}

  /** The name after {@code step}, given the reviews on record for it; no protected name changes. */
  public static PlaceName apply(PlaceName name, Step step, List<NameReview> reviews) {
    return apply(name, step, reviews, null);
  }

  /**
   * The name after {@code step}, given the reviews on record for it, when the step changes the
   * protected name {@code protectedName} (the name a proposal supersedes, or the name itself when
   * it is retired; {@code null} when no protected name changes).
   */
  public static PlaceName apply(
      PlaceName name, Step step, List<NameReview> reviews, String protectedName) {
    NameStatus from = name.status();
    NameStatus to = step.target();
    if (to == null || !from.next().contains(to)) {
      throw new IllegalTransitionException(
          "地名「"
              + name.text().standardName()
              + "」当前为「"
              + from.chineseName()
              + "」，不能转为「"
              + (to == null ? "（未指定）" : to.chineseName())
              + "」"
              + (from.next().isEmpty()
                  ? "；此状态为终态"
                  : "；可转为："
                      + from.next().stream()
                          .map(NameStatus::chineseName)
                          .collect(Collectors.joining("、"))));
    }
    if (step.on() == null) {
      throw new IllegalTransitionException("须给出办理日期");
    }
    return switch (to) {
      case UNDER_REVIEW -> name.withStatus(to, null, null, null, null);
      case PROPOSED, WITHDRAWN -> {
        requireNote(step, to == NameStatus.PROPOSED ? "退回修改须说明理由" : "撤回须说明理由");
        yield name.withStatus(to, null, null, null, null);
      }
      case APPROVED -> {
        requireHeritageReview(protectedName, reviews, "批准更名");
        yield approve(name, step, reviews);
      }
      case ANNOUNCED -> announce(name, step);
      case FILED ->
          name.withStatus(to, name.validFrom(), null, name.approval(), name.announcement());
      case RETIRED -> {
        requireNote(step, "注销须注明依据（批准文件）");
        requireHeritageReview(protectedName, reviews, "注销");
        if (name.validFrom() != null && !step.on().isAfter(name.validFrom())) {
          throw new IllegalTransitionException("注销日期须晚于地名生效日期 " + name.validFrom());
        }
        yield name.withStatus(
            to, name.validFrom(), step.on(), name.approval(), name.announcement());
      }
      case RENAMED -> throw new IllegalTransitionException("更名须通过新地名的命名程序办理");
    };
  }

  /**
   * The old name closed by the announcement of the name that supersedes it: RENAMED, valid until
   * {@code successorValidFrom}.
   */
  public static PlaceName supersede(PlaceName old, LocalDate successorValidFrom) {
    if (!old.status().isCurrentStandard()) {
      throw new IllegalTransitionException(
          "被更名的地名「"
              + old.text().standardName()
              + "」须为现行标准地名，当前为「"
              + old.status().chineseName()
              + "」");
    }
    if (old.validFrom() != null && !successorValidFrom.isAfter(old.validFrom())) {
      throw new IllegalTransitionException("新地名的公告日期须晚于原地名的生效日期 " + old.validFrom());
    }
    return old.withStatus(
        NameStatus.RENAMED,
        old.validFrom(),
        successorValidFrom,
        old.approval(),
        old.announcement());
  }

  private static PlaceName approve(PlaceName name, Step step, List<NameReview> reviews) {
    LocalDate reviewsEnded = null;
    for (NameReview.Kind kind : NameReview.REQUIRED_FOR_APPROVAL) {
      LocalDate ended =
          reviews.stream()
              .filter(r -> r.kind() == kind && r.isConcluded())
              .map(NameReview::endedOn)
              .max(LocalDate::compareTo)
              .orElseThrow(
                  () -> new IllegalTransitionException("批准前须完成" + kind.chineseName() + "并记录结论"));
      reviewsEnded = reviewsEnded == null || ended.isAfter(reviewsEnded) ? ended : reviewsEnded;
    }
    PlaceName.Approval approval = step.approval();
    if (approval == null
        || blank(approval.authority())
        || approval.date() == null
        || blank(approval.documentNo())) {
      throw new IllegalTransitionException("批准须填写批准机关、批准日期和批准文号");
    }
    if (approval.date().isBefore(reviewsEnded)) {
      throw new IllegalTransitionException("批准日期不能早于论证和征求意见的结束日期 " + reviewsEnded);
    }
    return name.withStatus(NameStatus.APPROVED, null, null, approval, null);
  }

  private static PlaceName announce(PlaceName name, Step step) {
    PlaceName.Announcement announcement = step.announcement();
    if (announcement == null || blank(announcement.number()) || announcement.date() == null) {
      throw new IllegalTransitionException("公告须填写公告编号和公告日期");
    }
    if (announcement.date().isBefore(name.approval().date())) {
      throw new IllegalTransitionException("公告日期不能早于批准日期 " + name.approval().date());
    }
    return name.withStatus(
        NameStatus.ANNOUNCED, announcement.date(), null, name.approval(), announcement);
  }

  private static void requireHeritageReview(
      String protectedName, List<NameReview> reviews, String decision) {
    if (protectedName != null
        && reviews.stream()
            .noneMatch(r -> r.kind() == NameReview.Kind.HERITAGE_REVIEW && r.isConcluded())) {
      throw new IllegalTransitionException(
          "「"
              + protectedName
              + "」已列入地名文化保护名录，"
              + decision
              + "前须完成"
              + NameReview.Kind.HERITAGE_REVIEW.chineseName()
              + "并记录结论");
    }
  }

  private static void requireNote(Step step, String message) {
    if (blank(step.note())) {
      throw new IllegalTransitionException(message);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
