/**
 * A real, throwaway PostGIS for integration tests.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Every test database has the extensions postgis, pgrouting, pg_trgm and btree_gist.
 *   <li>A test never sees another test class's database (except the documented shared one).
 *   <li>When {@code postgis.required=true}, a database that cannot be had is a test failure, never
 *       a skip.
 * </ol>
 */
package org.civgis.testing;
