/**
 * The standard address library (标准地名地址库): addresses, their numbering along roads and their history.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A standard address is a division chain (county, township or street, community or village),
 *       a road (a place name, by its code), a house number with an optional suffix (之1, -1, 附), and
 *       for buildings and rooms a building (栋), a unit (单元) and a room (室); a point; a code ({@link
 *       org.civgis.gazetteer.address.AddressCode}: division, kind, sequence).
 *   <li>House numbers are odd on the left and even on the right of the road looking from its start,
 *       increasing from the start ({@link org.civgis.gazetteer.address.HouseNumbering}); a house
 *       number, building, unit and room exist once on a road among the current addresses (a unique
 *       index holds it).
 *   <li>Nothing is deleted: a renamed road or a renumbering closes the old version (SUPERSEDED) and
 *       a new version with the same code supersedes it, so an old address resolves to the new one
 *       ({@link org.civgis.gazetteer.address.RoadRenaming}).
 * </ol>
 */
package org.civgis.gazetteer.address;
