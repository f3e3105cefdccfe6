package org.civgis.gazetteer.placename.rules;

/**
 * Cleanup progress in one county.
 *
 * @param countyCode the county's 12-digit code
 * @param total names checked
 * @param flagged names with at least one warning (the worklist entries)
 * @param open flagged names not yet taken up
 * @param inProgress flagged names being worked on
 * @param done flagged names renamed or corrected
 * @param waived flagged names kept with a recorded reason
 */
public record CountyProgress(
    String countyCode, int total, int flagged, int open, int inProgress, int done, int waived) {

  /** Flagged names that need no more work (done or waived). */
  public int closed() {
    return done + waived;
  }

  /** The share of flagged names closed, 0–1; 1 when nothing is flagged. */
  public double closedShare() {
    return flagged == 0 ? 1.0 : (double) closed() / flagged;
  }
}
