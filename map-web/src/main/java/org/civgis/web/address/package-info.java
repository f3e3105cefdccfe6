/**
 * The standard address library over HTTP: geocoding ({@code GET /api/geocode}, {@code POST
 * /api/geocode/batch}, batch files as jobs) and reverse geocoding ({@code GET /api/reverse}).
 *
 * <p>Each instance keeps the library in memory ({@link AddressGeocoding}), rebuilt when the change
 * feed reports a change of {@code addresses} or {@code place-names} on any instance; nothing of it
 * is state of its own.
 */
package org.civgis.web.address;
