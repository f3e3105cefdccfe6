/**
 * The web layer: adapts HTTP to the domain modules and serves the frontend. Only this module knows
 * HTTP; domain rules live in the domain modules.
 */
package org.civgis.web;
