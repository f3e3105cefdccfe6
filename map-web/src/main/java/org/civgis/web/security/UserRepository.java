package org.civgis.web.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and API tokens in the {@code platform} schema. */
@Repository
public class UserRepository {
  private static final String COLUMNS =
      "u.id, u.username, u.display_name, u.password_hash, u.role, u.jurisdiction_code,"
          + " u.enabled, u.locked_until";

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<AppUser> findByUsername(String username) {
    return jdbc.sql("select " + COLUMNS + " from platform.app_user u where u.username = :username")
        .param("username", username)
        .query(UserRepository::map)
        .optional();
  }

  public Optional<AppUser> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from platform.app_user u where u.id = :id")
        .param("id", id)
        .query(UserRepository::map)
        .optional();
  }

  /** The user of a valid (not revoked, not expired) token with this SHA-256; marks it used. */
  public Optional<AppUser> findByTokenSha256(String sha256, Instant now) {
    return jdbc.sql(
            "update platform.api_token t set last_used_at = :now"
                + " from platform.app_user u"
                + " where t.token_sha256 = :sha256 and t.user_id = u.id and t.revoked_at is null"
                + "   and (t.expires_at is null or t.expires_at > :now)"
                + " returning "
                + COLUMNS)
        .param("sha256", sha256)
        .param("now", Timestamp.from(now))
        .query(UserRepository::map)
        .optional();
  }

  /**
   * A login attempt on an account, counted before its password is checked.
   *
   * @param user the user as it is after the count
   * @param locksAccount whether this attempt is the {@code maxFailures}-th in a row: it locked the
   *     account (a right password lifts the lock again)
   */
  public record LoginAttempt(AppUser user, boolean locksAccount) {}

  /**
   * Counts a login attempt on {@code username} as a failure in advance, unless the account is
   * locked at {@code now}: the {@code maxFailures}-th failure in a row locks it until {@code now +
   * lockDuration}, and the count starts again after a lock has expired. One statement, so that
   * attempts at the same time are counted one after the other (PostgreSQL re-reads the row that a
   * concurrent attempt updated): at most {@code maxFailures} attempts get a password check per
   * lock. Empty when there is no such user or it is locked.
   */
  public Optional<LoginAttempt> countLoginAttempt(
      String username, int maxFailures, Duration lockDuration, Instant now) {
    return jdbc.sql(
            """
            update platform.app_user u
               set failed_logins = case when u.locked_until is null then u.failed_logins + 1
                                        else 1 end,
                   locked_until = case when (case when u.locked_until is null
                                                  then u.failed_logins + 1 else 1 end) >= :max
                                       then cast(:until as timestamptz) end
             where u.username = :username
               and (u.locked_until is null or u.locked_until <= :now)
            returning\s"""
                + COLUMNS
                + ", u.failed_logins")
        .param("max", maxFailures)
        .param("until", Timestamp.from(now.plus(lockDuration)))
        .param("now", Timestamp.from(now))
        .param("username", username)
        .query(
            (rs, row) -> new LoginAttempt(map(rs, row), rs.getInt("failed_logins") >= maxFailures))
        .optional();
  }

  /** Clears the failure count after a successful login. */
  public void recordSuccessfulLogin(String username) {
    jdbc.sql(
            "update platform.app_user set failed_logins = 0, locked_until = null"
                + " where username = :username and (failed_logins <> 0 or locked_until is not null)")
        .param("username", username)
        .update();
  }

  /** Creates a user unless one with the username exists; returns whether it was created. */
  public boolean createIfMissing(
      String username, String displayName, String passwordHash, Role role, String jurisdiction) {
    return jdbc.sql(
                """
                insert into platform.app_user
                  (username, display_name, password_hash, role, jurisdiction_code)
                values (:username, :displayName, :hash, :role, :jurisdiction)
                on conflict (username) do nothing
                """)
            .param("username", username)
            .param("displayName", displayName)
            .param("hash", passwordHash)
            .param("role", role.name())
            .param("jurisdiction", jurisdiction)
            .update()
        == 1;
  }

  /** Adds a token (by its SHA-256) to a user unless that token exists. */
  public void addTokenIfMissing(String username, String name, String sha256) {
    jdbc.sql(
            """
            insert into platform.api_token (user_id, name, token_sha256)
            select id, :name, :sha256 from platform.app_user where username = :username
            on conflict (token_sha256) do nothing
            """)
        .param("username", username)
        .param("name", name)
        .param("sha256", sha256)
        .update();
  }

  private static AppUser map(ResultSet rs, int row) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    return new AppUser(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        Role.valueOf(rs.getString("role")),
        rs.getString("jurisdiction_code"),
        rs.getBoolean("enabled"),
        locked == null ? null : locked.toInstant());
  }
}
