/**
 * Demand for social services: communities (社区) and residential compounds (小区) with their population
 * and elderly (60+, 80+), each marked when its counts are estimates. A compound's residents are
 * part of its community's: sum communities, or compounds, never both.
 */
package org.civgis.gazetteer.demand;
