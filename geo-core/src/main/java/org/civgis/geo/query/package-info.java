/**
 * What the domain modules' repositories share about queries: {@link
 * org.civgis.geo.query.SqlCondition}, a further condition a caller may AND to a repository's own.
 */
package org.civgis.geo.query;
