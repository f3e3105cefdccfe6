package org.civgis.gazetteer.placename;

/**
 * A document or photo of a name (its content is stored and read separately).
 *
 * @param id row id, 0 before it is stored
 * @param fileName the file's name as uploaded
 * @param mediaType e.g. application/pdf, image/jpeg
 * @param sizeBytes the content's size
 * @param sha256 hex SHA-256 of the content
 * @param description what it is, e.g. 批准文件
 * @param uploadedBy who uploaded it
 */
public record NameAttachment(
    long id,
    String fileName,
    String mediaType,
    int sizeBytes,
    String sha256,
    String description,
    String uploadedBy) {}
