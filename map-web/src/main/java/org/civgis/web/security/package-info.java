/**
 * Who may do what: users, roles, jurisdictions, browser sessions and API tokens.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Published data is readable by everyone, anonymous included; drafts only by officers (every
 *       role but VIEWER). Writes need a role that may edit the collection and a jurisdiction that
 *       contains the feature's division and geometry.
 *   <li>Browser sessions live in PostgreSQL (Spring Session JDBC) and are protected against CSRF.
 *       Every request with a session runs as its user is now in the database: a changed role or
 *       jurisdiction applies at once, a disabled user (or a changed password) ends the session.
 *   <li>Scripts and QGIS send {@code Authorization: Bearer <token>}: checked on every request,
 *       stateless (no session is read or created, no cookie set), no CSRF token needed. A revoked
 *       or expired token stops working at once and leaves nothing behind.
 *   <li>Passwords are bcrypt hashes. Failed logins are counted atomically in PostgreSQL (on every
 *       instance alike): {@value org.civgis.web.security.LoginAttempts#MAX_FAILURES} in a row lock
 *       an account for {@value org.civgis.web.security.LoginAttempts#LOCK_MINUTES} minutes, more
 *       than {@value org.civgis.web.security.LoginAttempts#MAX_FAILURES_PER_CLIENT} from one client
 *       address within {@value org.civgis.web.security.LoginAttempts#CLIENT_WINDOW_MINUTES} minutes
 *       stop that client (429). A refused login never tells whether the user name exists.
 *   <li>The client address (audit, throttling) and the host of links come from {@code
 *       X-Forwarded-*} only when a configured proxy ({@code civgis.trusted-proxies}) sent them.
 *   <li>Refusals are problem details: 401 without (valid) credentials, 403 without the right (or
 *       without a valid CSRF token, which the answer says), 503 when the database is down.
 *   <li>The health endpoint shows its details (database, disk) only to administrators.
 * </ol>
 */
package org.civgis.web.security;
