package org.civgis.gazetteer.placename.archive;

import java.time.LocalDate;

/**
 * One catalogued document of a place-name archive (a line of the 档案目录).
 *
 * @param id row id, 0 before it is stored
 * @param archiveNo the archive number (档号)
 * @param category what it records
 * @param placeNameCode the feature's place-name code (地名代码)
 * @param placeNameId the name version it documents, or {@code null} (an imported document whose
 *     name this library does not hold)
 * @param standardName the name it documents, as written when catalogued
 * @param title 题名
 * @param documentDate the document's date
 * @param retention 保管期限
 * @param classification 密级
 * @param pages 页数
 * @param fileName the file's name
 * @param mediaType e.g. application/pdf
 * @param sizeBytes the file's size
 * @param sha256 hex SHA-256 of the file
 * @param attachmentId the name attachment that is this document, or {@code null}
 */
public record ArchiveItem(
    long id,
    ArchiveNumber archiveNo,
    ArchiveCategory category,
    String placeNameCode,
    Long placeNameId,
    String standardName,
    String title,
    LocalDate documentDate,
    Retention retention,
    Classification classification,
    int pages,
    String fileName,
    String mediaType,
    int sizeBytes,
    String sha256,
    Long attachmentId) {}
