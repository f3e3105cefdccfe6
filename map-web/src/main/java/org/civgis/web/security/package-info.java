/**
 * Who may do what: users, roles, jurisdictions, browser sessions and API tokens.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Published data is readable by everyone, anonymous included; drafts only by officers (every
 *       role but VIEWER). Writes need a role that may edit the collection and a jurisdiction that
 *       contains the feature's division and geometry.
 *   <li>Browser sessions live in PostgreSQL (Spring Session JDBC) and are protected against CSRF;
 *       scripts and QGIS send {@code Authorization: Bearer <token>} and need no session or CSRF
 *       token.
 *   <li>Passwords are bcrypt hashes; {@value org.civgis.web.security.LoginAttempts#MAX_FAILURES}
 *       failed logins in a row lock an account for {@value
 *       org.civgis.web.security.LoginAttempts#LOCK_MINUTES} minutes, on every instance.
 *   <li>Refusals are problem details: 401 without (valid) credentials, 403 without the right.
 * </ol>
 */
package org.civgis.web.security;
