package org.civgis.gazetteer.sign;

import java.time.LocalDate;

/**
 * A sign with what the library and its patrols say about it today.
 *
 * @param sign the sign as installed
 * @param compliance whether it shows the standard name and romanization
 * @param complianceDetail what is wrong, in Chinese, or {@code null}
 * @param expectedText the text it should show, or {@code null} when the name is not current
 * @param expectedRomanization the romanization it should show, or {@code null}
 * @param lastPatrolledOn the day of its last patrol, or {@code null}
 * @param nextPatrolDue when the next patrol is due, or {@code null} when unknown (due now)
 * @param openRepairs how many repair tasks are open
 * @param status one status for maps: {@link Status}
 */
public record SignState(
    PlaceNameSign sign,
    Compliance compliance,
    String complianceDetail,
    String expectedText,
    String expectedRomanization,
    LocalDate lastPatrolledOn,
    LocalDate nextPatrolDue,
    int openRepairs,
    Status status) {

  /** The first that applies, in this order (the view {@code gazetteer.sign_state}). */
  public enum Status {
    NONCOMPLIANT("不规范"),
    REPAIR("待维修"),
    OVERDUE("巡检逾期"),
    OK("正常");

    private final String chineseName;

    Status(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }
}
