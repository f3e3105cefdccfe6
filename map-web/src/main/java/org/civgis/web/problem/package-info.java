/**
 * Errors as RFC 9457 problem details: every 4xx and 5xx of the API has a JSON body whose {@code
 * detail} says in Chinese what is wrong, and, for bad input, {@code invalidParams} names each field
 * and the reason. This holds also for what Tomcat refuses before the application sees it (a URL or
 * headers over the limit): its error page is a problem detail too.
 */
package org.civgis.web.problem;
