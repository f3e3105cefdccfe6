package org.civgis.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} requests (scripts, QGIS) against the SHA-256
 * of the tokens in the database, on every request. Such requests are stateless: they neither read
 * nor create a session (see {@link StatelessRequest}), so nothing outlives the token.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {
  private static final String PREFIX = "Bearer ";

  private final UserRepository users;
  private final AuthenticationEntryPoint entryPoint;
  private final Clock clock;

  ApiTokenAuthenticationFilter(
      UserRepository users, AuthenticationEntryPoint entryPoint, Clock clock) {
    this.users = users;
    this.entryPoint = entryPoint;
    this.clock = clock;
  }

  /** Whether the request carries a bearer token (and so needs no CSRF token). */
  static boolean hasBearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  static String sha256(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!hasBearerToken(request)) {
      chain.doFilter(request, response);
      return;
    }
    String token = request.getHeader("Authorization").substring(PREFIX.length()).trim();
    Optional<AppUser> user =
        token.isEmpty()
            ? Optional.empty()
            : users.findByTokenSha256(sha256(token), clock.instant());
    if (user.isEmpty() || !user.get().enabled()) {
      SecurityContextHolder.clearContext();
      entryPoint.commence(request, response, new BadCredentialsException("API 令牌无效、已过期或已吊销"));
      return;
    }
    CivgisUserDetails details = new CivgisUserDetails(user.get(), clock);
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      // stateless: nothing after this filter can read the browser session the request may also
      // carry a cookie of, nor change its id, nor create one
      chain.doFilter(new StatelessRequest(request), response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
