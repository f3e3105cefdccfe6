package org.civgis.boundary.inspection;

import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A disputed area (争议区) between two or more units and how it was settled.
 *
 * @param roundId the round it was raised in, or {@code null}
 * @param area the disputed area (CGCS2000)
 * @param areaSquareMeters its area in the Gauss-Krüger zone of its centre
 * @param parties the 12-digit codes of the units in dispute
 * @param status OPEN, NEGOTIATING or RESOLVED
 * @param documents titles and references of the documents (agreements, minutes, rulings)
 */
public record Dispute(
    long id,
    int revision,
    Long roundId,
    String lineCode,
    String title,
    MultiPolygon area,
    double areaSquareMeters,
    List<String> parties,
    String status,
    String resolution,
    List<InspectionRound.RoundDocument> documents,
    String createdBy) {

  public Dispute {
    parties = List.copyOf(parties);
    documents = List.copyOf(documents);
  }

  public String etag() {
    return "\"dispute-" + id + "-" + revision + "\"";
  }
}
