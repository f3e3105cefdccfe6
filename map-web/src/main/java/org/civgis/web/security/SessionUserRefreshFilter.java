package org.civgis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the user of a browser session again on every request, so that a session never carries
 * rights its user no longer has.
 *
 * <p>What holds, for a request whose session holds a user:
 *
 * <ol>
 *   <li>The user is read by id from {@code platform.app_user}; the request runs as the user is now
 *       (role, jurisdiction, display name), not as it was at login.
 *   <li>A user that is deleted or disabled, or whose password changed since the login, ends the
 *       session: it is invalidated (its row deleted) and the request answered 401.
 * </ol>
 *
 * <p>The session itself keeps the user of the login; it is not rewritten on every request.
 */
final class SessionUserRefreshFilter extends OncePerRequestFilter {
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();
  private final UserRepository users;
  private final AuthenticationEntryPoint entryPoint;
  private final Clock clock;

  SessionUserRefreshFilter(UserRepository users, AuthenticationEntryPoint entryPoint, Clock clock) {
    this.users = users;
    this.entryPoint = entryPoint;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = holder.getContext().getAuthentication();
    if (authentication == null
        || !(authentication.getPrincipal() instanceof CivgisUserDetails details)) {
      chain.doFilter(request, response);
      return;
    }
    AppUser before = details.user();
    Optional<AppUser> now = users.findById(before.id());
    if (now.isEmpty()
        || !now.get().enabled()
        || !now.get().passwordHash().equals(before.passwordHash())) {
      HttpSession session = request.getSession(false);
      if (session != null) {
        session.invalidate();
      }
      holder.clearContext();
      entryPoint.commence(request, response, new DisabledException("账户已停用或密码已更改，会话已结束；请重新登录。"));
      return;
    }
    CivgisUserDetails current = new CivgisUserDetails(now.get(), clock);
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities()));
    holder.setContext(context);
    chain.doFilter(request, response);
  }
}
