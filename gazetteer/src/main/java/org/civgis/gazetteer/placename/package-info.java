/**
 * The standard place-name library (标准地名库) and the legal lifecycle of a name.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A name moves PROPOSED → UNDER_REVIEW → APPROVED → ANNOUNCED → FILED; a standard name
 *       (ANNOUNCED or FILED) ends RENAMED, when the name that supersedes it is announced, or
 *       RETIRED; a proposal may be WITHDRAWN or sent back from review. Any other move is refused
 *       with the reason ({@link org.civgis.gazetteer.placename.NameLifecycle}).
 *   <li>Approval needs both an expert evaluation and a public consultation on record (命名更名评估论证
 *       和征求意见制度), the approving authority, date and document number; announcement needs its number
 *       and date.
 *   <li>A name is valid from its announcement to its renaming or retirement; nothing is deleted,
 *       and a query "as of" a day returns the names valid then.
 *   <li>Renaming links the old and the new name in both directions (supersedes / superseded by).
 * </ol>
 */
package org.civgis.gazetteer.placename;
