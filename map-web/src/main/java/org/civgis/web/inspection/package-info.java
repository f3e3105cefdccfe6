/**
 * HTTP adapter of the joint inspection (界线联合检查): rounds, the desk check (a job), the field package
 * and field sync, photos, findings, sign-off, disputes, patrols and the round's report (a job: PDF
 * or XLSX).
 */
package org.civgis.web.inspection;
