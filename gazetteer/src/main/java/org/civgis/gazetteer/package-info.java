/**
 * The standard place-name library, the standard address library, place-name signs, social-service
 * facilities and their coverage. Will own the database schema {@code gazetteer}.
 *
 * <p>Feature packages to come: {@code placename}, {@code address}, {@code sign}, {@code coverage}
 * (facilities are places; demand lives at addresses).
 */
package org.civgis.gazetteer;
