package org.civgis.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password logins, with failures counted per account and per client address in PostgreSQL (so that
 * every instance agrees and the app stays stateless).
 *
 * <p>What holds:
 *
 * <ol>
 *   <li>Every attempt is counted as a failure before its password is checked, in one statement per
 *       count: attempts at the same time are counted one after the other, never all against the
 *       same old count. A right password takes its count back.
 *   <li>{@value #MAX_FAILURES} failures in a row lock an account for {@value #LOCK_MINUTES}
 *       minutes: however many attempts arrive at once, at most {@value #MAX_FAILURES} passwords are
 *       checked per lock, and while it is locked no password is checked, the right one included.
 *   <li>A client address with more than {@value #MAX_FAILURES_PER_CLIENT} failures within {@value
 *       #CLIENT_WINDOW_MINUTES} minutes is refused with 429 until the window ends, for every
 *       account and without a password check: one client can lock at most {@value
 *       #MAX_FAILURES_PER_CLIENT} / {@value #MAX_FAILURES} accounts per window, and guess no more
 *       often than that.
 *   <li>An unknown user name, a locked or disabled account and a wrong password get the same answer
 *       after the same work (a bcrypt check, of a dummy hash where there is no real one to check).
 *   <li>Each attempt is audited: {@code LOGIN}, {@code LOGIN_FAILED}, {@code ACCOUNT_LOCKED} (the
 *       failure that locked), {@code LOGIN_REFUSED_LOCKED} or {@code LOGIN_THROTTLED}.
 *   <li>A database that cannot be reached is an error of the service (503), never a failure.
 * </ol>
 */
@Component
class LoginAttempts implements AuthenticationProvider {
  static final int MAX_FAILURES = 5;
  static final int LOCK_MINUTES = 15;
  static final int MAX_FAILURES_PER_CLIENT = 10;
  static final int CLIENT_WINDOW_MINUTES = 15;

  /** A client over its limit of failed logins. */
  static final class ClientThrottledException extends AuthenticationException {
    private final transient Duration retryAfter;

    ClientThrottledException(Duration retryAfter) {
      super("too many failed logins from this client");
      this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
      return retryAfter;
    }
  }

  private final UserRepository users;
  private final ClientLoginFailures clients;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final Clock clock;

  /** Checked where there is no real hash to check, so that a refusal always costs the same. */
  private final String dummyHash;

  LoginAttempts(
      UserRepository users,
      ClientLoginFailures clients,
      PasswordEncoder passwords,
      AuditLog audit,
      Clock clock) {
    this.users = users;
    this.clients = clients;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
    this.dummyHash = passwords.encode("no user has this password");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  @Override
  public Authentication authenticate(Authentication login) {
    String username = login.getName();
    String password = login.getCredentials() == null ? "" : login.getCredentials().toString();
    String client =
        login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    Instant now = clock.instant();

    ClientLoginFailures.Count count =
        clients.countAttempt(client, Duration.ofMinutes(CLIENT_WINDOW_MINUTES), now);
    if (count.failures() > MAX_FAILURES_PER_CLIENT) {
      audit.record(AuditEntry.of("LOGIN_THROTTLED", username));
      throw new ClientThrottledException(Duration.between(now, count.windowEnds()));
    }

    Optional<UserRepository.LoginAttempt> attempt =
        users.countLoginAttempt(username, MAX_FAILURES, Duration.ofMinutes(LOCK_MINUTES), now);
    if (attempt.isEmpty()) {
      passwords.matches(password, dummyHash);
      boolean exists = users.findByUsername(username).isPresent();
      audit.record(AuditEntry.of(exists ? "LOGIN_REFUSED_LOCKED" : "LOGIN_FAILED", username));
      throw refused();
    }
    AppUser user = attempt.get().user();
    if (!passwords.matches(password, user.passwordHash())) {
      audit.record(
          AuditEntry.of(
              attempt.get().locksAccount() ? "ACCOUNT_LOCKED" : "LOGIN_FAILED", username));
      throw refused();
    }
    if (!user.enabled()) {
      audit.record(AuditEntry.of("LOGIN_REFUSED_DISABLED", username));
      throw refused();
    }
    users.recordSuccessfulLogin(username);
    clients.attemptSucceeded(client);
    audit.record(AuditEntry.of("LOGIN", username));
    CivgisUserDetails details =
        new CivgisUserDetails(users.findById(user.id()).orElse(user), clock);
    return UsernamePasswordAuthenticationToken.authenticated(
        details, null, details.getAuthorities());
  }

  private static BadCredentialsException refused() {
    return new BadCredentialsException("wrong user name or password, or the account is locked");
  }
}
