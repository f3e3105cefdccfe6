package org.civgis.gazetteer.facility;

/**
 * What is wrong with one field of a facility.
 *
 * @param field the field, as the API names it (e.g. {@code nursingBeds})
 * @param reason why, in Chinese
 */
public record FacilityProblem(String field, String reason) {}
