package org.civgis.boundary.inspection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.StoredFinding;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;

/**
 * The desk check of a round (内业检查).
 *
 * <ol>
 *   <li>Runs the topology check ({@link TopologyCheckRun}: divisions, lines, markers) of the scope
 *       as of the round's first planned day and keeps the findings about the round: those naming
 *       one of its lines or one of their markers, and those naming both its sides.
 *   <li>Each kept finding becomes a finding of the round, NEW or PERSISTING by whether the previous
 *       round of the lines had a desk-check finding with the same type and subjects; the previous
 *       round's findings no longer found are counted as gone.
 *   <li>Running it again replaces the round's open desk-check findings; resolved ones stay.
 * </ol>
 */
public final class DeskCheck {
  private static final int MAX_FINDINGS = 1_000_000;

  private final InspectionService service;
  private final RoundRepository rounds;
  private final FindingRepository findings;
  private final TopologyCheckRun topology;
  private final CheckRunRepository runs;
  private final MarkerRepository markers;
  private final String scopeCode;
  private final CheckTolerances tolerances;

  public DeskCheck(
      InspectionService service,
      RoundRepository rounds,
      FindingRepository findings,
      TopologyCheckRun topology,
      CheckRunRepository runs,
      MarkerRepository markers,
      String scopeCode,
      CheckTolerances tolerances) {
    this.service = service;
    this.rounds = rounds;
    this.findings = findings;
    this.topology = topology;
    this.runs = runs;
    this.markers = markers;
    this.scopeCode = scopeCode;
    this.tolerances = tolerances;
  }

  /**
   * What the desk check found.
   *
   * @param checkRunId the stored topology check run
   * @param findings the round's desk-check findings
   * @param persisting of those, the ones the previous round had too
   * @param gone the previous round's desk-check findings not found again
   */
  public record Outcome(
      long roundId,
      long checkRunId,
      Long previousRoundId,
      int findings,
      int persisting,
      int gone) {}

  public Outcome run(long roundId, String by, CheckProgress progress) {
    InspectionRound round = service.round(roundId);
    service.requireWritable(roundId);
    Set<String> subjects = new HashSet<>();
    for (String line : round.lineCodes()) {
      subjects.add("L:" + line);
      for (BoundaryMarker m :
          markers.find(new MarkerRepository.Query(line, null, true, MAX_FINDINGS, 0))) {
        subjects.add("M:" + m.id());
      }
    }
    TopologyCheckRun.Outcome run =
        topology.run(
            scopeCode,
            InspectionService.asOf(round),
            tolerances,
            by,
            (f, m) -> progress.update(0.9 * f, m));
    progress.update(0.92, "对比上一轮联检");
    Long previous =
        round.previousId() != null
            ? round.previousId()
            : round.lineCodes().stream()
                .map(l -> rounds.previousOf(roundId, l))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(null);
    Set<String> previousKeys = new HashSet<>();
    if (previous != null) {
      for (InspectionFinding f : findings.ofRound(previous)) {
        if (f.origin().equals("DESK_CHECK")) {
          previousKeys.add(f.key());
        }
      }
    }
    findings.deleteOpen(roundId, "DESK_CHECK");
    List<StoredFinding> found =
        runs.findings(
            new CheckRunRepository.FindingQuery(
                run.runId(), null, null, null, null, MAX_FINDINGS, 0));
    int kept = 0;
    int persisting = 0;
    Set<String> keys = new HashSet<>();
    for (StoredFinding f : found) {
      boolean aboutRound =
          f.subjects().stream().anyMatch(subjects::contains)
              || (f.subjects().contains(round.leadCode())
                  && f.subjects().contains(round.assistingCode()));
      if (!aboutRound) {
        continue;
      }
      String key = f.type().name() + "|" + String.join(",", f.subjects());
      if (!keys.add(key)) {
        continue;
      }
      boolean wasThere = previousKeys.contains(key);
      String line =
          f.subjects().stream()
              .filter(s -> s.startsWith("L:"))
              .map(s -> s.substring(2))
              .findFirst()
              .orElse(round.lineCodes().get(0));
      Long marker =
          f.subjects().stream()
              .filter(s -> s.startsWith("M:"))
              .map(s -> Long.parseLong(s.substring(2)))
              .findFirst()
              .orElse(null);
      findings.upsert(
          InspectionFinding.open(
              roundId,
              "DESK_CHECK",
              f.type().name(),
              f.severity().name(),
              key,
              wasThere ? "PERSISTING" : "NEW",
              line,
              marker,
              f.geometry(),
              f.measure(),
              f.unit().name(),
              f.detail()));
      kept++;
      if (wasThere) {
        persisting++;
      }
    }
    int gone = (int) previousKeys.stream().filter(k -> !keys.contains(k)).count();
    progress.update(1, "内业检查完成");
    return new Outcome(roundId, run.runId(), previous, kept, persisting, gone);
  }
}
