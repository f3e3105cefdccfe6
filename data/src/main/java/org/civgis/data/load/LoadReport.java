package org.civgis.data.load;

import java.util.Map;

/**
 * What a load did.
 *
 * @param dataset the dataset name
 * @param changed {@code false} when the same files were loaded before and nothing was written
 * @param counts rows written per table (empty when nothing changed)
 * @param checksum SHA-256 of the dataset's files
 */
public record LoadReport(
    String dataset, boolean changed, Map<String, Integer> counts, String checksum) {}
