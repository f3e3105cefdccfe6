package org.civgis.web.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the demo users and their API tokens (listed in the README) when {@code
 * civgis.demo-users=true} and they are missing. A deployment leaves this off and creates its own.
 */
@Component
@ConditionalOnProperty(name = "civgis.demo-users", havingValue = "true")
class DemoUsers {
  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  /** The demo password of every demo user. Change it (or turn the demo users off). */
  static final String DEMO_PASSWORD = "changji-demo";

  record DemoUser(String username, String displayName, Role role, String jurisdiction) {
    /** The demo API token of this user. */
    String token() {
      return "demo-" + username + "-token";
    }
  }

  static final List<DemoUser> USERS =
      List.of(
          new DemoUser("admin", "系统管理员", Role.ADMIN, "652300000000"),
          new DemoUser("fukang.officer", "阜康市区划地名管理员", Role.NAME_OFFICER, "652302000000"),
          new DemoUser("changji.officer", "昌吉市区划地名管理员", Role.NAME_OFFICER, "652301000000"),
          new DemoUser("prefecture.officer", "州区划地名管理员", Role.NAME_OFFICER, "652300000000"),
          new DemoUser("inspector", "界线联检人员", Role.INSPECTOR, "652300000000"),
          new DemoUser("qitai.inspector", "奇台县界线联检人员", Role.INSPECTOR, "652325000000"),
          new DemoUser("mulei.inspector", "木垒县界线联检人员", Role.INSPECTOR, "652328000000"),
          new DemoUser("planner", "州民政局规划人员", Role.PLANNER, "652300000000"),
          new DemoUser("viewer", "查看人员", Role.VIEWER, "652300000000"));

  private final UserRepository users;
  private final PasswordEncoder passwords;

  DemoUsers(UserRepository users, PasswordEncoder passwords) {
    this.users = users;
    this.passwords = passwords;
  }

  @EventListener(ApplicationReadyEvent.class)
  void createMissing() {
    int created = 0;
    for (DemoUser user : USERS) {
      if (users.findByUsername(user.username()).isEmpty()
          && users.createIfMissing(
              user.username(),
              user.displayName(),
              passwords.encode(DEMO_PASSWORD),
              user.role(),
              user.jurisdiction())) {
        created++;
      }
      users.addTokenIfMissing(
          user.username(), "demo token", ApiTokenAuthenticationFilter.sha256(user.token()));
    }
    if (created > 0) {
      log.warn(
          "Created {} demo users with the password '{}' (see README): change them for real use",
          created,
          DEMO_PASSWORD);
    }
  }
}
