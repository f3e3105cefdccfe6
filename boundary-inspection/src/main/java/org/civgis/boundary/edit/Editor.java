package org.civgis.boundary.edit;

/**
 * Who writes, as the domain needs it.
 *
 * @param name the user name written into the audit trail
 * @param userId the user's id, or {@code null}
 * @param jurisdictionCode the 12-digit code of the division the editor answers for
 */
public record Editor(String name, Long userId, String jurisdictionCode) {}
