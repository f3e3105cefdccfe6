package org.civgis.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Failed logins: counted atomically per account (however many arrive at once), the same answer
 * whether the account exists, is locked or not, and throttled per client address so that one client
 * can neither lock many accounts nor guess on.
 */
class LoginThrottlingIT extends BehindTrustedProxy {
  private static final String PASSWORD = "throttle-test-password";

  @Autowired UserRepository users;
  @Autowired PasswordEncoder passwords;
  @Autowired JdbcClient jdbc;

  private void createUser(String username) {
    users.createIfMissing(
        username, username, passwords.encode(PASSWORD), Role.VIEWER, "652300000000");
    jdbc.sql(
            "update platform.app_user set failed_logins = 0, locked_until = null"
                + " where username = :username")
        .param("username", username)
        .update();
  }

  /** A browser at {@code clientAddress}, as the trusted proxy reports it. */
  private Browser browserAt(String clientAddress) {
    return new Browser(baseUrl(), "X-Forwarded-For", clientAddress);
  }

  private long audited(String username, String... actions) {
    return jdbc.sql(
            "select count(*) from platform.audit_event"
                + " where actor_name = :username and action in (:actions)")
        .param("username", username)
        .param("actions", Arrays.asList(actions))
        .query(Long.class)
        .single();
  }

  private boolean locked(String username) {
    return jdbc.sql(
            "select coalesce(locked_until > now(), false) from platform.app_user"
                + " where username = :username")
        .param("username", username)
        .query(Boolean.class)
        .single();
  }

  // ---- item 6: the count holds under concurrency

  @Test
  void fortySimultaneousWrongPasswordsAreCheckedAtMostFiveTimesAndTheRightOneIsRefused()
      throws Exception {
    String username = "parallel.lock";
    createUser(username);
    int wrong = 40;
    ExecutorService pool = Executors.newFixedThreadPool(wrong + 1);
    try {
      // each from its own address (a distributed guess): the per-address throttle plays no part
      List<Browser> browsers = new ArrayList<>();
      for (int i = 0; i <= wrong; i++) {
        Browser browser = browserAt("203.0.113." + (i + 1));
        browser.csrf();
        browsers.add(browser);
      }
      CountDownLatch start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> wrongOnes = new ArrayList<>();
      for (int i = 0; i < wrong; i++) {
        Browser browser = browsers.get(i);
        String password = "wrong-" + i;
        wrongOnes.add(
            pool.submit(
                () -> {
                  start.await();
                  return browser.login(username, password);
                }));
      }
      // the right password while the wrong ones are still being answered, once the account is
      // locked (the attempts are counted before their passwords are checked)
      Browser rightBrowser = browsers.get(wrong);
      Future<HttpResponse<String>> right =
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < 2_000 && !locked(username); i++) {
                  Thread.sleep(5);
                }
                return rightBrowser.login(username, PASSWORD);
              });
      start.countDown();
      for (Future<HttpResponse<String>> response : wrongOnes) {
        assertThat(response.get().statusCode()).isEqualTo(401);
      }
      assertThat(right.get().statusCode()).as(right.get().body()).isEqualTo(401);
    } finally {
      pool.shutdownNow();
    }
    assertThat(audited(username, "LOGIN_FAILED", "ACCOUNT_LOCKED"))
        .as("wrong passwords actually checked")
        .isEqualTo(LoginAttempts.MAX_FAILURES);
    assertThat(audited(username, "ACCOUNT_LOCKED")).isEqualTo(1);
    assertThat(audited(username, "LOGIN")).isZero();
    assertThat(locked(username)).isTrue();
    assertThat(browserAt("203.0.113.99").login(username, PASSWORD).statusCode())
        .as("locked after the burst")
        .isEqualTo(401);
  }

  // ---- item 15: nothing tells whether an account exists or is locked

  @Test
  void unknownLockedAndExistingAccountsGetTheSameAnswer() {
    createUser("same.answer");
    createUser("same.locked");
    Browser browser = browserAt("198.51.100.21");
    List<HttpResponse<String>> answers = new ArrayList<>();
    answers.add(browser.login("same.answer", "wrong"));
    answers.add(browser.login("nobody.here", "wrong"));
    Browser locker = browserAt("198.51.100.22");
    for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
      locker.login("same.locked", "wrong-" + i);
    }
    assertThat(locked("same.locked")).isTrue();
    Browser other = browserAt("198.51.100.23");
    answers.add(other.login("same.locked", "wrong"));
    answers.add(other.login("same.locked", PASSWORD));
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.body()).isEqualTo(answers.get(0).body());
      assertThat(answer.headers().firstValue("Content-Type"))
          .isEqualTo(answers.get(0).headers().firstValue("Content-Type"));
    }
    assertThat(
            jdbc.sql("select count(*) from platform.app_user where username = 'nobody.here'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void unknownLockedAndExistingAccountsTakeAsLongToRefuse() {
    createUser("timing.known");
    createUser("timing.locked");
    Browser locker = browserAt("198.51.100.31");
    for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
      locker.login("timing.locked", "wrong-" + i);
    }
    long known = medianMillis(browserAt("198.51.100.32"), "timing.known");
    long unknown = medianMillis(browserAt("198.51.100.33"), "timing.nobody");
    long locked = medianMillis(browserAt("198.51.100.34"), "timing.locked");
    // each refusal checks a bcrypt hash (a real or a dummy one): the same work, within noise
    assertThat(unknown).as("unknown vs existing (ms)").isBetween(known / 2, known * 2 + 20);
    assertThat(locked).as("locked vs existing (ms)").isBetween(known / 2, known * 2 + 20);
  }

  private static long medianMillis(Browser browser, String username) {
    browser.csrf();
    long[] millis = new long[5];
    for (int i = 0; i < millis.length; i++) {
      long start = System.nanoTime();
      assertThat(browser.login(username, "wrong-timing").statusCode()).isEqualTo(401);
      millis[i] = (System.nanoTime() - start) / 1_000_000;
    }
    Arrays.sort(millis);
    return millis[millis.length / 2];
  }

  // ---- item 15: per-client throttling

  @Test
  void oneClientCanNeitherLockManyAccountsNorGuessOn() {
    List<String> accounts = List.of("spray.1", "spray.2", "spray.3", "spray.4", "spray.5");
    accounts.forEach(this::createUser);
    Browser attacker = browserAt("198.51.100.41");
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> last = null;
    for (String account : accounts) {
      for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
        last = attacker.login(account, "wrong-" + i);
        statuses.add(last.statusCode());
      }
    }
    assertThat(statuses.subList(0, LoginAttempts.MAX_FAILURES_PER_CLIENT)).containsOnly(401);
    assertThat(statuses.subList(LoginAttempts.MAX_FAILURES_PER_CLIENT, statuses.size()))
        .containsOnly(429);
    assertThat(last.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(last.headers().firstValue("Retry-After")).isPresent();
    long lockedAccounts = accounts.stream().filter(this::locked).count();
    assertThat(lockedAccounts)
        .isEqualTo(LoginAttempts.MAX_FAILURES_PER_CLIENT / LoginAttempts.MAX_FAILURES);

    // the throttled client cannot go on guessing, not even with a right password
    assertThat(attacker.login("spray.5", PASSWORD).statusCode()).isEqualTo(429);
    // while everybody else logs in as usual, into the accounts it did not get to lock
    assertThat(browserAt("198.51.100.42").login("spray.5", PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void successfulLoginsFromOneAddressAreNotThrottled() {
    createUser("office.user");
    Browser office = browserAt("198.51.100.51");
    for (int i = 0; i < LoginAttempts.MAX_FAILURES_PER_CLIENT + 5; i++) {
      assertThat(office.login("office.user", PASSWORD).statusCode()).isEqualTo(200);
    }
  }
}
