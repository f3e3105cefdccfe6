/**
 * Administrative divisions and their history, boundary lines, boundary markers and the joint
 * inspection of boundaries. Owns the database schema {@code boundary}.
 */
package org.civgis.boundary;
