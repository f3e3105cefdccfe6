package org.civgis.web.security;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who makes the current request: a user, or nobody (anonymous).
 *
 * @param user the user, or {@code null} when anonymous
 */
public record Actor(AppUser user) {

  /** The actor of the current request. */
  public static Actor current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof CivgisUserDetails details) {
      return new Actor(details.user());
    }
    return new Actor(null);
  }

  public boolean isAnonymous() {
    return user == null;
  }

  public Optional<Role> role() {
    return Optional.ofNullable(user).map(AppUser::role);
  }

  /** Whether this actor may see drafts and proposals. */
  public boolean seesDrafts() {
    return user != null && user.role().isOfficer();
  }

  /** The name written into the audit trail. */
  public String auditName() {
    return user == null ? "anonymous" : user.username();
  }
}
