/**
 * Place-name archives (地名档案): the catalogue of each feature's documents, cataloguing, and the
 * transfer package.
 *
 * <p>Contract:
 *
 * <ol>
 *   <li>The archive of a feature holds the documents of its names' procedures (their attachments),
 *       their survey records and their sign records, each catalogued once with an archive number
 *       ({@link ArchiveNumber}), title, date, retention, classification, pages and the file's
 *       SHA-256 ({@link ArchiveItem}).
 *   <li>A catalogued file never changes; a changed record is a new document.
 *   <li>A transfer package ({@link TransferPackage}) carries a county's catalogue, files and a
 *       SHA-256 manifest; reading one back verifies every checksum first.
 * </ol>
 */
package org.civgis.gazetteer.placename.archive;
