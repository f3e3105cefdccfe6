/**
 * The audit trail: who changed what, when, from which client.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Every write records one {@link org.civgis.web.audit.AuditEntry} in the write's own
 *       transaction: both happen or neither.
 *   <li>The table is append-only: the app's database role cannot update, delete or truncate it
 *       (privileges and a trigger).
 *   <li>Before and after are the feature's GeoJSON as it was and as it became.
 * </ol>
 */
package org.civgis.web.audit;
