/**
 * Reads from a streaming replica (hot standby) with read-your-writes (docs/adr 0014).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Without {@code civgis.db.read-url} ({@code CIVGIS_DB_READ_URL}) nothing here is active and
 *       every statement goes to the primary, as before.
 *   <li>With it, only work marked as a replica read ({@link ReadRoute#replica}) may use the
 *       replica: the GET and HEAD requests {@link ReplicaReadFilter} names (OGC API items, vector
 *       tiles, search, exports, reports) and the rebuilds of the in-memory indexes. Everything
 *       else, every statement inside a transaction, and the writes a read makes ({@code ReadMarks})
 *       go to the primary.
 *   <li>A signed-in user's replica reads see everything that user wrote ({@link WritePositions});
 *       reads that fill a cache (tiles, index rebuilds) also every change the instance has heard
 *       of; other reads may be as old as the replica is behind. A replica that has not replayed far
 *       enough within {@code civgis.db.read-wait}, or cannot be reached, is skipped: the read goes
 *       to the primary and {@code civgis.db.replica.fallbacks} counts it. Never an error of its
 *       own.
 * </ol>
 */
package org.civgis.web.replica;
