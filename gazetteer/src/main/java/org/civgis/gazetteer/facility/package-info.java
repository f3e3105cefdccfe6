/**
 * The registry of social-service facilities (民政服务设施): their types (the glossary's), beds and
 * nursing beds, operator, status and position (CGCS2000 points). {@link FacilityCheck} holds the
 * rules a facility keeps before it is stored; {@link FacilityRepository} reads and writes the rows.
 * Rights, versions, audit and HTTP are the web layer's.
 */
package org.civgis.gazetteer.facility;
