package org.civgis.web.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed logins per client address in {@code platform.login_throttle}, so that every instance of
 * the app counts the same. An IPv6 client is counted by its /64 network (one subscriber usually has
 * a whole /64 to pick addresses from).
 */
@Repository
class ClientLoginFailures {
  /**
   * The state of a client after counting an attempt.
   *
   * @param failures failed attempts in the current window, this one included
   * @param windowEnds when the window (and with it any refusal) ends
   */
  record Count(int failures, Instant windowEnds) {}

  private final JdbcClient jdbc;

  ClientLoginFailures(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Counts an attempt of {@code client} as a failure in advance, in a window of {@code window} that
   * begins with the first failure; a window that has ended starts afresh. Also forgets the windows
   * of all clients that have ended.
   */
  Count countAttempt(String client, Duration window, Instant now) {
    Timestamp windowStart = Timestamp.from(now.minus(window));
    jdbc.sql("delete from platform.login_throttle where window_started_at <= :windowStart")
        .param("windowStart", windowStart)
        .update();
    return jdbc.sql(
            """
            insert into platform.login_throttle as t (client, failures, window_started_at)
            values (:client, 1, :now)
            on conflict (client) do update
               set failures = case when t.window_started_at <= :windowStart then 1
                                   else t.failures + 1 end,
                   window_started_at = case when t.window_started_at <= :windowStart then :now
                                            else t.window_started_at end
            returning failures, window_started_at
            """)
        .param("client", key(client))
        .param("now", Timestamp.from(now))
        .param("windowStart", windowStart)
        .query(
            (rs, row) ->
                new Count(
                    rs.getInt("failures"),
                    rs.getTimestamp("window_started_at").toInstant().plus(window)))
        .single();
  }

  /** Takes back the attempt counted in advance: the login succeeded. */
  void attemptSucceeded(String client) {
    jdbc.sql(
            "update platform.login_throttle set failures = greatest(failures - 1, 0)"
                + " where client = :client")
        .param("client", key(client))
        .update();
  }

  /** The address, or for IPv6 its /64 network, as text. */
  static String key(String address) {
    if (address == null || address.isBlank()) {
      return "unknown";
    }
    if (address.indexOf(':') < 0) {
      return address;
    }
    try {
      // a literal address: no name lookup
      InetAddress parsed = InetAddress.getByName(address);
      if (parsed instanceof Inet6Address) {
        byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
        Arrays.fill(network, 8, 16, (byte) 0);
        return InetAddress.getByAddress(network).getHostAddress() + "/64";
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException e) {
      return address;
    }
  }
}
