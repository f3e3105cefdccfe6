/**
 * Input hardening shared by all endpoints: body size limits, text that cannot be read or stored,
 * and the normalisation of names.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>A request body larger than {@code civgis.max-request-bytes} is refused with 413 before any
 *       handler sees it, whether or not it declares its length.
 *   <li>A broken percent-encoding in the query, or a NUL character (U+0000) in a query parameter, a
 *       form field or a JSON string, is refused with 400 naming the parameter, field or JSON
 *       Pointer, before any handler (or the database) sees it.
 *   <li>Names are stored in NFC, with full-width digits, letters and spaces made half-width and
 *       surrounding white space removed.
 * </ol>
 */
package org.civgis.web.input;
