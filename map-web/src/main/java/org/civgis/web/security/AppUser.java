package org.civgis.web.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A user of the system.
 *
 * @param id row id
 * @param username login name
 * @param displayName name shown in the UI and the audit trail
 * @param passwordHash bcrypt hash with its {@code {bcrypt}} prefix
 * @param role the user's role
 * @param jurisdictionCode 12-digit code of the division the user works in
 * @param enabled whether the user may log in at all
 * @param lockedUntil end of a lock-out after failed logins, or {@code null}
 */
public record AppUser(
    long id,
    String username,
    String displayName,
    String passwordHash,
    Role role,
    String jurisdictionCode,
    boolean enabled,
    Instant lockedUntil)
    implements Serializable {

  /** Whether a lock-out is in force at {@code now}. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
