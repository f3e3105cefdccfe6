package org.civgis.web.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A user as Spring Security sees it; also the principal of every authenticated request. */
public final class CivgisUserDetails implements UserDetails {
  private final AppUser user;
  private final boolean locked;

  CivgisUserDetails(AppUser user, Clock clock) {
    this.user = user;
    this.locked = user.isLockedAt(clock.instant());
  }

  public AppUser user() {
    return user;
  }

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority(user.role().authority()));
  }

  @Override
  public String getPassword() {
    return user.passwordHash();
  }

  @Override
  public String getUsername() {
    return user.username();
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return user.enabled();
  }
}
