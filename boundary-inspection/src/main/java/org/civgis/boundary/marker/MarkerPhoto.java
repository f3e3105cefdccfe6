package org.civgis.boundary.marker;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A photo of a marker (the bytes are read separately).
 *
 * @param takenOn the day it was taken, or {@code null}
 * @param sha256 hex SHA-256 of the content
 */
public record MarkerPhoto(
    long id,
    long markerId,
    String fileName,
    String mediaType,
    int sizeBytes,
    String sha256,
    String caption,
    LocalDate takenOn,
    String uploadedBy,
    Instant uploadedAt) {}
