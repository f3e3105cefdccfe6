/**
 * HTTP adapter of the joint inspection (界线联合检查): rounds, the desk check (a job), the field package
 * and field sync, photos, findings, sign-off, disputes, patrols and the round's report (a job: PDF
 * or XLSX). All of it is internal: read by officers whose jurisdiction concerns the round ({@link
 * org.civgis.web.inspection.InspectionReaders}), written by inspectors, name officers and
 * administrators of one of its sides.
 */
package org.civgis.web.inspection;
