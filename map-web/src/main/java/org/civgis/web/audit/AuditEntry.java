package org.civgis.web.audit;

/**
 * One audited action.
 *
 * @param action e.g. CREATE, UPDATE, DELETE, LOGIN, LOGIN_FAILED
 * @param actorName the user name, or {@code anonymous}
 * @param actorId the user id, or {@code null}
 * @param collection the collection written, or {@code null}
 * @param featureId the feature written, or {@code null}
 * @param beforeJson the feature before, as JSON text, or {@code null}
 * @param afterJson the feature after, as JSON text, or {@code null}
 */
public record AuditEntry(
    String action,
    String actorName,
    Long actorId,
    String collection,
    String featureId,
    String beforeJson,
    String afterJson) {

  /** An action without a feature, e.g. a login. */
  public static AuditEntry of(String action, String actorName) {
    return new AuditEntry(action, actorName, null, null, null, null, null);
  }
}
