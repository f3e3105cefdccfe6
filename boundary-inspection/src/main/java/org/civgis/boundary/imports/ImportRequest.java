package org.civgis.boundary.imports;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * An import of divisions' geometries from a surveyor's file.
 *
 * @param file where the uploaded file lies
 * @param fileName its name as uploaded (its extension gives the format when {@code format} is null)
 * @param format the format, or {@code null} to go by the name
 * @param declaredCrs the CRS the user declares, e.g. {@code EPSG:4538}, or {@code null}; needed for
 *     DXF and CSV, which carry none
 * @param effective the day the file's geometries become valid
 * @param repair whether invalid geometries are repaired (MakeValid) instead of refused
 * @param recordedBy who imports, for the import record
 */
public record ImportRequest(
    Path file,
    String fileName,
    SurveyFormat format,
    String declaredCrs,
    LocalDate effective,
    boolean repair,
    String recordedBy) {}
