/**
 * Errors as RFC 9457 problem details: every 4xx and 5xx of the API has a JSON body whose {@code
 * detail} says in Chinese what is wrong, and, for bad input, {@code invalidParams} names each field
 * and the reason.
 */
package org.civgis.web.problem;
