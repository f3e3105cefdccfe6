package org.civgis.web.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * A stored audit event, as the UI shows it.
 *
 * @param id increasing with time
 * @param occurredAt when
 * @param actorName who
 * @param clientAddress from which address
 * @param clientId the client's own id, if it sent one
 * @param action what
 * @param before the feature before (GeoJSON), or {@code null}
 * @param after the feature after (GeoJSON), or {@code null}
 */
public record AuditRecord(
    long id,
    Instant occurredAt,
    String actorName,
    String clientAddress,
    String clientId,
    String action,
    @JsonRawValue String before,
    @JsonRawValue String after) {}
