package org.civgis.web.tiles;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.civgis.web.security.StatelessRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tile requests never see a session, so that a cached tile needs no database: neither per tile (a
 * session read from PostgreSQL would cost more than the tile) nor while the database is down, when
 * cached tiles are still served.
 *
 * <p>Implementation note: a browser sends its session cookie with every tile. Spring MVC's flash
 * attributes look for the session of every request ({@code getSession(false)}), and Spring Session
 * answers that by reading the session's row; behind this filter there is no session to look for. It
 * runs after Spring Session's filter, whose request it wraps.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class SessionlessTileFilter extends OncePerRequestFilter {

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !(path.equals("/tiles") || path.startsWith("/tiles/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(new StatelessRequest(request), response);
  }
}
