package org.civgis.boundary.edit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.boundary.LineOrigin;
import org.civgis.boundary.boundary.SharedBorderEdit;
import org.civgis.boundary.change.ChangePlan;
import org.civgis.boundary.change.ChangeRefusedException;
import org.civgis.boundary.change.ChangeRequest;
import org.civgis.boundary.change.DivisionChangeService;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.Finding;
import org.civgis.geo.topology.SharedEdge;
import org.civgis.geo.topology.SharedEdgeEdit;
import org.civgis.geo.topology.SharedEdgeFinder;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one path of every write to a division and of every shared-border edit; see the package
 * contract. The checks on save are {@link SaveChecks}.
 */
public final class DivisionEdits {
  private static final int MAX_DIVISIONS = 1_000_000;

  private final DivisionRepository divisions;
  private final BoundaryLineRepository lineRepository;
  private final BoundaryLines lines;
  private final SharedBorderEdit borders;
  private final DivisionChangeService changes;
  private final EditJournal journal;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public DivisionEdits(
      DivisionRepository divisions,
      BoundaryLineRepository lineRepository,
      BoundaryLines lines,
      SharedBorderEdit borders,
      DivisionChangeService changes,
      EditJournal journal,
      TransactionTemplate transaction,
      Clock clock) {
    this.divisions = divisions;
    this.lineRepository = lineRepository;
    this.lines = lines;
    this.borders = borders;
    this.changes = changes;
    this.journal = journal;
    this.transaction = transaction;
    this.clock = clock;
  }

  // ---- rights

  /** Whether {@code editor} answers for division {@code code} (its jurisdiction or under it). */
  public boolean mayEdit(Editor editor, String code) {
    return editor != null
        && code != null
        && jurisdictionOf(editor).map(j -> j.contains(code)).orElse(false);
  }

  private java.util.Optional<Division> jurisdictionOf(Editor editor) {
    return editor.jurisdictionCode() == null
        ? java.util.Optional.empty()
        : divisions.findByCode(editor.jurisdictionCode(), today());
  }

  private void requireJurisdiction(Editor editor, String code, String name, String why) {
    requireJurisdiction(editor, code, name, why, "");
  }

  private void requireJurisdiction(
      Editor editor, String code, String name, String why, String hint) {
    if (!mayEdit(editor, code)) {
      String jurisdiction =
          jurisdictionOf(editor)
              .map(Division::name)
              .orElse(String.valueOf(editor.jurisdictionCode()));
      throw new EditRefusedException(
          EditRefusedException.Reason.OUT_OF_JURISDICTION,
          "code",
          why + (name == null ? "" : name) + "（" + code + "），不在您的辖区（" + jurisdiction + "）内" + hint);
    }
  }

  // ---- the writes

  /** Creates a division version from today (a draft unless published), checked like an edit. */
  public DivisionVersion create(Division division, Editor editor) {
    requireJurisdiction(editor, division.code(), division.name(), "区划");
    return transaction.execute(
        tx -> {
          LocalDate today = today();
          if (divisions.findVersion(division.code(), today, true).isPresent()) {
            throw new EditRefusedException(
                EditRefusedException.Reason.CONFLICT,
                "code",
                "区划代码 " + division.code() + " 已有现行区划；如需修改，请选中该区划后编辑");
          }
          if (division.geometry() != null) {
            Map<String, Division> valid =
                neighbourhood(division.code(), division.parentCode(), today);
            valid.put(
                division.code(), division.edited(division.name(), null, division.status(), null));
            Map<String, Geometry> moved = Map.of(division.code(), division.geometry());
            SaveChecks.Result checked =
                SaveChecks.run(
                    valid,
                    moved,
                    lineRepository.current(today),
                    false,
                    window(division.geometry().getEnvelopeInternal()));
            checked.requireAcceptable(false);
          }
          DivisionVersion created;
          try {
            created = divisions.insert(division);
          } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new EditRefusedException(
                EditRefusedException.Reason.CONFLICT,
                "code",
                "区划代码 " + division.code() + " 与已有版本的有效期重叠");
          }
          journal.division("CREATE", editor, division.code(), null, created.division(), Map.of());
          return created;
        });
  }

  /** Ends the current version of {@code code} today; its history stays. */
  public Division end(String code, String ifMatch, Editor editor) {
    return transaction.execute(
        tx -> {
          DivisionVersion current = current(code, ifMatch);
          requireJurisdiction(editor, code, current.division().name(), "区划");
          if (!divisions.close(current.id(), current.revision(), today())) {
            throw stale(current);
          }
          journal.division("DELETE", editor, code, current.division(), null, Map.of());
          return current.division();
        });
  }

  /** Writes {@code edit}; see the package contract. */
  public EditOutcome edit(DivisionEdit edit, Editor editor) {
    return transaction.execute(tx -> write(edit, editor));
  }

  /**
   * Writes back the state of division {@code code} that audit entry {@code auditId} recorded:
   * before that write, or after it when {@code afterState}; a correction unless {@code kind} says
   * otherwise, checked and audited like any edit, naming the entry.
   */
  public EditOutcome restore(
      String code,
      long auditId,
      boolean afterState,
      String ifMatch,
      ChangeKind kind,
      String reason,
      LocalDate effectiveFrom,
      String approvalDocument,
      boolean acknowledgeWarnings,
      boolean detachSharedEdges,
      Editor editor) {
    EditJournal.Recorded recorded =
        journal
            .find(auditId)
            .filter(r -> r.code().equals(code))
            .orElseThrow(
                () ->
                    new EditRefusedException(
                        EditRefusedException.Reason.NOT_FOUND,
                        "auditId",
                        "修改记录 #" + auditId + " 不是区划 " + code + " 的修改记录"));
    EditJournal.State state = afterState ? recorded.after() : recorded.before();
    if (state == null) {
      throw new EditRefusedException(
          EditRefusedException.Reason.INVALID,
          "auditId",
          "修改记录 #" + auditId + (afterState ? " 之后该区划已终止" : " 之前该区划尚不存在（新建）") + "，没有可恢复的状态");
    }
    String why =
        reason == null || reason.isBlank()
            ? "恢复到修改记录 #" + auditId + (afterState ? " 之后" : " 之前") + "的状态"
            : reason;
    RecordStatus status =
        state.status() == RecordStatus.WITHDRAWN ? RecordStatus.PUBLISHED : state.status();
    return edit(
        new DivisionEdit(
            code,
            ifMatch,
            kind,
            why,
            effectiveFrom,
            approvalDocument,
            state.name(),
            state.geometry(),
            status,
            state.remarks(),
            acknowledgeWarnings,
            detachSharedEdges,
            auditId),
        editor);
  }

  /**
   * Moves boundary line {@code lineCode} (the version {@code expectedId}/{@code expectedRevision})
   * and the divisions on its sides; a correction rewrites the current versions, a legal change
   * starts new ones on its effective day. Every division moved must be in the editor's
   * jurisdiction.
   */
  public SharedBorderEdit.Result moveBorder(
      String lineCode,
      long expectedId,
      int expectedRevision,
      MultiLineString edited,
      ChangeKind kind,
      String reason,
      LocalDate effectiveFrom,
      String approvalDocument,
      Editor editor) {
    ChangeKind k = kind == null ? ChangeKind.CORRECTION : kind;
    LocalDate day =
        k == ChangeKind.LEGAL_CHANGE ? requireLegal(effectiveFrom, approvalDocument) : today();
    String why = reason == null || reason.isBlank() ? "界线修改" : reason.strip();
    return transaction.execute(
        tx -> {
          BoundaryLine line =
              lineRepository
                  .findByCode(lineCode, day, day)
                  .map(BoundaryLineRepository.LineView::line)
                  .orElseThrow(
                      () ->
                          new EditRefusedException(
                              EditRefusedException.Reason.NOT_FOUND,
                              "line",
                              day + " 没有界线 " + lineCode));
          Map<String, Division> before = new LinkedHashMap<>();
          for (String side : List.of(line.leftCode(), line.rightCode())) {
            Division d = divisions.findByCode(side, day).orElse(null);
            requireJurisdiction(editor, side, d == null ? null : d.name(), "界线一侧的区划");
            if (d != null) {
              before.put(side, d);
              if (d.parentCode() != null) {
                divisions.findByCode(d.parentCode(), day).ifPresent(p -> before.put(p.code(), p));
              }
            }
          }
          SharedBorderEdit.Result result;
          try {
            result =
                borders.apply(
                    lineCode,
                    expectedId,
                    expectedRevision,
                    edited,
                    day,
                    editor.name(),
                    k == ChangeKind.CORRECTION);
          } catch (ChangeRefusedException e) {
            throw new EditRefusedException(
                EditRefusedException.Reason.INVALID, e.field(), e.getMessage());
          } catch (ConcurrentModificationException e) {
            throw new EditRefusedException(
                EditRefusedException.Reason.STALE, "line", e.getMessage());
          }
          Map<String, Object> summary = new LinkedHashMap<>();
          summary.put("kind", k.name());
          summary.put("reason", why);
          if (k == ChangeKind.LEGAL_CHANGE) {
            summary.put("effectiveFrom", day.toString());
            summary.put("approvalDocument", approvalDocument.strip());
          }
          summary.put("sharedBorderEdit", lineCode);
          for (String code : result.divisionCodes()) {
            requireJurisdiction(
                editor, code, before.containsKey(code) ? before.get(code).name() : null, "联动修改的区划");
            Division after = divisions.findByCode(code, day).orElseThrow();
            Division was = before.get(code);
            journal.division(
                "UPDATE", editor, code, was, after, withAreas(summary, was, after, null));
          }
          journal.line(editor, lineCode, result.before(), result.line().geometry(), summary);
          return result;
        });
  }

  // ---- one edit

  private EditOutcome write(DivisionEdit edit, Editor editor) {
    LocalDate today = today();
    DivisionVersion current = current(edit.code(), edit.ifMatch());
    Division before = current.division();
    requireJurisdiction(editor, before.code(), before.name(), "区划");
    String name = name(edit.name());
    Geometry geometry = multiPolygon(edit.geometry());
    boolean geometryChanged = !sameGeometry(before.geometry(), geometry);
    if (!geometryChanged) {
      geometry = before.geometry();
    }
    boolean nameChanged = !name.equals(before.name());
    RecordStatus status = edit.status() == null ? before.status() : edit.status();
    boolean otherChanged =
        status != before.status() || !Objects.equals(edit.remarks(), before.remarks());
    LocalDate day;
    String reason = edit.reason() == null ? null : edit.reason().strip();
    if (edit.kind() == ChangeKind.CORRECTION) {
      day = today;
      if ((geometryChanged || nameChanged)
          && isOnRecord(before)
          && (reason == null || reason.isEmpty())) {
        throw new EditRefusedException(
            EditRefusedException.Reason.INVALID,
            "reason",
            "更正已发布区划的"
                + (nameChanged ? "名称" : "界线")
                + "会改写其现行版本（自 "
                + (before.validFrom() == null ? "有记录以来" : before.validFrom().toString())
                + " 起）的记录：须说明更正理由（reason）；如为依批准文件的变更（如更名、界线调整），请选择法定变更"
                + "（changeKind=LEGAL_CHANGE）并给出生效日期（effectiveFrom）和批准文件（approvalDocument）");
      }
      if (reason == null || reason.isEmpty()) {
        reason = nameChanged || geometryChanged ? "更正当日新建或草稿版本" : "更正状态或备注";
      }
    } else {
      day = requireLegal(edit.effectiveFrom(), edit.approvalDocument());
      if (before.status() != RecordStatus.PUBLISHED) {
        throw new EditRefusedException(
            EditRefusedException.Reason.INVALID,
            "changeKind",
            "草稿不是法定记录：请直接更正（changeKind=CORRECTION）");
      }
      if (before.validFrom() != null && day.isBefore(before.validFrom())) {
        throw new EditRefusedException(
            EditRefusedException.Reason.INVALID,
            "effectiveFrom",
            "生效日期 " + day + " 早于现行版本的起始日期 " + before.validFrom() + "：请按时间顺序办理");
      }
      if (!geometryChanged && !nameChanged) {
        throw new EditRefusedException(
            EditRefusedException.Reason.INVALID, "changeKind", "法定变更须改变名称或界线；状态和备注的修改请作为更正保存");
      }
    }

    Map<String, Division> valid = neighbourhood(before.code(), before.parentCode(), day);
    Division onDay = valid.get(before.code());
    if (onDay == null) {
      throw new EditRefusedException(
          EditRefusedException.Reason.INVALID, "effectiveFrom", day + " 没有有效的" + before.name());
    }
    Map<String, Geometry> moved = new LinkedHashMap<>();
    List<ChangedRuns.Run> runs = null;
    List<Finding> acknowledged = List.of();
    if (geometryChanged) {
      moved.put(before.code(), geometry);
      if (onDay.geometry() != null && geometry != null) {
        runs = ChangedRuns.of(onDay.geometry(), geometry);
        if (!edit.detachSharedEdges() && runs != null) {
          moveSharedEdges(onDay, runs, valid, moved);
        }
      }
      for (String code : moved.keySet()) {
        if (!code.equals(before.code())) {
          requireJurisdiction(
              editor,
              code,
              valid.get(code).name(),
              "与" + before.name() + "的公共边联动修改将改动",
              "；如只修改" + before.name() + "自身的界线，请选择脱离公共边（detachSharedEdges），由此产生的缝隙须确认后保存");
        }
      }
      for (String code : moved.keySet()) {
        addChildren(valid, code, day);
      }
      Set<String> follow = new HashSet<>(moved.keySet());
      SaveChecks.Result checked =
          SaveChecks.run(
              valid,
              moved,
              lineRepository.current(day),
              follow.size() > 1,
              window(ChangedRuns.extent(runs, symmetricDifference(onDay.geometry(), geometry))));
      checked.requireAcceptable(edit.acknowledgeWarnings());
      acknowledged = checked.warnings();
    }

    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("kind", edit.kind().name());
    summary.put("reason", reason);
    if (edit.kind() == ChangeKind.LEGAL_CHANGE) {
      summary.put("effectiveFrom", day.toString());
      summary.put("approvalDocument", edit.approvalDocument().strip());
    }
    if (!acknowledged.isEmpty()) {
      summary.put(
          "acknowledgedFindings", acknowledged.stream().map(DivisionEdits::describe).toList());
    }
    if (geometryChanged && edit.detachSharedEdges()) {
      summary.put("detachedSharedEdges", true);
    }
    if (edit.restoredFrom() != null) {
      summary.put("restoredFrom", edit.restoredFrom());
    }

    List<EditOutcome.Written> written = new ArrayList<>();
    Division edited = onDay.edited(name, geometry, status, edit.remarks());
    Envelope extent =
        geometryChanged
            ? ChangedRuns.extent(runs, symmetricDifference(onDay.geometry(), geometry))
            : null;
    if (edit.kind() == ChangeKind.LEGAL_CHANGE
        && nameChanged
        && !geometryChanged
        && !otherChanged) {
      rename(current, name, day, edit.approvalDocument().strip(), editor);
      Division after = divisions.findByCode(before.code(), day).orElseThrow();
      journal.division("UPDATE", editor, before.code(), onDay, after, summary);
    } else {
      Division after = store(edit.kind(), current, onDay, edited, day, edit.approvalDocument());
      journal.division(
          "UPDATE", editor, before.code(), onDay, after, withAreas(summary, onDay, after, extent));
      written.add(new EditOutcome.Written(before.code(), onDay.geometry(), geometry));
      for (Map.Entry<String, Geometry> entry : moved.entrySet()) {
        if (entry.getKey().equals(before.code())) {
          continue;
        }
        Division neighbour = valid.get(entry.getKey());
        DivisionVersion version = divisions.findVersion(entry.getKey(), day, false).orElseThrow();
        Division next =
            neighbour.edited(
                neighbour.name(), entry.getValue(), neighbour.status(), neighbour.remarks());
        Division stored =
            store(edit.kind(), version, neighbour, next, day, edit.approvalDocument());
        Map<String, Object> withEdit = new LinkedHashMap<>(summary);
        withEdit.put("movedWith", before.code());
        journal.division(
            "UPDATE",
            editor,
            entry.getKey(),
            neighbour,
            stored,
            withAreas(withEdit, neighbour, stored, extent));
        written.add(
            new EditOutcome.Written(entry.getKey(), neighbour.geometry(), entry.getValue()));
      }
      if (edit.kind() == ChangeKind.LEGAL_CHANGE) {
        recordChange(
            before,
            moved.keySet(),
            nameChanged,
            name,
            day,
            edit.approvalDocument().strip(),
            editor);
      }
    }
    List<String> lineCodes =
        moved.size() > 1
            ? followLines(moved, valid, day, edit.kind() == ChangeKind.CORRECTION, editor)
            : List.of();
    DivisionVersion now = divisions.findVersion(before.code(), today, true).orElseThrow();
    return new EditOutcome(now, written, acknowledged, lineCodes);
  }

  /**
   * Moves, in every sibling that has the same run of vertices, the runs the edit changed; a sibling
   * that has some of the moved vertices but not the whole run refuses the edit.
   */
  private static void moveSharedEdges(
      Division edited,
      List<ChangedRuns.Run> runs,
      Map<String, Division> valid,
      Map<String, Geometry> moved) {
    for (Division sibling : valid.values()) {
      if (sibling.code().equals(edited.code())
          || sibling.geometry() == null
          || !Objects.equals(sibling.parentCode(), edited.parentCode())) {
        continue;
      }
      Geometry g = sibling.geometry();
      Envelope envelope = g.getEnvelopeInternal();
      Set<Coordinate> vertices = null;
      for (ChangedRuns.Run run : runs) {
        if (!envelope.intersects(run.from().getEnvelopeInternal())) {
          continue;
        }
        if (vertices == null) {
          vertices = new HashSet<>(List.of(g.getCoordinates()));
        }
        Coordinate[] from = run.from().getCoordinates();
        boolean sharesMoved = run.oldInterior().stream().anyMatch(vertices::contains);
        boolean sharesEnds = vertices.contains(from[0]) && vertices.contains(from[from.length - 1]);
        if (!sharesMoved && !(run.oldInterior().isEmpty() && sharesEnds)) {
          continue;
        }
        try {
          g = SharedEdgeEdit.replace(g, run.from(), run.to());
        } catch (IllegalArgumentException e) {
          if (!sharesMoved) {
            continue; // the two anchors only, not a common segment
          }
          throw new EditRefusedException(
              EditRefusedException.Reason.INVALID,
              "geometry",
              "所改的一段界线与"
                  + sibling.name()
                  + "只有部分公共（跨越了公共边的端点）：请分段修改公共边，或选择脱离公共边（detachSharedEdges）只改"
                  + edited.name());
        }
      }
      if (g != sibling.geometry()) {
        moved.put(sibling.code(), multiPolygon(g));
      }
    }
  }

  /**
   * The recorded lines between two divisions whose shared edge moved take the new shared edge: in
   * place for a correction, as a new version from {@code day} for a legal change.
   */
  private List<String> followLines(
      Map<String, Geometry> moved,
      Map<String, Division> valid,
      LocalDate day,
      boolean correction,
      Editor editor) {
    List<String> followed = new ArrayList<>();
    for (BoundaryLine line : lineRepository.current(day)) {
      if (!moved.containsKey(line.leftCode()) || !moved.containsKey(line.rightCode())) {
        continue;
      }
      List<SharedEdge> edges =
          SharedEdgeFinder.find(
              List.of(
                  new CoverageUnit(line.leftCode(), null, moved.get(line.leftCode())),
                  new CoverageUnit(line.rightCode(), null, moved.get(line.rightCode()))));
      if (edges.isEmpty()) {
        continue; // no common edge left: the checks on save reported it
      }
      MultiLineString edge = edges.get(0).geometry();
      edge.setSRID(Srid.CGCS2000);
      BoundaryLine next =
          line.withGeometry(edge, LineOrigin.DERIVED, "区划联动修改（" + editor.name() + "）");
      if (correction) {
        lineRepository
            .update(line.id(), line.revision(), next)
            .orElseThrow(
                () ->
                    new EditRefusedException(
                        EditRefusedException.Reason.STALE,
                        "line",
                        "界线 " + line.lineCode() + " 已被他人修改，请重新载入"));
      } else {
        lines.replace(line, next, day);
      }
      followed.add(line.lineCode());
    }
    return followed;
  }

  /**
   * Stores {@code next} as a correction of {@code version} or as a new version from {@code day}.
   */
  private Division store(
      ChangeKind kind,
      DivisionVersion version,
      Division was,
      Division next,
      LocalDate day,
      String document) {
    if (kind == ChangeKind.CORRECTION || day.equals(was.validFrom())) {
      return divisions
          .update(version.id(), version.revision(), next)
          .orElseThrow(() -> stale(version))
          .division();
    }
    if (!divisions.close(version.id(), version.revision(), day)) {
      throw stale(version);
    }
    return divisions
        .insert(
            new Division(
                was.code(),
                next.name(),
                was.level(),
                was.parentCode(),
                day,
                was.validTo(),
                next.geometry(),
                document.strip(),
                next.status(),
                next.remarks()))
        .division();
  }

  private void rename(
      DivisionVersion current, String name, LocalDate day, String act, Editor editor) {
    ChangePlan plan;
    try {
      plan = changes.plan(new ChangeRequest.Rename(current.division().code(), name, day, act));
    } catch (ChangeRefusedException e) {
      throw new EditRefusedException(
          EditRefusedException.Reason.INVALID, e.field(), e.getMessage());
    }
    try {
      changes.apply(plan, editor.name());
    } catch (ConcurrentModificationException e) {
      throw new EditRefusedException(EditRefusedException.Reason.STALE, "code", e.getMessage());
    }
  }

  private void recordChange(
      Division before,
      Set<String> codes,
      boolean renamed,
      String name,
      LocalDate day,
      String act,
      Editor editor) {
    List<String> all = new ArrayList<>(codes);
    if (!all.contains(before.code())) {
      all.add(0, before.code());
    }
    String description =
        (codes.size() > 1 ? "调整" + before.name() + "与相邻区划的界线" : "调整" + before.name() + "的界线")
            + (renamed ? "，更名为" + name : "");
    divisions.insert(
        new DivisionChange(
            codes.size() > 1 ? DivisionChange.Kind.TRANSFER : DivisionChange.Kind.BOUNDARY,
            day,
            null,
            all,
            all,
            description,
            act + "（" + editor.name() + "）"));
  }

  // ---- helpers

  private DivisionVersion current(String code, String ifMatch) {
    DivisionVersion current =
        (org.civgis.boundary.division.DivisionCode.isValid(code)
                ? divisions.findVersion(code, today(), true)
                : java.util.Optional.<DivisionVersion>empty())
            .orElseThrow(
                () ->
                    new EditRefusedException(
                        EditRefusedException.Reason.NOT_FOUND, "code", "没有现行区划 " + code));
    // strong comparison (RFC 9110 §13.1.1): a weak tag W/"…" never matches a write
    String tag = ifMatch == null ? "" : ifMatch.strip();
    if (!tag.equals(current.etag())) {
      throw stale(current);
    }
    return current;
  }

  private static EditRefusedException stale(DivisionVersion version) {
    return new EditRefusedException(
        EditRefusedException.Reason.STALE,
        "If-Match",
        "区划 "
            + version.division().name()
            + "（"
            + version.division().code()
            + "）已被修改：当前版本为 "
            + version.etag());
  }

  private static LocalDate requireLegal(LocalDate effectiveFrom, String approvalDocument) {
    if (effectiveFrom == null) {
      throw new EditRefusedException(
          EditRefusedException.Reason.INVALID,
          "effectiveFrom",
          "法定变更须给出生效日期（effectiveFrom，YYYY-MM-DD）");
    }
    if (approvalDocument == null || approvalDocument.isBlank()) {
      throw new EditRefusedException(
          EditRefusedException.Reason.INVALID,
          "approvalDocument",
          "法定变更须给出批准文件（approvalDocument），如 新政函〔2026〕12号");
    }
    return effectiveFrom;
  }

  /**
   * Whether the version is published and was valid before today: then its name and outline are part
   * of the record of past days.
   */
  private boolean isOnRecord(Division division) {
    return division.status() == RecordStatus.PUBLISHED
        && (division.validFrom() == null || division.validFrom().isBefore(today()));
  }

  /**
   * The divisions valid on {@code day} an edit of {@code code} can touch: its parent, its siblings
   * (the division itself among them) and its own children.
   */
  private Map<String, Division> neighbourhood(String code, String parentCode, LocalDate day) {
    Map<String, Division> valid = new LinkedHashMap<>();
    if (parentCode != null) {
      divisions.findByCode(parentCode, day).ifPresent(p -> valid.put(p.code(), p));
    }
    DivisionQuery siblings = DivisionQuery.asOf(day, MAX_DIVISIONS).withDrafts(true);
    siblings =
        parentCode == null
            ? siblings.withLevel(org.civgis.boundary.division.DivisionLevel.PROVINCE)
            : siblings.withParent(parentCode);
    for (Division d : divisions.find(siblings)) {
      valid.put(d.code(), d);
    }
    addChildren(valid, code, day);
    return valid;
  }

  private void addChildren(Map<String, Division> valid, String code, LocalDate day) {
    for (Division d :
        divisions.find(DivisionQuery.asOf(day, MAX_DIVISIONS).withDrafts(true).withParent(code))) {
      valid.putIfAbsent(d.code(), d);
    }
  }

  /** The window of the checks on save: the changed extent with a quarter of its size around. */
  private static Envelope window(Envelope changed) {
    if (changed == null || changed.isNull()) {
      return null;
    }
    Envelope window = new Envelope(changed);
    window.expandBy(Math.max(changed.getWidth(), changed.getHeight()) * 0.25 + 0.01);
    return window;
  }

  private static Map<String, Object> withAreas(
      Map<String, Object> summary, Division before, Division after, Envelope extent) {
    Map<String, Object> out = new LinkedHashMap<>(summary);
    out.put("areaBeforeKm2", areaKm2(before == null ? null : before.geometry()));
    out.put("areaAfterKm2", areaKm2(after == null ? null : after.geometry()));
    if (extent != null && !extent.isNull()) {
      out.put(
          "changedExtent",
          List.of(
              round7(extent.getMinX()),
              round7(extent.getMinY()),
              round7(extent.getMaxX()),
              round7(extent.getMaxY())));
    }
    return out;
  }

  private static Double areaKm2(Geometry g) {
    return g == null
        ? null
        : Math.round(MetricMeasure.of(g).areaSquareKilometers() * 1000) / 1000.0;
  }

  private static double round7(double degrees) {
    return Math.round(degrees * 1e7) / 1e7;
  }

  /** A finding's measure in readable units (km² or m², m or km, a count), or null. */
  public static String measureText(Finding f) {
    return SaveChecks.measureText(f);
  }

  /** A finding as the audit entry keeps it. */
  static Map<String, Object> describe(Finding f) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("type", f.type().name());
    out.put("typeName", f.type().chineseName());
    out.put("severity", f.severity().name());
    out.put("subjects", f.subjects());
    out.put("measure", f.measure());
    out.put("measureText", SaveChecks.measureText(f));
    out.put("detail", f.detail());
    return out;
  }

  private static Geometry symmetricDifference(Geometry a, Geometry b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    try {
      return a.symDifference(b);
    } catch (RuntimeException e) {
      Envelope envelope = new Envelope(a.getEnvelopeInternal());
      envelope.expandToInclude(b.getEnvelopeInternal());
      return a.getFactory().toGeometry(envelope);
    }
  }

  /**
   * Whether a client sent back the stored outline: the API writes seven decimals of a degree (about
   * a centimetre), so a stored coordinate with more comes back up to 5e-8° off. Within {@value
   * #SAME_VERTEX_DEGREES}° the stored geometry is kept as it is.
   */
  static final double SAME_VERTEX_DEGREES = 1e-7;

  private static boolean sameGeometry(Geometry a, Geometry b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.equalsExact(b, SAME_VERTEX_DEGREES)) {
      return true;
    }
    // a client may send the rings in the other orientation or from another start (GeoJSON
    // writers force counter-clockwise exteriors)
    Geometry x = a.copy();
    Geometry y = b.copy();
    x.normalize();
    y.normalize();
    return x.equalsExact(y, SAME_VERTEX_DEGREES);
  }

  private static String name(String value) {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty()) {
      throw new EditRefusedException(EditRefusedException.Reason.INVALID, "name", "名称不能为空");
    }
    return name;
  }

  private static Geometry multiPolygon(Geometry geometry) {
    if (geometry instanceof Polygon polygon) {
      MultiPolygon multi = geometry.getFactory().createMultiPolygon(new Polygon[] {polygon});
      multi.setSRID(Srid.CGCS2000);
      return multi;
    }
    if (geometry != null) {
      geometry.setSRID(Srid.CGCS2000);
    }
    return geometry;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
