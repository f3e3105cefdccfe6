package org.civgis.boundary.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A joint inspection round (界线联合检查).
 *
 * @param id row id, 0 before it is stored
 * @param revision increases with every change of the round itself
 * @param title e.g. 第四轮联检 奇台县—木垒县界线
 * @param roundNumber the round's number in the plan (4 for the fourth), or {@code null}
 * @param leadCode the division that leads (牵头方)
 * @param assistingCode the other side (配合方)
 * @param plannedStart first day of the schedule
 * @param plannedEnd last day of the schedule
 * @param toleranceMeters marker deviations above this are findings
 * @param previousId the earlier round of these lines, or {@code null}
 * @param status where the round stands
 * @param lockedAt when both sides had signed, or {@code null}
 * @param generated a demo round that did not happen
 * @param lineCodes the lines it inspects
 * @param participants who takes part, for which side
 * @param documents what it works from
 */
public record InspectionRound(
    long id,
    int revision,
    String title,
    Integer roundNumber,
    String leadCode,
    String assistingCode,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    double toleranceMeters,
    Long previousId,
    RoundStatus status,
    Instant lockedAt,
    String remarks,
    boolean generated,
    String source,
    String createdBy,
    List<String> lineCodes,
    List<Participant> participants,
    List<RoundDocument> documents) {

  public InspectionRound {
    lineCodes = List.copyOf(lineCodes);
    participants = List.copyOf(participants);
    documents = List.copyOf(documents);
  }

  /** A participant of a round. */
  public record Participant(String username, String sideCode, String duty) {}

  /** A document a round works from, of one of the {@link #KINDS}. */
  public record RoundDocument(String kind, String title, String reference) {
    /** 界线协议书, 界桩登记表, an earlier round's report, a map, anything else. */
    public static final List<String> KINDS =
        List.of("AGREEMENT", "MARKER_REGISTER", "EARLIER_REPORT", "MAP", "OTHER");
  }

  /** The highest round number a plan may give (the rounds come every five years or so). */
  public static final int MAX_ROUND_NUMBER = 999;

  /** The entity tag of this revision (quoted, strong). */
  public String etag() {
    return "\"round-" + id + "-" + revision + "\"";
  }

  public boolean isLocked() {
    return lockedAt != null;
  }

  /** Whether {@code code} is one of the round's two sides. */
  public boolean isSide(String code) {
    return leadCode.equals(code) || assistingCode.equals(code);
  }
}
