package org.civgis.web.placename;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.placename.CleanupRepository;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.romanization.Romanization;
import org.civgis.gazetteer.placename.rules.CleanupStatus;
import org.civgis.gazetteer.placename.rules.CountyProgress;
import org.civgis.gazetteer.placename.rules.NameWarning;
import org.civgis.gazetteer.placename.rules.WorklistEntry;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.config.CivgisProperties;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rules on entry ({@code /api/place-names/check}) and the cleanup of non-standard names (不规范地名清理):
 * the batch run, the worklist with its statuses, the progress per county.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'NAME_OFFICER', 'INSPECTOR', 'PLANNER')")
class CleanupController {
  private final NameAdvisor advisor;
  private final CleanupRepository cleanup;
  private final JurisdictionGuard guard;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final CivgisProperties properties;
  private final JsonMapper json;
  private final Clock clock;

  CleanupController(
      NameAdvisor advisor,
      CleanupRepository cleanup,
      JurisdictionGuard guard,
      AuditLog audit,
      TransactionTemplate transaction,
      CivgisProperties properties,
      JsonMapper json,
      Clock clock) {
    this.advisor = advisor;
    this.cleanup = cleanup;
    this.guard = guard;
    this.audit = audit;
    this.transaction = transaction;
    this.properties = properties;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Checks a name as it is typed: {@code {"standardName","specificPart","genericPart",
   * "categoryCode","divisionCode","id"}} → the warnings and the romanization.
   */
  @PostMapping("/api/place-names/check")
  Map<String, Object> check(@RequestBody Map<String, Object> body) {
    Map<String, Object> properties = new LinkedHashMap<>(body);
    Object id = properties.remove("id");
    NameText text = NameInput.text(properties);
    String division = NameInput.divisionCode(properties);
    List<NameWarning> warnings =
        advisor.check(text, division, id == null ? null : Long.valueOf(String.valueOf(id)));
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("warnings", warnings.stream().map(CleanupController::warning).toList());
    Map<String, Object> spelled = new LinkedHashMap<>();
    try {
      Romanization romanization = advisor.romanize(text);
      spelled.put("pinyin", romanization.pinyin());
      spelled.put("tonedPinyin", romanization.tonedPinyin());
      spelled.put("signForm", romanization.signForm());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // the rules cannot spell it (a Latin letter, a bracket): the officer's own romanization
      spelled.put("pinyin", text.romanization());
      spelled.put("tonedPinyin", null);
      spelled.put("signForm", text.romanization().toUpperCase(java.util.Locale.ROOT));
    }
    result.put("romanization", spelled);
    return result;
  }

  /** Runs the rules over the current standard names under {@code division} (default: home). */
  @PostMapping("/api/place-names/cleanup/runs")
  @PreAuthorize("hasAnyRole('ADMIN', 'NAME_OFFICER')")
  Map<String, Object> run(@RequestParam(required = false) String division) {
    Actor actor = Actor.current();
    // by default the actor's own jurisdiction; another division only inside it
    String prefix =
        DivisionPrefix.of(
            division != null
                ? division
                : actor.user() != null
                    ? actor.user().jurisdictionCode()
                    : properties.homeDivision(),
            "division");
    if (prefix == null) {
      prefix = DivisionPrefix.of(properties.homeDivision(), "division");
    }
    guard.checkWrite(actor, (prefix + "000000000000").substring(0, 12), null);
    NameAdvisor.Batch batch = advisor.worklist(prefix);
    List<WorklistEntry> entries = batch.worklist().entries();
    List<String> warningsJson = new ArrayList<>();
    for (WorklistEntry entry : entries) {
      warningsJson.add(
          json.writeValueAsString(
              entry.warnings().stream().map(CleanupController::warning).toList()));
    }
    transaction.executeWithoutResult(
        tx -> {
          cleanup.recordRun(entries, warningsJson, batch.checkedIds(), clock.instant());
          audit.record(
              new AuditEntry(
                  "CLEANUP_RUN",
                  Actor.current().auditName(),
                  actorId(Actor.current()),
                  PlaceNameService.COLLECTION,
                  null,
                  null,
                  null));
        });
    return Map.of("checked", batch.checkedIds().size(), "flagged", entries.size());
  }

  /** The worklist, filtered by division, status and reason code. */
  @GetMapping("/api/place-names/cleanup")
  List<Map<String, Object>> worklist(
      @RequestParam(required = false) String division,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String reason) {
    return cleanup
        .items(DivisionPrefix.of(division, "division"), status(status, "status"), reason)
        .stream()
        .map(
            item -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("placeNameId", item.placeNameId());
              m.put("countyCode", item.countyCode());
              m.put("name", item.name());
              m.put("reasonCodes", item.reasonCodes());
              m.put("severity", item.severity());
              m.put("suggestedAction", item.suggestedAction());
              m.put("warnings", json.readTree(item.warningsJson()));
              m.put("status", item.status().name());
              m.put("statusName", item.status().chineseName());
              m.put("note", item.note());
              return m;
            })
        .toList();
  }

  /** Progress per county: names checked, flagged, and their cleanup status. */
  @GetMapping("/api/place-names/cleanup/progress")
  List<CountyProgress> progress(@RequestParam(required = false) String division) {
    return List.copyOf(cleanup.progress(DivisionPrefix.of(division, "division")).values());
  }

  /** Moves one name of the worklist: {@code {"status":"WAIVED","note":"历史地名，予以保留"}}. */
  @PutMapping("/api/place-names/cleanup/{placeNameId}")
  @PreAuthorize("hasAnyRole('ADMIN', 'NAME_OFFICER')")
  Map<String, Object> move(@PathVariable long placeNameId, @RequestBody Map<String, String> body) {
    CleanupStatus to = status(body.get("status"), "status");
    if (to == null) {
      throw new InvalidFeatureException("status", "须给出新状态");
    }
    String note = body.get("note");
    Actor actor = Actor.current();
    transaction.executeWithoutResult(
        tx -> {
          CleanupRepository.Item item =
              cleanup
                  .item(placeNameId)
                  .orElseThrow(() -> new NotFoundException("地名 " + placeNameId + " 不在清理清单中"));
          // the worklist is kept per county: an officer works on the names of their jurisdiction
          guard.checkWrite(actor, item.countyCode(), null);
          if (!item.status().canMoveTo(to)) {
            throw new ConflictException(
                "不能从「" + item.status().chineseName() + "」改为「" + to.chineseName() + "」");
          }
          if (to == CleanupStatus.WAIVED && (note == null || note.isBlank())) {
            throw new InvalidFeatureException("note", "不予整改须说明理由");
          }
          cleanup.setStatus(placeNameId, to, note, actor.auditName(), clock.instant());
          audit.record(
              new AuditEntry(
                  "CLEANUP_" + to.name(),
                  actor.auditName(),
                  actorId(actor),
                  PlaceNameService.COLLECTION,
                  Long.toString(placeNameId),
                  null,
                  null));
        });
    return Map.of("placeNameId", placeNameId, "status", to.name());
  }

  private static Long actorId(Actor actor) {
    return actor.user() == null ? null : actor.user().id();
  }

  static Map<String, Object> warning(NameWarning w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", w.reasonCode().name());
    m.put("group", w.reasonCode().group().name());
    m.put("severity", w.severity().name());
    m.put("explanation", w.explanation());
    m.put("suggestedAction", w.suggestedAction());
    m.put("matched", w.matched());
    m.put("related", w.relatedNameIds());
    return m;
  }

  private static CleanupStatus status(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CleanupStatus.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidFeatureException(field, "须为 OPEN、IN_PROGRESS、DONE 或 WAIVED");
    }
  }
}
