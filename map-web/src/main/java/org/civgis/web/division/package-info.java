/** Administrative divisions over HTTP: the {@code divisions} collection and division profiles. */
package org.civgis.web.division;
