/**
 * Boundary markers (界桩): number in the manner of GB/T 17796 (line code, sequence, type code), form,
 * recorded CGCS2000 and Gauss-Krüger coordinates with their zone, elevation, survey method and
 * accuracy, reference landmarks, photos and the history of their condition.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A marker's number is its line code, a dash, its sequence in three digits and its type code
 *       ({@link org.civgis.boundary.marker.MarkerNumber}); the type code agrees with its form.
 *   <li>Its Gauss-Krüger coordinates are those of its CGCS2000 position in the zone of its
 *       longitude, x north and y east, within a metre.
 *   <li>It has at least three reference landmarks.
 * </ol>
 */
package org.civgis.boundary.marker;
