package org.civgis.web.security;

import java.time.Clock;
import java.time.Duration;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/** Counts failed logins in the database and locks an account after too many in a row. */
@Component
class LoginAttempts {
  static final int MAX_FAILURES = 5;
  static final int LOCK_MINUTES = 15;

  private final UserRepository users;
  private final AuditLog audit;
  private final Clock clock;

  LoginAttempts(UserRepository users, AuditLog audit, Clock clock) {
    this.users = users;
    this.audit = audit;
    this.clock = clock;
  }

  @EventListener
  void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
    String username = String.valueOf(event.getAuthentication().getPrincipal());
    boolean locked =
        users.recordFailedLogin(
            username, MAX_FAILURES, Duration.ofMinutes(LOCK_MINUTES), clock.instant());
    audit.record(AuditEntry.of(locked ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", username));
  }

  @EventListener
  void onLocked(AuthenticationFailureLockedEvent event) {
    audit.record(
        AuditEntry.of("LOGIN_REFUSED_LOCKED", String.valueOf(event.getAuthentication().getName())));
  }

  @EventListener
  void onSuccess(InteractiveAuthenticationSuccessEvent event) {
    users.recordSuccessfulLogin(event.getAuthentication().getName());
    audit.record(AuditEntry.of("LOGIN", event.getAuthentication().getName()));
  }
}
