package org.civgis.data.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.check.CheckRunRepository;
import org.civgis.boundary.check.TopologyCheckRun;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.inspection.DeskCheck;
import org.civgis.boundary.inspection.FieldRecordRepository;
import org.civgis.boundary.inspection.FieldRecordRepository.PhotoUpload;
import org.civgis.boundary.inspection.FindingRepository;
import org.civgis.boundary.inspection.InspectionFinding;
import org.civgis.boundary.inspection.InspectionRefusedException;
import org.civgis.boundary.inspection.InspectionRound;
import org.civgis.boundary.inspection.InspectionService;
import org.civgis.boundary.inspection.InspectionTask;
import org.civgis.boundary.inspection.MarkerDeviation;
import org.civgis.boundary.inspection.MarkerRecord;
import org.civgis.boundary.inspection.PhotoUploads;
import org.civgis.boundary.inspection.RoundLockedException;
import org.civgis.boundary.inspection.RoundRepository;
import org.civgis.boundary.inspection.RoundStatus;
import org.civgis.boundary.inspection.SegmentRecord;
import org.civgis.boundary.inspection.Signer;
import org.civgis.boundary.inspection.SignerRefusedException;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerCondition;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.ChangjiInspection;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.testing.PostgisTest;
import org.civgis.testing.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Joint inspection rounds on the Changji demo (奇台县—木垒县 line): the demo round, the life of a round,
 * deviations of known offsets, idempotent and conflicting field records, resumable photos, the desk
 * check against the previous round, and the lock after both sides have signed.
 */
@PostgisTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InspectionRoundIT {
  private static final String LINE = ChangjiInspection.LINE;
  private static final String QITAI = "652325000000";
  private static final String MULEI = "652328000000";
  private static final Signer QITAI_SIGNER = new Signer("qitai.inspector", "奇台县界线联检人员", QITAI);
  private static final Signer MULEI_SIGNER = new Signer("mulei.inspector", "木垒县界线联检人员", MULEI);

  private JdbcClient jdbc;
  private TransactionTemplate transaction;
  private RoundRepository rounds;
  private FieldRecordRepository records;
  private FindingRepository findings;
  private MarkerRepository markers;
  private InspectionService service;
  private DeskCheck deskCheck;
  private PhotoUploads photos;

  @BeforeAll
  void demo(TestDatabase database) {
    DataSource dataSource = database.dataSource();
    new DemoLoader(dataSource).load(ChangjiDataset.read(DataFiles.classpath()));
    jdbc = JdbcClient.create(dataSource);
    transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    rounds = new RoundRepository(jdbc);
    records = new FieldRecordRepository(jdbc);
    findings = new FindingRepository(jdbc);
    markers = new MarkerRepository(jdbc);
    BoundaryLineRepository lines = new BoundaryLineRepository(jdbc);
    service = new InspectionService(rounds, records, findings, lines, markers);
    deskCheck =
        new DeskCheck(
            service,
            rounds,
            findings,
            new TopologyCheckRun(
                new DivisionRepository(jdbc), lines, markers, new CheckRunRepository(jdbc)),
            new CheckRunRepository(jdbc),
            markers,
            "652300000000",
            CheckTolerances.DEFAULT);
    photos = new PhotoUploads(records, service);
  }

  private <T> T tx(Supplier<T> work) {
    return transaction.execute(status -> work.get());
  }

  private InspectionRound plan(String title, LocalDate start) {
    InspectionRound round = ChangjiInspection.round();
    return tx(
        () ->
            service.plan(
                new InspectionRound(
                    0,
                    1,
                    title,
                    null,
                    QITAI,
                    MULEI,
                    start,
                    start.plusDays(40),
                    0.5,
                    null,
                    RoundStatus.PLANNING,
                    null,
                    null,
                    false,
                    "test",
                    "test",
                    List.of(LINE),
                    round.participants(),
                    round.documents())));
  }

  private InspectionRound moveTo(InspectionRound round, RoundStatus... steps) {
    InspectionRound current = round;
    for (RoundStatus step : steps) {
      InspectionRound from = current;
      current = tx(() -> service.advance(from.id(), from.revision(), step)).orElseThrow();
    }
    return current;
  }

  private List<InspectionTask> markerTasks(long roundId) {
    return rounds.tasks(roundId).stream().filter(t -> t.kind().equals("MARKER")).toList();
  }

  private MarkerRecord record(
      UUID id, long roundId, InspectionTask task, String team, MarkerCondition c, Point at) {
    return new MarkerRecord(
        id,
        roundId,
        task.id(),
        task.markerId(),
        team,
        c,
        true,
        at,
        at == null ? null : 0.02,
        5,
        null,
        Instant.parse("2026-05-21T03:00:00Z"),
        "inspector",
        null,
        null,
        false,
        null);
  }

  // ---- the demo round

  @Test
  void theDemoRoundIsTheFourthRoundOfTheQitaiMuleiLineWithGeneratedRecords() {
    InspectionRound demo =
        rounds.list().stream()
            .filter(r -> r.source().equals(ChangjiInspection.SOURCE))
            .findFirst()
            .orElseThrow();
    assertThat(demo.generated()).isTrue();
    assertThat(demo.roundNumber()).isEqualTo(4);
    assertThat(demo.lineCodes()).containsExactly(LINE);
    assertThat(demo.status()).isEqualTo(RoundStatus.FIELDWORK);
    int lineMarkers = markers.find(new MarkerRepository.Query(LINE, null, false, 1000, 0)).size();
    List<InspectionTask> tasks = rounds.tasks(demo.id());
    assertThat(tasks.stream().filter(t -> t.kind().equals("MARKER"))).hasSize(lineMarkers);
    assertThat(tasks.stream().filter(t -> t.kind().equals("SEGMENT"))).hasSize(lineMarkers - 1);
    List<MarkerRecord> demoRecords = records.markerRecords(demo.id());
    assertThat(demoRecords).hasSize(3);
    assertThat(demoRecords.stream().map(MarkerRecord::deviationMeters).filter(d -> d != null))
        .anySatisfy(d -> assertThat(d).isCloseTo(0.30, within(0.005)))
        .anySatisfy(d -> assertThat(d).isCloseTo(1.20, within(0.005)));
    assertThat(findings.ofRound(demo.id()))
        .extracting(InspectionFinding::type)
        .contains("MARKER_DEVIATION", "MARKER_CONDITION");
  }

  // ---- lifecycle

  @Test
  void aRoundGoesFromPlanningToFiledOneStepAtATime() {
    InspectionRound round = plan("生命周期", LocalDate.of(2026, 7, 1));
    assertThat(round.status()).isEqualTo(RoundStatus.PLANNING);
    assertThatThrownBy(
            () -> tx(() -> service.advance(round.id(), round.revision(), RoundStatus.REVIEW)))
        .isInstanceOf(InspectionRefusedException.class)
        .hasMessageContaining("status");
    InspectionRound desk = moveTo(round, RoundStatus.DESK_CHECK);
    assertThat(tx(() -> service.advance(round.id(), round.revision(), RoundStatus.FIELDWORK)))
        .as("a stale revision changes nothing")
        .isEmpty();
    InspectionRound review = moveTo(desk, RoundStatus.FIELDWORK, RoundStatus.REVIEW);
    assertThatThrownBy(
            () -> tx(() -> service.advance(review.id(), review.revision(), RoundStatus.SIGNED)))
        .as("signed only by the two sides' sign-off")
        .isInstanceOf(InspectionRefusedException.class);
    tx(() -> service.signOff(review.id(), QITAI, QITAI_SIGNER, "同意"));
    InspectionRound signed = tx(() -> service.signOff(review.id(), MULEI, MULEI_SIGNER, "同意"));
    assertThat(signed.status()).isEqualTo(RoundStatus.SIGNED);
    InspectionRound filed = moveTo(signed, RoundStatus.FILED);
    assertThat(filed.status()).isEqualTo(RoundStatus.FILED);
    assertThat(filed.isLocked()).isTrue();
  }

  @Test
  void aRoundOfALineWhoseSidesAreNotTheRoundsIsRefused() {
    InspectionRound demo = ChangjiInspection.round();
    assertThatThrownBy(
            () ->
                tx(
                    () ->
                        service.plan(
                            new InspectionRound(
                                0,
                                1,
                                "错误",
                                null,
                                "652301000000",
                                MULEI,
                                LocalDate.of(2026, 5, 1),
                                LocalDate.of(2026, 6, 1),
                                0.5,
                                null,
                                RoundStatus.PLANNING,
                                null,
                                null,
                                false,
                                "test",
                                "test",
                                List.of(LINE),
                                List.of(),
                                demo.documents()))))
        .isInstanceOf(InspectionRefusedException.class)
        .hasMessageContaining("leadCode");
  }

  // ---- deviation

  @Test
  void deviationOfKnownOffsetsInMetresInTheMarkersZone() {
    BoundaryMarker marker =
        markers.find(new MarkerRepository.Query(LINE, null, false, 1, 0)).get(0);
    MarkerDeviation d = MarkerDeviation.of(marker, ChangjiInspection.offset(marker, 3.0, 4.0));
    assertThat(d.meters()).isCloseTo(5.0, within(0.001));
    assertThat(d.northMeters()).isCloseTo(3.0, within(0.001));
    assertThat(d.eastMeters()).isCloseTo(4.0, within(0.001));
    assertThat(d.zoneEpsg()).isEqualTo(marker.gkZoneEpsg());
    assertThat(MarkerDeviation.of(marker, marker.position()).meters()).isLessThan(0.001);

    InspectionRound round =
        moveTo(plan("偏差", LocalDate.of(2026, 8, 1)), RoundStatus.DESK_CHECK, RoundStatus.FIELDWORK);
    List<InspectionTask> tasks = markerTasks(round.id());
    InspectionTask within = tasks.get(0);
    InspectionTask over = tasks.get(1);
    BoundaryMarker m0 = markers.findById(within.markerId(), false).orElseThrow();
    BoundaryMarker m1 = markers.findById(over.markerId(), false).orElseThrow();
    tx(
        () ->
            service.recordMarker(
                record(
                    UUID.randomUUID(),
                    round.id(),
                    within,
                    "A",
                    MarkerCondition.INTACT,
                    ChangjiInspection.offset(m0, 0.3, -0.2))));
    tx(
        () ->
            service.recordMarker(
                record(
                    UUID.randomUUID(),
                    round.id(),
                    over,
                    "A",
                    MarkerCondition.INTACT,
                    ChangjiInspection.offset(m1, -6.0, 8.0))));
    List<InspectionFinding> deviations =
        findings.ofRound(round.id()).stream()
            .filter(f -> f.type().equals("MARKER_DEVIATION"))
            .toList();
    assertThat(deviations)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.markerId()).isEqualTo(m1.id());
              assertThat(f.measure()).isCloseTo(10.0, within(0.001));
            });
    InspectionService.DeviationStatistics stats = service.deviations(round.id());
    assertThat(stats.measured()).isEqualTo(2);
    assertThat(stats.overTolerance()).isEqualTo(1);
    assertThat(stats.maxMeters()).isCloseTo(10.0, within(0.001));
    assertThat(stats.meanMeters()).isCloseTo((Math.hypot(0.3, 0.2) + 10.0) / 2, within(0.001));
  }

  // ---- field sync

  @Test
  void theSameUploadTwiceIsStoredOnceAndTwoTeamsRecordsOfOneMarkerAreBothKeptAndFlagged() {
    InspectionRound round =
        moveTo(plan("同步", LocalDate.of(2026, 9, 1)), RoundStatus.DESK_CHECK, RoundStatus.FIELDWORK);
    InspectionTask task = markerTasks(round.id()).get(2);
    BoundaryMarker marker = markers.findById(task.markerId(), false).orElseThrow();
    UUID first = UUID.randomUUID();
    MarkerRecord sent =
        record(first, round.id(), task, "奇台组", MarkerCondition.INTACT, marker.position());
    assertThat(tx(() -> service.recordMarker(sent)).duplicate()).isFalse();
    assertThat(tx(() -> service.recordMarker(sent)).duplicate()).isTrue();
    assertThat(records.markerRecords(round.id())).hasSize(1);
    assertThat(records.markerRecords(round.id()).get(0).conflict()).isFalse();

    UUID second = UUID.randomUUID();
    tx(
        () ->
            service.recordMarker(
                record(
                    second,
                    round.id(),
                    task,
                    "木垒组",
                    MarkerCondition.DAMAGED,
                    ChangjiInspection.offset(marker, 0.1, 0.1))));
    List<MarkerRecord> both = records.markerRecords(round.id());
    assertThat(both).extracting(MarkerRecord::id).containsExactlyInAnyOrder(first, second);
    assertThat(both).allMatch(MarkerRecord::conflict);
    assertThat(both)
        .extracting(MarkerRecord::condition)
        .containsExactlyInAnyOrder(MarkerCondition.INTACT, MarkerCondition.DAMAGED);
    assertThat(findings.ofRound(round.id()))
        .filteredOn(f -> f.type().equals("RECORD_CONFLICT"))
        .singleElement()
        .satisfies(f -> assertThat(f.markerId()).isEqualTo(marker.id()));

    InspectionTask segment =
        rounds.tasks(round.id()).stream()
            .filter(t -> t.kind().equals("SEGMENT"))
            .findFirst()
            .orElseThrow();
    SegmentRecord seg =
        new SegmentRecord(
            UUID.randomUUID(),
            round.id(),
            segment.id(),
            "奇台组",
            false,
            true,
            true,
            "新修牧道跨界",
            Instant.now(),
            "inspector");
    assertThat(tx(() -> service.recordSegment(seg))).isTrue();
    assertThat(tx(() -> service.recordSegment(seg))).isFalse();
    assertThat(records.segmentRecords(round.id())).hasSize(1);
    assertThat(findings.ofRound(round.id()))
        .filteredOn(f -> f.type().equals("SEGMENT_CHANGE"))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo("ERROR"));
  }

  @Test
  void aPhotoUploadResumesAtTheReceivedOffsetAndAResentPieceIsStoredOnce() throws Exception {
    InspectionRound round =
        moveTo(
            plan("照片", LocalDate.of(2026, 10, 1)), RoundStatus.DESK_CHECK, RoundStatus.FIELDWORK);
    InspectionTask task = markerTasks(round.id()).get(0);
    BoundaryMarker marker = markers.findById(task.markerId(), false).orElseThrow();
    UUID recordId = UUID.randomUUID();
    tx(
        () ->
            service.recordMarker(
                record(
                    recordId, round.id(), task, "A", MarkerCondition.INTACT, marker.position())));
    byte[] text = "界桩照片的内容：JPEG 的文件头之后，字节就是字节".repeat(40).getBytes(StandardCharsets.UTF_8);
    byte[] content = new byte[text.length + 4];
    content[0] = (byte) 0xFF;
    content[1] = (byte) 0xD8;
    content[2] = (byte) 0xFF;
    content[3] = (byte) 0xE0;
    System.arraycopy(text, 0, content, 4, text.length);
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    UUID photoId = UUID.randomUUID();
    PhotoUpload announced =
        new PhotoUpload(photoId, recordId, round.id(), "image/jpeg", content.length, sha, 0, false);
    tx(() -> photos.announce(announced, "inspector"));
    tx(() -> photos.announce(announced, "inspector"));
    int half = content.length / 2;
    tx(() -> photos.append(photoId, 0, Arrays.copyOfRange(content, 0, half)));
    assertThat(
            tx(() -> photos.append(photoId, 0, Arrays.copyOfRange(content, 0, half)))
                .receivedBytes())
        .as("a resent piece is acknowledged, not stored twice")
        .isEqualTo(half);
    assertThatThrownBy(() -> tx(() -> photos.append(photoId, half + 10, new byte[] {1})))
        .isInstanceOfSatisfying(
            PhotoUploads.OffsetMismatchException.class,
            e -> assertThat(e.receivedBytes()).isEqualTo(half));
    PhotoUpload done =
        tx(() -> photos.append(photoId, half, Arrays.copyOfRange(content, half, content.length)));
    assertThat(done.complete()).isTrue();
    assertThat(records.photoContent(photoId))
        .hasValueSatisfying(b -> assertThat(b).isEqualTo(content));
    assertThat(records.photosOfRecord(recordId)).hasSize(1);
  }

  // ---- desk check

  @Test
  void theDeskCheckFindsAMarkerOffItsLineAndComparesWithThePreviousRound() {
    List<BoundaryMarker> ofLine =
        markers.find(new MarkerRepository.Query(LINE, null, false, 1000, 0));
    BoundaryMarker early = ofLine.get(1);
    BoundaryMarker late = ofLine.get(ofLine.size() - 2);
    moveMarker(early, 0.01);
    InspectionRound third = plan("第三轮", LocalDate.of(2024, 5, 1));
    DeskCheck.Outcome before = tx(() -> deskCheck.run(third.id(), "inspector", CheckProgress.NONE));
    assertThat(findings.ofRound(third.id()))
        .filteredOn(f -> early.id() == (f.markerId() == null ? -1 : f.markerId()))
        .isNotEmpty()
        .allMatch(f -> f.trend().equals("NEW") && f.origin().equals("DESK_CHECK"));

    moveMarker(late, -0.01);
    InspectionRound fourth = plan("第四轮", LocalDate.of(2025, 5, 1));
    DeskCheck.Outcome after = tx(() -> deskCheck.run(fourth.id(), "inspector", CheckProgress.NONE));
    assertThat(after.previousRoundId()).isEqualTo(third.id());
    List<InspectionFinding> found = findings.ofRound(fourth.id());
    assertThat(found)
        .filteredOn(f -> Long.valueOf(early.id()).equals(f.markerId()))
        .isNotEmpty()
        .allMatch(f -> f.trend().equals("PERSISTING"));
    assertThat(found)
        .filteredOn(f -> Long.valueOf(late.id()).equals(f.markerId()))
        .isNotEmpty()
        .allMatch(f -> f.trend().equals("NEW"));
    assertThat(after.findings()).isGreaterThan(before.findings());
    assertThat(after.persisting()).isEqualTo(before.findings());
    moveMarker(early, -0.01);
    moveMarker(late, 0.01);
  }

  private void moveMarker(BoundaryMarker marker, double degrees) {
    jdbc.sql("update boundary.boundary_marker set geom = ST_Translate(geom, 0, :d) where id = :id")
        .param("d", degrees)
        .param("id", marker.id())
        .update();
  }

  // ---- sign-off

  @Test
  void afterBothSidesSignTheRoundIsLocked() {
    InspectionRound round =
        moveTo(
            plan("签认", LocalDate.of(2026, 11, 1)),
            RoundStatus.DESK_CHECK,
            RoundStatus.FIELDWORK,
            RoundStatus.REVIEW);
    InspectionTask task = markerTasks(round.id()).get(0);
    BoundaryMarker marker = markers.findById(task.markerId(), false).orElseThrow();
    assertThatThrownBy(
            () -> tx(() -> service.signOff(round.id(), "652301000000", QITAI_SIGNER, "同意")))
        .isInstanceOf(InspectionRefusedException.class);
    InspectionRound half = tx(() -> service.signOff(round.id(), QITAI, QITAI_SIGNER, "同意检查结果"));
    assertThat(half.isLocked()).isFalse();
    assertThatThrownBy(() -> tx(() -> service.signOff(round.id(), QITAI, QITAI_SIGNER, "再签")))
        .isInstanceOf(InspectionRefusedException.class);
    assertThatThrownBy(() -> tx(() -> service.signOff(round.id(), MULEI, QITAI_SIGNER, "代签")))
        .as("one side does not sign for the other")
        .isInstanceOf(SignerRefusedException.class);
    Signer prefecture = new Signer("inspector", "界线联检人员", "652300000000");
    assertThatThrownBy(() -> tx(() -> service.signOff(round.id(), MULEI, prefecture, "代签")))
        .as("nor does the prefecture sign for a county")
        .isInstanceOf(SignerRefusedException.class);
    tx(
        () ->
            service.recordMarker(
                record(
                    UUID.randomUUID(),
                    round.id(),
                    task,
                    "A",
                    MarkerCondition.INTACT,
                    marker.position())));
    InspectionRound signed = tx(() -> service.signOff(round.id(), MULEI, MULEI_SIGNER, "同意检查结果"));
    assertThat(signed.status()).isEqualTo(RoundStatus.SIGNED);
    assertThat(signed.isLocked()).isTrue();
    assertThat(service.signOffs(round.id()))
        .extracting(RoundRepository.SignOff::sideCode)
        .containsExactlyInAnyOrder(QITAI, MULEI);
    assertThatThrownBy(
            () ->
                tx(
                    () ->
                        service.recordMarker(
                            record(
                                UUID.randomUUID(),
                                round.id(),
                                task,
                                "B",
                                MarkerCondition.INTACT,
                                marker.position()))))
        .isInstanceOf(RoundLockedException.class);
    assertThatThrownBy(() -> tx(() -> deskCheck.run(round.id(), "x", CheckProgress.NONE)))
        .isInstanceOf(RoundLockedException.class);
    assertThat(records.markerRecords(round.id())).hasSize(1);
  }
}
