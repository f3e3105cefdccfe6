package org.civgis.web.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.inspection.InspectionFinding;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.MarkerRecord;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.boundary.inspection.SegmentRecord;
import org.civgis.boundary.marker.BoundaryMarker;

/**
 * What a round's report shows, read once: the round, its sides' names, its lines (and their names,
 * by their sides) and markers with each marker's latest record (all records when they conflict),
 * the segment records, findings, deviation statistics and sign-offs.
 */
record RoundReportData(
    InspectionRound round,
    String leadName,
    String assistingName,
    List<BoundaryLine> lines,
    List<String> lineNames,
    List<MarkerRow> markers,
    List<SegmentRecord> segments,
    List<InspectionFinding> findings,
    InspectionService.DeviationStatistics deviations,
    List<RoundRepository.SignOff> signOffs) {

  /** A marker and its records in the round (empty when not yet visited). */
  record MarkerRow(BoundaryMarker marker, List<MarkerRecord> records) {
    MarkerRecord latest() {
      return records.isEmpty() ? null : records.get(records.size() - 1);
    }
  }

  static List<MarkerRow> rows(List<BoundaryMarker> markers, List<MarkerRecord> records) {
    Map<Long, List<MarkerRecord>> byMarker = new LinkedHashMap<>();
    for (MarkerRecord r : records) {
      byMarker.computeIfAbsent(r.markerId(), k -> new ArrayList<>()).add(r);
    }
    List<MarkerRow> rows = new ArrayList<>();
    for (BoundaryMarker m : markers) {
      List<MarkerRecord> of = new ArrayList<>(byMarker.getOrDefault(m.id(), List.of()));
      of.sort(Comparator.comparing(MarkerRecord::observedAt));
      rows.add(new MarkerRow(m, of));
    }
    return rows;
  }
}
