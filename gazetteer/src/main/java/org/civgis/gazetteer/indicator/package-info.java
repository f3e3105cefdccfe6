/**
 * The plan's indicators against their targets (shared/domain/TARGETS.md), per prefecture, county
 * and township or street: {@link PlanIndicators} computes them from the registry, the demand and,
 * for those that need walking times, a coverage run ({@link CoverageFacts}). Plain Java, no
 * database.
 *
 * <p>Known limitations: targets the data cannot answer (social workers, volunteer stations,
 * incubation venues, welfare-lottery outlets, 四同步 compliance of new compounds) are not listed;
 * rural townships have no demand data, so their beds per 1,000 elderly stay empty.
 */
package org.civgis.gazetteer.indicator;
