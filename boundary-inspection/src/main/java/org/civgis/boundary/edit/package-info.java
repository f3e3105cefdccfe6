/**
 * The one path of every write to a division (its geometry, name, status, remarks) and of a
 * shared-border edit of a boundary line: {@link org.civgis.boundary.edit.DivisionEdits}.
 *
 * <p>Contract, for every write:
 *
 * <ol>
 *   <li>The kind of change is explicit ({@link org.civgis.boundary.edit.ChangeKind}): a
 *       <em>correction</em> (the default) rewrites the version current on the day of the edit and
 *       leaves every version's dates as they were; it needs a reason when it rewrites the name or
 *       the geometry of a published version that was already valid before today. A <em>legal
 *       change</em> needs the effective day and the approval document: the version valid then ends
 *       the day before, a new one starts on it (a renaming goes through {@link
 *       org.civgis.boundary.change.DivisionChangeService}).
 *   <li>The editor's jurisdiction is judged on division codes: every division the write changes
 *       (the edited one and the neighbours whose shared edge moves with it) must be the
 *       jurisdiction's division or lie under it. A polygon's extent is held by the checks of the
 *       next step (outside the parent, overlapping a sibling), not by the jurisdiction's current
 *       polygon — so that an officer can put back an outline her own edit shrank.
 *   <li>A geometry is checked before it is saved, in the same transaction: the coverage of the
 *       edited divisions' parents and of their children, before and after ({@link
 *       org.civgis.geo.topology.CoverageCheck}), and the recorded boundary lines against the new
 *       shared edges. A finding the edit causes that is an error refuses the write; a warning
 *       refuses it unless the request acknowledges the warnings, and the acknowledged findings are
 *       written into the audit entry. Gaps an edit opens are warnings (see docs/adr 0012).
 *   <li>A shared edge moves with the edit: the run of vertices the edit changed is changed in every
 *       sibling that has the same run ({@link org.civgis.geo.topology.SharedEdgeEdit}), unless the
 *       request detaches the edit; the boundary lines between the moved divisions are derived
 *       again.
 *   <li>Each written division gets an entry in the {@link org.civgis.boundary.edit.EditJournal}
 *       (the audit trail) with its state before and after, the kind, reason, document, the
 *       acknowledged findings, the area before and after and the extent of the changed vertices; a
 *       restore names the entry whose earlier state it writes back.
 *   <li>Everything runs in one transaction; any refusal writes nothing.
 * </ol>
 */
package org.civgis.boundary.edit;
