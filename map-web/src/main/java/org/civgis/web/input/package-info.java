/**
 * Input hardening shared by all endpoints: body size limits and the normalisation of names.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A request body larger than {@code civgis.max-request-bytes} is refused with 413 before any
 *       handler sees it, whether or not it declares its length.
 *   <li>Names are stored in NFC, with full-width digits, letters and spaces made half-width and
 *       surrounding white space removed.
 * </ol>
 */
package org.civgis.web.input;
