/**
 * Tables that users upload (CSV, XLSX, legacy XLS) and the CSV files we hand out.
 *
 * <p>Reading ({@link org.civgis.web.tabular.TableReader}, through {@link
 * org.civgis.web.tabular.TableUploads} for an upload): every format is read as a stream, a row at a
 * time, and every {@link org.civgis.web.tabular.TableLimits limit} (rows, columns, cells, text, and
 * for XLSX the uncompressed size of each part) is checked before anything beyond it is held, so a
 * small file that unfolds into a huge sheet is refused in well under a second with a reason that
 * names the limit, instead of filling the heap.
 *
 * <p>Writing ({@link org.civgis.web.tabular.CsvWriter}): every CSV export goes through one writer,
 * which neutralises text that a spreadsheet would run as a formula.
 */
package org.civgis.web.tabular;
