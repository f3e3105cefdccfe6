package org.civgis.web.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes and reads the audit trail; writes join the caller's transaction. */
@Component
public class AuditLog {
  /** The header a client may send to name itself (e.g. a field tablet's id). */
  public static final String CLIENT_ID_HEADER = "X-Client-Id";

  private static final int MAX_HEADER_CHARS = 500;

  private final JdbcClient jdbc;

  AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records {@code entry} with the address, user agent and client id of the current request. */
  public void record(AuditEntry entry) {
    HttpServletRequest request = currentRequest();
    jdbc.sql(
            """
            insert into platform.audit_event
              (actor_id, actor_name, client_address, user_agent, client_id, action,
               collection, feature_id, before, after)
            values (:actorId, :actorName, :address, :agent, :clientId, :action,
                    :collection, :featureId, cast(:before as jsonb), cast(:after as jsonb))
            """)
        .param("actorId", entry.actorId())
        .param("actorName", entry.actorName())
        .param("address", request == null ? null : request.getRemoteAddr())
        .param("agent", request == null ? null : clip(request.getHeader("User-Agent")))
        .param("clientId", request == null ? null : clip(request.getHeader(CLIENT_ID_HEADER)))
        .param("action", entry.action())
        .param("collection", entry.collection())
        .param("featureId", entry.featureId())
        .param("before", entry.beforeJson())
        .param("after", entry.afterJson())
        .update();
  }

  /** The trail of one feature, newest first. */
  public List<AuditRecord> trail(String collection, String featureId, int limit) {
    return jdbc.sql(
            """
            select id, occurred_at, actor_name, client_address, client_id, action,
                   before::text as before, after::text as after
              from platform.audit_event
             where collection = :collection and feature_id = :featureId
             order by id desc
             limit :limit
            """)
        .param("collection", collection)
        .param("featureId", featureId)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new AuditRecord(
                    rs.getLong("id"),
                    rs.getObject("occurred_at", Timestamp.class).toInstant(),
                    rs.getString("actor_name"),
                    rs.getString("client_address"),
                    rs.getString("client_id"),
                    rs.getString("action"),
                    rs.getString("before"),
                    rs.getString("after")))
        .list();
  }

  private static String clip(String header) {
    return header == null || header.length() <= MAX_HEADER_CHARS
        ? header
        : header.substring(0, MAX_HEADER_CHARS);
  }

  private static HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }
}
