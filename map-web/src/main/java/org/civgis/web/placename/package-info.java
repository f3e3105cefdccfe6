/**
 * Place names over HTTP: the {@code place-names} collection (OGC API – Features, editable), the
 * lifecycle steps, reviews, attachments and lineage of a name.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>Everyone reads the standard names; officers also see names in procedure.
 *   <li>Proposing, editing, reviewing, withdrawing: ADMIN and NAME_OFFICER inside their
 *       jurisdiction. Approving, announcing, filing and retiring (the government's decisions, which
 *       an officer records): ADMIN, and NAME_OFFICERs whose jurisdiction is the prefecture or
 *       above.
 *   <li>Every write follows the platform's path: checks, rights, ETag, write + audit + step in one
 *       transaction, change announced.
 * </ol>
 */
package org.civgis.web.placename;
