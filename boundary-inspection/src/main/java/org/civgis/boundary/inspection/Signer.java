package org.civgis.boundary.inspection;

/**
 * Who signs a side of a round (签认人), as the sign-off records them.
 *
 * @param username the user's login name
 * @param displayName the name shown on the sign-off, as it was when signing
 * @param jurisdictionCode the 12-digit code of the division the user works for
 */
public record Signer(String username, String displayName, String jurisdictionCode) {

  /**
   * Whether this signer is one of side {@code sideCode}'s own people: their jurisdiction is the
   * side or lies inside it. A user of the level above (the prefecture, for a county's side) is not:
   * each side confirms a round through its own people.
   */
  public boolean isOf(String sideCode) {
    return CodeNesting.isWithin(jurisdictionCode, sideCode);
  }
}
