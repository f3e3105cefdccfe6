/**
 * The place-name sign inventory (地名标志) and its patrols (地名标志巡检).
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A sign shows a place name or an address; it complies when its text is the current standard
 *       name (or address) and its romanization the sign form of the standard romanization ({@link
 *       org.civgis.gazetteer.sign.ComplianceCheck}). After a renaming every sign still showing the
 *       old name is an OUTDATED_NAME; the stored verdicts are kept current by {@link
 *       org.civgis.gazetteer.sign.SignCompliance}.
 *   <li>Every named road needs a sign at both ends and where it meets another named road, within a
 *       tolerance ({@link org.civgis.gazetteer.sign.MissingSignFinder}).
 *   <li>Each type of sign is patrolled at an interval (a schedule officers may change); a patrol
 *       records the condition, fault, photo and whether a repair is needed; a sign is overdue when
 *       its last patrol (or its installation) is older than the interval.
 * </ol>
 */
package org.civgis.gazetteer.sign;
