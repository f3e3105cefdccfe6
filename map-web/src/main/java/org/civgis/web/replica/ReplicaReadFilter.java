package org.civgis.web.replica;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.civgis.web.security.Actor;
import org.springframework.dao.DataAccessException;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Decides per request, after authentication, what a read replica may answer.
 *
 * <ol>
 *   <li>{@code GET} and {@code HEAD} of the read-only resources below are replica reads: OGC API
 *       items, vector tiles, search, division profiles and histories, exports and reports. For a
 *       signed-in user the replica must have replayed that user's last write ({@link
 *       WritePositions}); tiles, which are cached, also the last change the instance heard of.
 *   <li>Every other request is served by the primary; when it may have written (any other method,
 *       answered below 400) by a signed-in user, the primary's WAL position is recorded as that
 *       user's last write.
 *   <li>With {@code civgis.db.read-diagnostics=true} (tests, trials) a replica read answers {@value
 *       #IN_RECOVERY} with {@code pg_is_in_recovery()} of the server its first statement reached.
 * </ol>
 *
 * <p>Known limitation: resources not listed (job results, the JSON API of single records) read from
 * the primary even when they only read; they are few and small next to items and tiles.
 */
final class ReplicaReadFilter extends OncePerRequestFilter {
  /** The response header of {@code civgis.db.read-diagnostics}. */
  static final String IN_RECOVERY = "Civgis-Read-In-Recovery";

  private static final Set<String> READS = Set.of("GET", "HEAD");
  private static final Set<String> NO_WRITE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final List<PathPattern> REPLICA_READS =
      Stream.of(
              "/ogc/collections/{collection}/items",
              "/ogc/collections/{collection}/items/{id}",
              "/tiles/**",
              "/api/search",
              "/api/divisions/**",
              "/api/reverse",
              "/api/signs/summary",
              "/api/signs/missing",
              "/api/boundary/exports",
              "/api/boundary/checks/{run}/findings.xlsx",
              "/api/place-names/annual-update",
              "/api/planning/indicators",
              "/api/planning/indicators.xlsx")
          .map(PathPatternParser.defaultInstance::parse)
          .toList();

  private final WritePositions writes;
  private final JdbcClient jdbc;
  private final boolean diagnostics;

  ReplicaReadFilter(WritePositions writes, JdbcClient jdbc, boolean diagnostics) {
    this.writes = writes;
    this.jdbc = jdbc;
    this.diagnostics = diagnostics;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Actor actor = Actor.current();
    if (isReplicaRead(request)) {
      Optional<WalPosition> lastWrite;
      try {
        lastWrite = writes.lastWriteOf(actor);
      } catch (DataAccessException e) {
        // the primary is not answering: let the request find that out where it is answered
        chain.doFilter(request, response);
        return;
      }
      try (ReadRoute.Scope ignored =
          ReadRoute.replica(lastWrite.orElse(null), fillsCache(request))) {
        if (diagnostics) {
          response.setHeader(
              IN_RECOVERY,
              String.valueOf(jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single()));
        }
        chain.doFilter(request, response);
      }
      return;
    }
    chain.doFilter(request, response);
    if (!NO_WRITE.contains(request.getMethod()) && response.getStatus() < 400) {
      writes.recordAfterWrite(Actor.current());
    }
  }

  /** Tiles are kept in the tile cache until the next change of their layer. */
  private static boolean fillsCache(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/tiles/");
  }

  static boolean isReplicaRead(HttpServletRequest request) {
    if (!READS.contains(request.getMethod())) {
      return false;
    }
    PathContainer path =
        PathContainer.parsePath(
            request.getRequestURI().substring(request.getContextPath().length()));
    return REPLICA_READS.stream().anyMatch(p -> p.matches(path));
  }
}
