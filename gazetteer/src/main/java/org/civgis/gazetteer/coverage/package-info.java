/**
 * The care circle on a stored road network: coverage (time to the nearest facility, covered flag,
 * E2SFCA, isochrones, the time map) and siting of new facilities, for the planner's workspace and
 * its jobs. The algorithms are geo-core's ({@code org.civgis.geo.network}); this package reads the
 * network from the database once and keeps it in memory.
 */
package org.civgis.gazetteer.coverage;
