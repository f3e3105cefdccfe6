/**
 * The heritage list of place names (地名文化保护名录).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Only standard names are listed, each once, with at least one criterion ({@link
 *       HeritageCriterion}), its story and the sources of both; photos are the name's attachments.
 *   <li>A listed name stays protected across its versions' procedures: a renaming proposal that
 *       supersedes it, or its retirement, needs a concluded heritage review before it is decided
 *       ({@code NameLifecycle}).
 * </ol>
 */
package org.civgis.gazetteer.placename.heritage;
