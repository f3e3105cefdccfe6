package org.civgis.boundary.inspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerCondition;
import org.civgis.boundary.marker.MarkerRepository;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * The life of a round: planning with its tasks, moving it along, field records with their
 * deviations and conflicts, findings and their resolution, the two sides' sign-off and the lock.
 * See the package contract. Every method joins the caller's transaction; every write to a round
 * first locks the round's row, so that a sign-off and a late write cannot both succeed.
 */
public final class InspectionService {
  private static final int MAX_MARKERS = 100_000;

  private final RoundRepository rounds;
  private final FieldRecordRepository records;
  private final FindingRepository findings;
  private final BoundaryLineRepository lines;
  private final MarkerRepository markers;

  public InspectionService(
      RoundRepository rounds,
      FieldRecordRepository records,
      FindingRepository findings,
      BoundaryLineRepository lines,
      MarkerRepository markers) {
    this.rounds = rounds;
    this.records = records;
    this.findings = findings;
    this.lines = lines;
    this.markers = markers;
  }

  // ---- planning and states

  /**
   * Stores a new round in PLANNING with a task per marker of its lines and one per segment between
   * consecutive markers. Refuses lines that do not exist on the first planned day, a side that is
   * not a side of every line, and participants of neither side.
   */
  public InspectionRound plan(InspectionRound round) {
    validate(round);
    if (round.lineCodes().isEmpty()) {
      throw new InspectionRefusedException("lineCodes", "至少要有一条界线");
    }
    List<BoundaryLine> current = lines.current(round.plannedStart());
    List<BoundaryLine> selected = new ArrayList<>();
    for (String code : round.lineCodes()) {
      BoundaryLine line =
          current.stream()
              .filter(l -> l.lineCode().equals(code))
              .findFirst()
              .orElseThrow(
                  () ->
                      new InspectionRefusedException(
                          "lineCodes", round.plannedStart() + " 没有编号为 " + code + " 的界线"));
      Set<String> sides = Set.of(line.leftCode(), line.rightCode());
      if (!sides.contains(round.leadCode()) || !sides.contains(round.assistingCode())) {
        throw new InspectionRefusedException(
            "leadCode",
            "牵头方和配合方须是界线 " + code + " 两侧的区划（" + line.leftCode() + "、" + line.rightCode() + "）");
      }
      selected.add(line);
    }
    Set<String> users = new HashSet<>();
    for (InspectionRound.Participant p : round.participants()) {
      if (!round.isSide(p.sideCode())) {
        throw new InspectionRefusedException(
            "participants", "参加人员 " + p.username() + " 须代表牵头方或配合方");
      }
      if (!users.add(p.username())) {
        throw new InspectionRefusedException("participants", "参加人员 " + p.username() + " 重复");
      }
    }
    if (round.previousId() != null && rounds.find(round.previousId()).isEmpty()) {
      throw new InspectionRefusedException("previousId", "没有编号为 " + round.previousId() + " 的联检轮次");
    }
    InspectionRound stored = rounds.insert(round);
    for (BoundaryLine line : selected) {
      addTasks(stored.id(), line);
    }
    return stored;
  }

  /**
   * Refuses, naming the field, what a plan's own fields forbid: a blank title, a round number
   * outside 1–{@value InspectionRound#MAX_ROUND_NUMBER}, sides that are not 12-digit codes or are
   * the same, a tolerance not above 0, an end before the start, a document of an unknown kind or
   * without title, a participant without duty. {@link #plan} checks it first; a caller may check it
   * before its own checks of rights.
   */
  public static void validate(InspectionRound round) {
    if (round.title() == null || round.title().isBlank()) {
      throw new InspectionRefusedException("title", "必填");
    }
    Integer number = round.roundNumber();
    if (number != null && (number < 1 || number > InspectionRound.MAX_ROUND_NUMBER)) {
      throw new InspectionRefusedException(
          "roundNumber", "须为 1 到 " + InspectionRound.MAX_ROUND_NUMBER + " 之间的整数");
    }
    if (!CodeNesting.isCode(round.leadCode())) {
      throw new InspectionRefusedException("leadCode", "须为 12 位区划代码");
    }
    if (!CodeNesting.isCode(round.assistingCode())) {
      throw new InspectionRefusedException("assistingCode", "须为 12 位区划代码");
    }
    if (round.leadCode().equals(round.assistingCode())) {
      throw new InspectionRefusedException("assistingCode", "配合方不能与牵头方相同");
    }
    if (!(round.toleranceMeters() > 0) || Double.isInfinite(round.toleranceMeters())) {
      throw new InspectionRefusedException("toleranceMeters", "须大于 0");
    }
    if (round.plannedEnd().isBefore(round.plannedStart())) {
      throw new InspectionRefusedException("plannedEnd", "不能早于开始日期");
    }
    for (int i = 0; i < round.documents().size(); i++) {
      InspectionRound.RoundDocument d = round.documents().get(i);
      if (!InspectionRound.RoundDocument.KINDS.contains(d.kind())) {
        throw new InspectionRefusedException(
            "documents[" + i + "].kind",
            "须为 " + String.join("、", InspectionRound.RoundDocument.KINDS) + " 之一");
      }
      if (d.title() == null || d.title().isBlank()) {
        throw new InspectionRefusedException("documents[" + i + "].title", "必填");
      }
    }
    for (int i = 0; i < round.participants().size(); i++) {
      if (round.participants().get(i).duty() == null
          || round.participants().get(i).duty().isBlank()) {
        throw new InspectionRefusedException("participants[" + i + "].duty", "必填");
      }
    }
  }

  private void addTasks(long roundId, BoundaryLine line) {
    List<BoundaryMarker> ofLine =
        new ArrayList<>(
            markers.find(new MarkerRepository.Query(line.lineCode(), null, false, MAX_MARKERS, 0)));
    LengthIndexedLine indexed = new LengthIndexedLine(line.geometry());
    ofLine.sort(Comparator.comparingDouble(m -> indexed.project(m.position().getCoordinate())));
    for (BoundaryMarker m : ofLine) {
      rounds.addTask(
          new InspectionTask(
              0, roundId, "MARKER", line.lineCode(), m.id(), null, m.position(), m.number()));
    }
    if (ofLine.size() < 2) {
      rounds.addTask(
          new InspectionTask(
              0, roundId, "SEGMENT", line.lineCode(), null, 1, line.geometry(), "整条界线"));
      return;
    }
    for (int i = 0; i + 1 < ofLine.size(); i++) {
      BoundaryMarker from = ofLine.get(i);
      BoundaryMarker to = ofLine.get(i + 1);
      Geometry segment =
          indexed.extractLine(
              indexed.project(from.position().getCoordinate()),
              indexed.project(to.position().getCoordinate()));
      segment.setSRID(line.geometry().getSRID());
      rounds.addTask(
          new InspectionTask(
              0,
              roundId,
              "SEGMENT",
              line.lineCode(),
              null,
              i + 1,
              segment,
              from.number() + " — " + to.number()));
    }
  }

  public InspectionRound round(long id) {
    return rounds
        .find(id)
        .orElseThrow(() -> new InspectionRefusedException("roundId", "没有编号为 " + id + " 的联检轮次"));
  }

  /** The round, row-locked, refused when it is locked by the sign-off. */
  private InspectionRound writable(long roundId) {
    InspectionRound round =
        rounds
            .findForUpdate(roundId)
            .orElseThrow(
                () -> new InspectionRefusedException("roundId", "没有编号为 " + roundId + " 的联检轮次"));
    if (round.isLocked()) {
      throw new RoundLockedException(roundId);
    }
    return round;
  }

  /**
   * Moves round {@code id} to {@code next} if it is at {@code expectedRevision}; empty when the
   * revision is stale. Filing is the one move of a locked round.
   */
  public Optional<InspectionRound> advance(long id, int expectedRevision, RoundStatus next) {
    InspectionRound round =
        next == RoundStatus.FILED
            ? rounds
                .findForUpdate(id)
                .orElseThrow(
                    () -> new InspectionRefusedException("roundId", "没有编号为 " + id + " 的联检轮次"))
            : writable(id);
    if (round.revision() != expectedRevision) {
      return Optional.empty();
    }
    if (!round.status().mayAdvanceTo(next)) {
      throw new InspectionRefusedException(
          "status", "联检轮次不能从“" + round.status().chineseName() + "”转为“" + next.chineseName() + "”");
    }
    rounds.setStatus(id, expectedRevision, next, false);
    return rounds.find(id);
  }

  // ---- sign-off

  /**
   * Records {@code sideCode}'s confirmation of a round under review by {@code signer}, who must be
   * one of that side's own people ({@link Signer#isOf}; else {@link SignerRefusedException}); the
   * second side's confirmation signs and locks the round. Returns the round after.
   */
  public InspectionRound signOff(long roundId, String sideCode, Signer signer, String statement) {
    InspectionRound round = writable(roundId);
    if (round.status() != RoundStatus.REVIEW) {
      throw new InspectionRefusedException(
          "status", "只有处于“审核”状态的联检轮次可以签认（现为“" + round.status().chineseName() + "”）");
    }
    if (!round.isSide(sideCode)) {
      throw new InspectionRefusedException("side", sideCode + " 不是本轮联检的牵头方或配合方");
    }
    if (!signer.isOf(sideCode)) {
      throw new SignerRefusedException(signer, sideCode);
    }
    if (statement == null || statement.isBlank()) {
      throw new InspectionRefusedException("statement", "须填写签认意见");
    }
    List<RoundRepository.SignOff> signed = rounds.signOffs(roundId);
    if (signed.stream().anyMatch(s -> s.sideCode().equals(sideCode))) {
      throw new InspectionRefusedException("side", "该方已签认");
    }
    rounds.addSignOff(roundId, sideCode, signer, statement.strip());
    if (signed.size() + 1 == 2) {
      rounds.setStatus(roundId, round.revision(), RoundStatus.SIGNED, true);
    }
    return rounds.find(roundId).orElseThrow();
  }

  public List<RoundRepository.SignOff> signOffs(long roundId) {
    return rounds.signOffs(roundId);
  }

  // ---- field records

  /** What storing a record did. */
  public record Stored(MarkerRecord record, boolean duplicate) {}

  /**
   * Stores a marker record once: a repeated upload of its id answers the stored record. Computes
   * its deviation, flags conflicts and raises findings (deviation over the tolerance, a marker not
   * intact, conflicting records).
   */
  public Stored recordMarker(MarkerRecord sent) {
    InspectionRound round = writable(sent.roundId());
    Optional<MarkerRecord> existing = records.markerRecord(sent.id());
    if (existing.isPresent()) {
      if (existing.get().roundId() != sent.roundId()) {
        throw new InspectionRefusedException("id", "记录编号 " + sent.id() + " 已属于另一联检轮次");
      }
      return new Stored(existing.get(), true);
    }
    if (round.status() != RoundStatus.FIELDWORK && round.status() != RoundStatus.REVIEW) {
      throw new InspectionRefusedException(
          "status", "联检轮次处于“" + round.status().chineseName() + "”，不接收外业记录");
    }
    BoundaryMarker marker =
        markers
            .findById(sent.markerId(), true)
            .filter(m -> round.lineCodes().contains(m.lineCode()))
            .orElseThrow(
                () ->
                    new InspectionRefusedException(
                        "markerId", "界桩 " + sent.markerId() + " 不在本轮联检的界线上"));
    if (sent.measured() == null && sent.condition() != MarkerCondition.MISSING) {
      throw new InspectionRefusedException("measured", "除丢失的界桩外须记录实测位置");
    }
    if (sent.measured() != null && (sent.accuracyMeters() == null || sent.accuracyMeters() < 0)) {
      throw new InspectionRefusedException("accuracy", "须给出实测位置的水平精度（米）");
    }
    MarkerDeviation deviation =
        sent.measured() == null ? null : MarkerDeviation.of(marker, sent.measured());
    MarkerRecord toStore =
        new MarkerRecord(
            sent.id(),
            sent.roundId(),
            sent.taskId(),
            sent.markerId(),
            sent.team(),
            sent.condition(),
            sent.landmarksComplete(),
            sent.measured(),
            sent.accuracyMeters(),
            sent.fixes(),
            sent.notes(),
            sent.observedAt(),
            sent.recordedBy(),
            deviation == null ? null : deviation.meters(),
            deviation == null ? null : deviation.zoneEpsg(),
            false,
            null);
    records.insertIfAbsent(toStore);
    int ofMarker = records.flagConflicts(round.id(), marker.id());
    String lineCode = marker.lineCode();
    if (deviation != null && deviation.exceeds(round.toleranceMeters())) {
      findings.upsert(
          InspectionFinding.open(
              round.id(),
              "DEVIATION",
              "MARKER_DEVIATION",
              "WARNING",
              "MARKER_DEVIATION|M:" + marker.id() + "|" + sent.id(),
              null,
              lineCode,
              marker.id(),
              sent.measured(),
              deviation.meters(),
              "m",
              String.format(
                  Locale.ROOT,
                  "界桩 %s 实测位置偏离记录位置 %.2f 米（%s，%s，EPSG:%d），超过限差 %.2f 米",
                  marker.number(),
                  deviation.meters(),
                  offset(deviation.northMeters(), "偏北", "偏南"),
                  offset(deviation.eastMeters(), "偏东", "偏西"),
                  deviation.zoneEpsg(),
                  round.toleranceMeters())));
    }
    if (sent.condition() != MarkerCondition.INTACT) {
      findings.upsert(
          InspectionFinding.open(
              round.id(),
              "FIELD",
              "MARKER_CONDITION",
              sent.condition() == MarkerCondition.DAMAGED ? "WARNING" : "ERROR",
              "MARKER_CONDITION|M:" + marker.id() + "|" + sent.condition(),
              null,
              lineCode,
              marker.id(),
              marker.position(),
              null,
              null,
              "界桩 " + marker.number() + " 现场状况：" + conditionName(sent.condition())));
    }
    if (Boolean.FALSE.equals(sent.landmarksComplete())) {
      findings.upsert(
          InspectionFinding.open(
              round.id(),
              "FIELD",
              "LANDMARKS_INCOMPLETE",
              "WARNING",
              "LANDMARKS_INCOMPLETE|M:" + marker.id(),
              null,
              lineCode,
              marker.id(),
              marker.position(),
              null,
              null,
              "界桩 " + marker.number() + " 的方位物不全"));
    }
    if (ofMarker > 1) {
      findings.upsert(
          InspectionFinding.open(
              round.id(),
              "CONFLICT",
              "RECORD_CONFLICT",
              "WARNING",
              "RECORD_CONFLICT|M:" + marker.id(),
              null,
              lineCode,
              marker.id(),
              marker.position(),
              (double) ofMarker,
              "count",
              "界桩 " + marker.number() + " 有 " + ofMarker + " 条外业记录，须内业核定"));
    }
    return new Stored(records.markerRecord(sent.id()).orElseThrow(), false);
  }

  /**
   * Stores a segment record once; a line not identifiable or construction across it is a finding.
   */
  public boolean recordSegment(SegmentRecord sent) {
    InspectionRound round = writable(sent.roundId());
    InspectionTask task =
        rounds.tasks(round.id()).stream()
            .filter(t -> t.id() == sent.taskId() && t.kind().equals("SEGMENT"))
            .findFirst()
            .orElseThrow(
                () ->
                    new InspectionRefusedException(
                        "taskId", "任务 " + sent.taskId() + " 不是本轮联检的界线段任务"));
    if (!records.insertIfAbsent(sent)) {
      return false;
    }
    List<String> problems = new ArrayList<>();
    if (!sent.lineIdentifiable()) {
      problems.add("界线实地不可辨认");
    }
    if (sent.construction()) {
      problems.add("有跨界建设");
    }
    if (sent.terrainChanged()) {
      problems.add("地形有变化");
    }
    if (!problems.isEmpty()) {
      findings.upsert(
          InspectionFinding.open(
              round.id(),
              "FIELD",
              "SEGMENT_CHANGE",
              sent.construction() || !sent.lineIdentifiable() ? "ERROR" : "WARNING",
              "SEGMENT_CHANGE|T:" + task.id() + "|" + sent.id(),
              null,
              task.lineCode(),
              null,
              task.geometry(),
              null,
              null,
              "界线段 " + task.label() + "：" + String.join("；", problems)));
    }
    return true;
  }

  // ---- findings

  /** Resolves finding {@code id} if at {@code expectedRevision}; empty when stale. */
  public Optional<InspectionFinding> resolve(
      long id, int expectedRevision, String resolution, String by) {
    InspectionFinding finding =
        findings
            .find(id)
            .orElseThrow(() -> new InspectionRefusedException("id", "没有编号为 " + id + " 的问题"));
    writable(finding.roundId());
    if (resolution == null || resolution.isBlank()) {
      throw new InspectionRefusedException("resolution", "须填写处理结果");
    }
    return findings.resolve(id, expectedRevision, resolution.strip(), by);
  }

  /** Refuses a write that belongs to round {@code roundId} when it is locked. */
  public void requireWritable(long roundId) {
    writable(roundId);
  }

  // ---- statistics

  /**
   * Deviation statistics of a round over the records with a measured position.
   *
   * @param overTolerance records above the round's tolerance
   */
  public record DeviationStatistics(
      int measured,
      double meanMeters,
      double maxMeters,
      double rmsMeters,
      int overTolerance,
      double toleranceMeters) {}

  public DeviationStatistics deviations(long roundId) {
    InspectionRound round = round(roundId);
    List<Double> values =
        records.markerRecords(roundId).stream()
            .map(MarkerRecord::deviationMeters)
            .filter(d -> d != null)
            .toList();
    double sum = 0;
    double squares = 0;
    double max = 0;
    int over = 0;
    for (double d : values) {
      sum += d;
      squares += d * d;
      max = Math.max(max, d);
      if (d > round.toleranceMeters()) {
        over++;
      }
    }
    int n = values.size();
    return new DeviationStatistics(
        n,
        n == 0 ? 0 : sum / n,
        max,
        n == 0 ? 0 : Math.sqrt(squares / n),
        over,
        round.toleranceMeters());
  }

  static String conditionName(MarkerCondition condition) {
    return switch (condition) {
      case INTACT -> "完好";
      case DAMAGED -> "损坏";
      case DISPLACED -> "移位";
      case MISSING -> "丢失";
    };
  }

  /** The day a round's lines are taken as of: its first planned day. */
  static LocalDate asOf(InspectionRound round) {
    return round.plannedStart();
  }

  /**
   * A signed offset along one axis as people say it: "偏北 1.20 米", "偏南 0.35 米"; under half a
   * centimetre "偏北 0.00 米" (never "-0.00").
   */
  static String offset(double meters, String positive, String negative) {
    double rounded = Math.round(meters * 100) / 100.0;
    return String.format(
        Locale.ROOT, "%s %.2f 米", rounded < 0 ? negative : positive, Math.abs(rounded));
  }
}
