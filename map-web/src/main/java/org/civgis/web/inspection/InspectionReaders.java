package org.civgis.web.inspection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civgis.boundary.inspection.CodeNesting;
import org.civgis.boundary.inspection.Dispute;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.security.Actor;

/**
 * Who may read the joint inspection's internal records: rounds, their tasks, field records, photos,
 * findings, sign-offs and reports, disputes and patrols, through {@code /api/inspection}, the OGC
 * collections {@code inspection-records} and {@code disputes}, and the report jobs.
 *
 * <ol>
 *   <li>Officers only: every role but VIEWER, the users who see drafts ({@link Actor#seesDrafts});
 *       anonymous users are refused by the security chain (401), a viewer here (403). The OGC
 *       collections answer both with no features and no extent.
 *   <li>Of the officers, those whose jurisdiction concerns the record: it and one of the round's
 *       sides (for a dispute: one of its parties, or a side of its round; for a patrol: a side of
 *       its line) lie one inside the other. A county's people read their county's rounds, the
 *       prefecture's people every round in the prefecture, a township's people their county's
 *       rounds; 阜康市 does not read the 奇台县—木垒县 round.
 * </ol>
 */
final class InspectionReaders {
  private InspectionReaders() {}

  /** The current actor as a reader; 403 unless an officer. */
  static Reader current() {
    return reader(Actor.current())
        .orElseThrow(() -> new ForbiddenException("联检数据仅供区划地名管理员、界线联检人员、规划人员和系统管理员查看"));
  }

  /** The actor as a reader; empty unless an officer. */
  static Optional<Reader> reader(Actor actor) {
    if (!actor.seesDrafts()) {
      return Optional.empty();
    }
    return Optional.of(new Reader(actor.user().jurisdictionCode()));
  }

  /** An officer reading with the jurisdiction {@code jurisdictionCode}. */
  record Reader(String jurisdictionCode) {

    /** Whether division {@code code} and this reader's jurisdiction lie one inside the other. */
    boolean concerns(String code) {
      return CodeNesting.areNested(jurisdictionCode, code);
    }

    boolean mayRead(InspectionRound round) {
      return concerns(round.leadCode()) || concerns(round.assistingCode());
    }

    /** Whether this reader may read {@code dispute}, whose round is {@code round} (or null). */
    boolean mayRead(Dispute dispute, InspectionRound round) {
      return dispute.parties().stream().anyMatch(this::concerns)
          || (round != null && mayRead(round));
    }

    /** 403 unless this reader may read {@code round}. */
    InspectionRound checkRead(InspectionRound round) {
      if (!mayRead(round)) {
        throw new ForbiddenException("联检轮次「" + round.title() + "」的双方都不在您的辖区内");
      }
      return round;
    }

    /**
     * A SQL condition that holds when the 12-digit code in {@code column} concerns this reader,
     * with its parameters ({@link #sqlParameters}).
     */
    static String concernsSql(String column) {
      return "(" + column + " like :readerPrefix || '%' or " + column + " in (:readerAncestors))";
    }

    Map<String, Object> sqlParameters() {
      if (!CodeNesting.isCode(jurisdictionCode)) {
        // a jurisdiction that is no division code concerns nothing
        return Map.of("readerPrefix", "none", "readerAncestors", List.of("none"));
      }
      return Map.of(
          "readerPrefix",
          CodeNesting.significantPrefix(jurisdictionCode),
          "readerAncestors",
          CodeNesting.selfAndAncestors(jurisdictionCode));
    }
  }
}
