/**
 * The place-name sign inventory over HTTP: the OGC collection {@code signs} (each sign with its map
 * status: 不规范, 待维修, 巡检逾期, 正常) and patrol entry ({@code POST /api/signs/{id}/patrols}).
 *
 * <p>A patrol is a write: validated, only by administrators and place-name officers whose
 * jurisdiction holds the sign, written with the sign's new condition, an open repair task when one
 * is needed, and an audit row in one transaction, then announced on the change feed.
 */
package org.civgis.web.sign;
