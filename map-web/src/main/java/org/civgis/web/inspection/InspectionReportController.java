package org.civgis.web.inspection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.inspection.FieldRecordRepository;
import org.civgis.boundary.inspection.FindingRepository;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.web.job.JobController;
import org.civgis.web.job.JobResult;
import org.civgis.web.job.JobService;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.problem.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/inspection/rounds/{id}/report?format=pdf|xlsx}: the round's report, made as a
 * job for a reader of the round ({@link InspectionReaders}); its result is the file, readable by
 * the job's creator (and administrators) alone.
 */
@RestController
class InspectionReportController {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final RoundRepository rounds;
  private final InspectionService service;
  private final FieldRecordRepository records;
  private final FindingRepository findings;
  private final MarkerRepository markers;
  private final BoundaryLineRepository lines;
  private final DivisionRepository divisions;
  private final JobService jobs;

  InspectionReportController(
      RoundRepository rounds,
      InspectionService service,
      FieldRecordRepository records,
      FindingRepository findings,
      MarkerRepository markers,
      BoundaryLineRepository lines,
      DivisionRepository divisions,
      JobService jobs) {
    this.rounds = rounds;
    this.service = service;
    this.records = records;
    this.findings = findings;
    this.markers = markers;
    this.lines = lines;
    this.divisions = divisions;
    this.jobs = jobs;
  }

  @PostMapping("/api/inspection/rounds/{id}/report")
  ResponseEntity<Map<String, Object>> report(
      @PathVariable long id, @RequestParam(name = "format", defaultValue = "pdf") String format) {
    if (!format.equals("pdf") && !format.equals("xlsx")) {
      throw new InvalidParameterException("format", "须为 pdf 或 xlsx");
    }
    InspectionReaders.Reader reader = InspectionReaders.current();
    InspectionRound round =
        reader.checkRead(
            rounds.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的联检轮次")));
    // the job's result is readable by its creator alone (JobService.visibleTo)
    return JobController.accepted(
        jobs.submit(
            "inspection-report",
            "联检报告：" + round.title(),
            Map.of("roundId", id, "format", format),
            progress -> {
              progress.update(0.1, "读取联检数据");
              RoundReportData data = read(round);
              progress.update(0.5, "生成报告");
              String name = round.title() + "_报告." + format;
              Map<String, Object> summary =
                  Map.of(
                      "roundId",
                      id,
                      "markers",
                      data.markers().size(),
                      "findings",
                      data.findings().size());
              return format.equals("pdf")
                  ? JobResult.file(InspectionReport.pdf(data), "application/pdf", name, summary)
                  : JobResult.file(InspectionReport.xlsx(data), XLSX, name, summary);
            }));
  }

  RoundReportData read(InspectionRound round) {
    List<BoundaryLine> roundLines = new ArrayList<>();
    List<BoundaryMarker> roundMarkers = new ArrayList<>();
    for (String code : round.lineCodes()) {
      lines.current(round.plannedStart()).stream()
          .filter(l -> l.lineCode().equals(code))
          .forEach(roundLines::add);
      roundMarkers.addAll(markers.find(new MarkerRepository.Query(code, null, true, 100_000, 0)));
    }
    List<String> lineNames = new ArrayList<>();
    for (String code : round.lineCodes()) {
      lineNames.add(
          roundLines.stream()
              .filter(l -> l.lineCode().equals(code))
              .findFirst()
              .map(l -> name(l.leftCode(), round) + "—" + name(l.rightCode(), round) + "界线")
              .orElse("界线 " + code));
    }
    return new RoundReportData(
        round,
        name(round.leadCode(), round),
        name(round.assistingCode(), round),
        roundLines,
        lineNames,
        RoundReportData.rows(roundMarkers, records.markerRecords(round.id())),
        records.segmentRecords(round.id()),
        findings.ofRound(round.id()),
        service.deviations(round.id()),
        service.signOffs(round.id()));
  }

  private String name(String code, InspectionRound round) {
    return divisions.findByCode(code, round.plannedStart()).map(d -> d.name()).orElse(code);
  }
}
