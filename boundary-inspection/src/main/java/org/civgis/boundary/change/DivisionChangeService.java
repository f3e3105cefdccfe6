package org.civgis.boundary.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.civgis.boundary.boundary.BoundaryLine;
import org.civgis.boundary.boundary.BoundaryLineRepository;
import org.civgis.boundary.boundary.BoundaryLines;
import org.civgis.boundary.boundary.LineDerivation;
import org.civgis.boundary.division.Division;
import org.civgis.boundary.division.DivisionChange;
import org.civgis.boundary.division.DivisionCode;
import org.civgis.boundary.division.DivisionQuery;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.boundary.division.DivisionVersion;
import org.civgis.boundary.division.RecordStatus;
import org.civgis.boundary.marker.BoundaryMarker;
import org.civgis.boundary.marker.MarkerRepository;
import org.civgis.geo.crs.Srid;
import org.civgis.geo.geom.MetricMeasure;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.geo.topology.DataPrecision;
import org.civgis.geo.topology.Finding;
import org.civgis.geo.topology.MarkerCheck;
import org.civgis.geo.topology.RecordedMarker;
import org.civgis.geo.topology.Severity;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import tools.jackson.databind.json.JsonMapper;

/** Plans and applies division changes; see the package contract. */
public final class DivisionChangeService {
  private static final int MAX_DIVISIONS = 1_000_000;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A marker this close to a division's polygon (about a centimetre) stands on its border. */
  private static final double MARKER_ON_BORDER_DEGREES = 1e-7;

  private final DivisionRepository divisions;
  private final BoundaryLineRepository lineRepository;
  private final BoundaryLines lines;
  private final MarkerRepository markers;
  private final List<ChangeImpactSource> sources;
  private final String scopeCode;
  private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

  /**
   * @param sources the application's impact sources (place names, addresses, facilities …)
   * @param scopeCode the division whose boundary lines are kept (the deployment's home division)
   */
  public DivisionChangeService(
      org.springframework.jdbc.core.simple.JdbcClient jdbc,
      DivisionRepository divisions,
      BoundaryLineRepository lineRepository,
      MarkerRepository markers,
      List<ChangeImpactSource> sources,
      String scopeCode) {
    this.jdbc = jdbc;
    this.divisions = divisions;
    this.lineRepository = lineRepository;
    this.lines = new BoundaryLines(divisions, lineRepository);
    this.markers = markers;
    this.sources = List.copyOf(sources);
    this.scopeCode = scopeCode;
  }

  // ---- planning

  /** Works out {@code request} without writing anything; refuses what cannot be done. */
  public ChangePlan plan(ChangeRequest request) {
    LocalDate day = request.effective();
    if (day == null) {
      throw new ChangeRefusedException("effective", "须给出生效日期");
    }
    Map<String, Division> valid = new LinkedHashMap<>();
    for (Division d : divisions.find(DivisionQuery.asOf(day, MAX_DIVISIONS))) {
      valid.put(d.code(), d);
    }
    Work work = new Work(day, valid, request.act());
    if (request instanceof ChangeRequest.Rename r) {
      work.rename(r.code(), r.newName(), "更名为");
    } else if (request instanceof ChangeRequest.Upgrade u) {
      work.rename(u.code(), u.newName(), "改设为");
    } else if (request instanceof ChangeRequest.Transfer t) {
      work.transfer(t);
    } else if (request instanceof ChangeRequest.Establish e) {
      work.establish(e);
    } else if (request instanceof ChangeRequest.Merge m) {
      work.merge(m);
    }
    return work.finish(request);
  }

  /**
   * Applies {@code plan} in the caller's transaction and returns the change as stored; a version
   * that moved on since the plan was made fails with a {@link
   * java.util.ConcurrentModificationException}.
   */
  public DivisionChange apply(ChangePlan plan, String recordedBy) {
    LocalDate day = plan.request().effective();
    Map<String, Division> startingByCode = new LinkedHashMap<>();
    for (Division d : plan.starting()) {
      startingByCode.put(d.code(), d);
    }
    for (DivisionVersion current : plan.ending()) {
      Division next = startingByCode.remove(current.division().code());
      boolean startsToday = day.equals(current.division().validFrom());
      if (startsToday && next != null) {
        Division corrected =
            current
                .division()
                .edited(
                    next.name(),
                    next.geometry(),
                    current.division().status(),
                    current.division().remarks());
        divisions
            .update(current.id(), current.revision(), corrected)
            .orElseThrow(() -> moved(current));
        continue;
      }
      if (!divisions.close(current.id(), current.revision(), day)) {
        throw moved(current);
      }
      if (next != null) {
        divisions.insert(next);
      }
    }
    for (Division fresh : startingByCode.values()) {
      divisions.insert(fresh);
    }
    DivisionChange change = plan.change();
    long changeId = divisions.insert(change);
    jdbc.sql(
            """
            update boundary.division_change
               set changed_area = ST_Multi(ST_GeomFromEWKB(cast(:area as bytea))),
                   impact = cast(:impact as jsonb), recorded_by = :by, recorded_at = now()
             where id = :id
            """)
        .param("id", changeId)
        .param("area", org.civgis.geo.geom.Ewkb.write(plan.changedArea()))
        .param("impact", JSON.writeValueAsString(plan.impact()))
        .param("by", recordedBy)
        .update();
    if (!plan.lineCodes().isEmpty()) {
      lines.recompute(day, scopeCode, true, plan.lineCodes(), change.source());
    }
    return change;
  }

  private static java.util.ConcurrentModificationException moved(DivisionVersion version) {
    return new java.util.ConcurrentModificationException(
        "区划 " + version.division().name() + "（" + version.division().code() + "）已被并发修改");
  }

  // ---- the work of one plan

  /** The divisions valid on the day, and what the change does to them. */
  private final class Work {
    final LocalDate day;
    final Map<String, Division> before;
    final Map<String, Division> after;
    final Set<String> renamed = new LinkedHashSet<>();
    final Set<String> ended = new LinkedHashSet<>();
    final List<String> fromCodes = new ArrayList<>();
    final List<String> toCodes = new ArrayList<>();
    Geometry changedArea;
    String description;
    PrecisionModel precision;

    final String act;

    Work(LocalDate day, Map<String, Division> valid, String act) {
      this.day = day;
      this.act = act;
      this.before = valid;
      this.after = new LinkedHashMap<>(valid);
    }

    Division existing(String field, String code) {
      String full;
      try {
        full = DivisionCode.normalize(code);
      } catch (IllegalArgumentException e) {
        throw new ChangeRefusedException(field, "须为 6 位或 12 位区划代码，收到 \"" + code + "\"");
      }
      Division d = before.get(full);
      if (d == null) {
        throw new ChangeRefusedException(field, day + " 没有区划代码为 " + full + " 的区划");
      }
      if (d.validTo() != null) {
        throw new ChangeRefusedException(
            field, d.name() + " 在 " + d.validTo() + " 已有后续调整：请按时间顺序办理调整");
      }
      return d;
    }

    void rename(String code, String newName, String verb) {
      Division d = existing("code", code);
      String name = name(newName);
      if (name.equals(d.name())) {
        throw new ChangeRefusedException("newName", "新名称与现名称相同");
      }
      after.put(d.code(), version(d, name, d.geometry()));
      renamed.add(d.code());
      fromCodes.add(d.code());
      toCodes.add(d.code());
      description = d.name() + verb + name;
    }

    void transfer(ChangeRequest.Transfer t) {
      Division from = existing("fromCode", t.fromCode());
      Division to = existing("toCode", t.toCode());
      if (from.code().equals(to.code())) {
        throw new ChangeRefusedException("toCode", "划出和划入的区划不能相同");
      }
      if (from.level() != to.level()) {
        throw new ChangeRefusedException("toCode", "只能在同级区划之间划转区域");
      }
      requireDrawn("fromCode", from);
      requireDrawn("toCode", to);
      Geometry area = area(t.area());
      precision = precisionOf(from, to);
      Geometry moved =
          polygonal(OverlayNG.overlay(area, from.geometry(), OverlayNG.INTERSECTION, precision));
      if (moved == null) {
        throw new ChangeRefusedException("area", "所给区域与" + from.name() + "没有共同部分");
      }
      if (moved.distance(to.geometry()) > 0) {
        throw new ChangeRefusedException("area", "划转区域须与" + to.name() + "相邻");
      }
      Geometry fromAfter =
          polygonal(OverlayNG.overlay(from.geometry(), moved, OverlayNG.DIFFERENCE, precision));
      if (fromAfter == null) {
        throw new ChangeRefusedException("area", "划转后" + from.name() + "将不再有区域：请用合并");
      }
      Geometry toAfter =
          polygonal(OverlayNG.overlay(to.geometry(), moved, OverlayNG.UNION, precision));
      after.put(from.code(), version(from, from.name(), fromAfter));
      after.put(to.code(), version(to, to.name(), toAfter));
      moveBetweenAncestors(from, to, moved);
      changedArea = moved;
      fromCodes.add(from.code());
      toCodes.add(to.code());
      description =
          String.format(
              Locale.ROOT,
              "将%s部分区域（约 %.2f 平方千米）划归%s",
              from.name(),
              MetricMeasure.of(moved).areaSquareKilometers(),
              to.name());
    }

    /** A transfer across parents moves the area between their drawn ancestors too. */
    void moveBetweenAncestors(Division from, Division to, Geometry moved) {
      List<Division> fromChain = ancestors(from);
      List<Division> toChain = ancestors(to);
      Set<String> common = new HashSet<>();
      for (Division d : fromChain) {
        if (toChain.stream().anyMatch(x -> x.code().equals(d.code()))) {
          common.add(d.code());
        }
      }
      for (Division d : fromChain) {
        if (!common.contains(d.code()) && d.geometry() != null) {
          after.put(
              d.code(),
              version(
                  d,
                  d.name(),
                  polygonal(
                      OverlayNG.overlay(d.geometry(), moved, OverlayNG.DIFFERENCE, precision))));
        }
      }
      for (Division d : toChain) {
        if (!common.contains(d.code()) && d.geometry() != null) {
          after.put(
              d.code(),
              version(
                  d,
                  d.name(),
                  polygonal(OverlayNG.overlay(d.geometry(), moved, OverlayNG.UNION, precision))));
        }
      }
    }

    void establish(ChangeRequest.Establish e) {
      String code;
      try {
        code = DivisionCode.normalize(e.code());
      } catch (IllegalArgumentException x) {
        throw new ChangeRefusedException("code", "须为 12 位区划代码，收到 \"" + e.code() + "\"");
      }
      if (before.containsKey(code)) {
        throw new ChangeRefusedException("code", "区划代码 " + code + " 在 " + day + " 已有区划");
      }
      Division parent = existing("parentCode", e.parentCode());
      if (!parent.contains(code) || parent.level().number() == 5) {
        throw new ChangeRefusedException("code", "代码 " + code + " 不在上级区划 " + parent.name() + " 之下");
      }
      String name = name(e.name());
      List<Division> donors = new ArrayList<>();
      for (String donorCode : e.donorCodes()) {
        Division donor = existing("donorCodes", donorCode);
        if (!parent.code().equals(donor.parentCode())) {
          throw new ChangeRefusedException(
              "donorCodes", donor.name() + " 不是 " + parent.name() + " 的下级区划");
        }
        donors.add(donor);
      }
      Geometry created = null;
      if (e.area() != null) {
        if (donors.isEmpty()) {
          throw new ChangeRefusedException("donorCodes", "须给出划出区域的区划");
        }
        Geometry area = area(e.area());
        precision = precisionOf(donors.toArray(Division[]::new));
        List<Geometry> parts = new ArrayList<>();
        for (Division donor : donors) {
          requireDrawn("donorCodes", donor);
          Geometry part =
              polygonal(
                  OverlayNG.overlay(area, donor.geometry(), OverlayNG.INTERSECTION, precision));
          if (part == null) {
            throw new ChangeRefusedException("area", "所给区域与" + donor.name() + "没有共同部分");
          }
          Geometry rest =
              polygonal(OverlayNG.overlay(donor.geometry(), part, OverlayNG.DIFFERENCE, precision));
          if (rest == null) {
            throw new ChangeRefusedException("area", donor.name() + "将不再有区域：请用合并");
          }
          after.put(donor.code(), version(donor, donor.name(), rest));
          parts.add(part);
          fromCodes.add(donor.code());
        }
        created =
            polygonal(
                org.locationtech.jts.operation.overlayng.UnaryUnionNG.union(parts, precision));
        changedArea = created;
      } else {
        donors.forEach(d -> fromCodes.add(d.code()));
      }
      int level = parent.level().number() + 1;
      after.put(
          code,
          new Division(
              code,
              name,
              org.civgis.boundary.division.DivisionLevel.ofNumber(level),
              parent.code(),
              day,
              null,
              created,
              source(),
              RecordStatus.PUBLISHED,
              null));
      toCodes.add(code);
      description =
          "设立"
              + name
              + (donors.isEmpty()
                  ? ""
                  : "（由"
                      + String.join("、", donors.stream().map(Division::name).toList())
                      + "部分区域组成）");
    }

    void merge(ChangeRequest.Merge m) {
      Division into = existing("intoCode", m.intoCode());
      if (m.mergedCodes().isEmpty()) {
        throw new ChangeRefusedException("mergedCodes", "须给出并入的区划");
      }
      List<Division> merged = new ArrayList<>();
      for (String c : m.mergedCodes()) {
        Division d = existing("mergedCodes", c);
        if (d.code().equals(into.code())) {
          throw new ChangeRefusedException("mergedCodes", "并入的区划不能包括" + into.name() + "本身");
        }
        if (d.level() != into.level()) {
          throw new ChangeRefusedException(
              "mergedCodes", d.name() + " 与 " + into.name() + " 不是同级区划");
        }
        merged.add(d);
      }
      String name = m.newName() == null || m.newName().isBlank() ? into.name() : name(m.newName());
      Geometry geometry = into.geometry();
      List<Geometry> areas = new ArrayList<>();
      boolean drawn =
          into.geometry() != null && merged.stream().allMatch(d -> d.geometry() != null);
      if (drawn) {
        List<Division> all = new ArrayList<>(merged);
        all.add(into);
        precision = precisionOf(all.toArray(Division[]::new));
        List<Geometry> parts = new ArrayList<>();
        parts.add(into.geometry());
        merged.forEach(
            d -> {
              parts.add(d.geometry());
              areas.add(d.geometry());
            });
        geometry =
            polygonal(
                org.locationtech.jts.operation.overlayng.UnaryUnionNG.union(parts, precision));
        changedArea =
            polygonal(
                org.locationtech.jts.operation.overlayng.UnaryUnionNG.union(areas, precision));
      }
      for (Division d : merged) {
        after.remove(d.code());
        ended.add(d.code());
        fromCodes.add(d.code());
        for (Division other : before.values()) {
          if (d.code().equals(other.parentCode())) {
            // children of a merged division hang from the division it joins
            after.put(other.code(), version(other, other.name(), other.geometry(), into.code()));
          }
        }
      }
      fromCodes.add(into.code());
      toCodes.add(into.code());
      after.put(into.code(), version(into, name, geometry));
      if (!name.equals(into.name())) {
        renamed.add(into.code());
      }
      description =
          "撤销"
              + String.join("、", merged.stream().map(Division::name).toList())
              + "，并入"
              + into.name()
              + (name.equals(into.name()) ? "" : "，更名为" + name);
    }

    ChangePlan finish(ChangeRequest request) {
      List<DivisionVersion> ending = new ArrayList<>();
      List<Division> starting = new ArrayList<>();
      Set<String> changed = new LinkedHashSet<>();
      for (Map.Entry<String, Division> entry : before.entrySet()) {
        Division now = after.get(entry.getKey());
        if (now != entry.getValue()) {
          changed.add(entry.getKey());
          ending.add(divisions.findVersion(entry.getKey(), day, false).orElseThrow());
          if (now != null) {
            starting.add(now);
          }
        }
      }
      for (Map.Entry<String, Division> entry : after.entrySet()) {
        if (!before.containsKey(entry.getKey())) {
          changed.add(entry.getKey());
          starting.add(entry.getValue());
        }
      }
      // the coverage of every parent whose children's geometry changes, before and after
      Set<String> parents = new LinkedHashSet<>();
      for (String code : changed) {
        Division b = before.get(code);
        Division a = after.get(code);
        boolean geometryChanged =
            b == null || a == null || !java.util.Objects.equals(b.geometry(), a.geometry());
        if (geometryChanged) {
          for (Division d : new Division[] {b, a}) {
            if (d != null && d.parentCode() != null) {
              parents.add(d.parentCode());
            }
          }
        }
      }
      List<Finding> findingsBefore = coverage(before, parents);
      List<Finding> findingsAfter = coverage(after, parents);
      List<Finding> broken = newErrors(findingsBefore, findingsAfter);
      if (!broken.isEmpty()) {
        throw new ChangeRefusedException(
            "area", "调整后区划覆盖将出现 " + broken.size() + " 处错误（重叠、缝隙或超界），调整未执行", broken);
      }
      Set<String> affectedAll = new LinkedHashSet<>(changed);
      for (String code : changed) {
        Division d = before.containsKey(code) ? before.get(code) : after.get(code);
        ancestors(d).forEach(x -> affectedAll.add(x.code()));
      }
      LineImpact lineImpact = lineImpact(affectedAll);
      List<ImpactedFeature> impacted = new ArrayList<>(lineImpact.features);
      impacted.addAll(childImpact(changed));
      List<String> kinds = new ArrayList<>(List.of("BOUNDARY_LINE", "BOUNDARY_MARKER", "DIVISION"));
      ImpactQuery query = new ImpactQuery(changed, renamed, changedArea, day);
      for (ChangeImpactSource source : sources) {
        impacted.addAll(source.find(query));
        kinds.add(source.kind());
      }
      DivisionChange change =
          new DivisionChange(request.kind(), day, null, fromCodes, toCodes, description, source());
      return new ChangePlan(
          request,
          change,
          ending,
          starting,
          changedArea,
          findingsBefore,
          findingsAfter,
          new ChangeImpact(impacted, kinds),
          lineImpact.lineCodes);
    }

    private List<Finding> coverage(Map<String, Division> state, Set<String> parents) {
      List<Finding> findings = new ArrayList<>();
      if (precision == null) {
        return findings;
      }
      CheckTolerances tolerances = CheckTolerances.DEFAULT.withGridScale(precision.getScale());
      for (String parentCode : parents) {
        List<CoverageUnit> units = new ArrayList<>();
        Division parent = state.get(parentCode);
        if (parent != null) {
          units.add(new CoverageUnit(parent.code(), null, parent.geometry()));
        }
        for (Division d : state.values()) {
          if (parentCode.equals(d.parentCode())) {
            units.add(new CoverageUnit(d.code(), parentCode, d.geometry()));
          }
        }
        findings.addAll(new CoverageCheck(tolerances).run(units, CheckProgress.NONE));
      }
      return findings;
    }

    /** Lines that will be created, moved or ended, and the markers they leave behind. */
    private LineImpact lineImpact(Set<String> affectedAll) {
      LineImpact impact = new LineImpact();
      Division scope = after.get(scopeCode);
      if (scope == null) {
        return impact;
      }
      Map<String, LineDerivation.DerivedLine> derived = new HashMap<>();
      for (LineDerivation.DerivedLine line :
          LineDerivation.derive(List.copyOf(after.values()), scope)) {
        derived.put(line.lineCode(), line);
      }
      Map<String, BoundaryLine> stored = new HashMap<>();
      for (BoundaryLine line : lineRepository.current(day)) {
        stored.put(line.lineCode(), line);
      }
      Set<String> codes = new LinkedHashSet<>();
      for (LineDerivation.DerivedLine line : derived.values()) {
        if (affectedAll.contains(line.leftCode()) || affectedAll.contains(line.rightCode())) {
          codes.add(line.lineCode());
        }
      }
      for (BoundaryLine line : stored.values()) {
        if (affectedAll.contains(line.leftCode()) || affectedAll.contains(line.rightCode())) {
          codes.add(line.lineCode());
        }
      }
      Map<String, Geometry> newGeometry = new HashMap<>();
      for (String code : codes.stream().sorted().toList()) {
        BoundaryLine old = stored.get(code);
        LineDerivation.DerivedLine next = derived.get(code);
        String left = old != null ? old.leftCode() : next.leftCode();
        String right = old != null ? old.rightCode() : next.rightCode();
        String name = lineName(left, right);
        String reason = null;
        if (old == null) {
          reason = "调整后新形成的界线";
        } else if (next == null) {
          reason = "调整后两侧区划不再相邻，界线终止";
        } else if (!sameShape(old.geometry(), next.geometry())) {
          reason = "界线走向随调整改变";
          newGeometry.put(code, next.geometry());
        } else if (renamed.contains(left) || renamed.contains(right)) {
          reason = "界线一侧区划更名";
        }
        if (reason != null) {
          impact.features.add(new ImpactedFeature("BOUNDARY_LINE", code, name, reason));
          impact.lineCodes.add(code);
        }
        if (old != null && (next == null || newGeometry.containsKey(code) || reason != null)) {
          impact.markers(code, next == null ? null : next.geometry(), reason);
        }
      }
      for (String code : renamed) {
        Division d = after.get(code);
        if (d == null || d.geometry() == null) {
          continue;
        }
        Geometry border = d.geometry().getBoundary();
        for (BoundaryLine line : stored.values()) {
          if (impact.lineCodes.contains(line.lineCode())
              || !line.geometry().getEnvelopeInternal().intersects(border.getEnvelopeInternal())
              || line.geometry().intersection(border).getLength() == 0) {
            continue;
          }
          impact.features.add(
              new ImpactedFeature(
                  "BOUNDARY_LINE",
                  line.lineCode(),
                  lineName(line.leftCode(), line.rightCode()),
                  "界线有一段是更名区划" + d.name() + "的边界"));
          impact.markersBeside(line.lineCode(), d);
        }
      }
      return impact;
    }

    private String lineName(String left, String right) {
      return nameOf(left) + "—" + nameOf(right) + "界线";
    }

    private String nameOf(String code) {
      Division d = after.containsKey(code) ? after.get(code) : before.get(code);
      return d == null ? code : d.name();
    }

    private List<ImpactedFeature> childImpact(Set<String> changed) {
      List<ImpactedFeature> features = new ArrayList<>();
      for (Division child : before.values()) {
        if (changed.contains(child.code()) || child.parentCode() == null) {
          continue;
        }
        Division parentAfter = after.get(child.code());
        if (parentAfter != null
            && !java.util.Objects.equals(parentAfter.parentCode(), child.parentCode())) {
          features.add(
              new ImpactedFeature(
                  "DIVISION",
                  child.code(),
                  child.name(),
                  "上级区划撤销，改隶" + nameOf(parentAfter.parentCode())));
        } else if (changedArea != null
            && child.geometry() != null
            && changed.contains(child.parentCode())
            && OverlayNG.overlay(child.geometry(), changedArea, OverlayNG.INTERSECTION, precision)
                    .getArea()
                > 0) {
          features.add(
              new ImpactedFeature("DIVISION", child.code(), child.name(), "位于调整区域内，隶属须随之调整"));
        }
      }
      return features;
    }

    /** The line and marker features, and the line codes to derive again. */
    private final class LineImpact {
      final List<ImpactedFeature> features = new ArrayList<>();
      final Set<String> lineCodes = new LinkedHashSet<>();

      /** The markers of a line that stand on the border of renamed division {@code d}. */
      void markersBeside(String lineCode, Division d) {
        for (BoundaryMarker m :
            DivisionChangeService.this.markers.find(
                new MarkerRepository.Query(lineCode, null, false, 100_000, 0))) {
          if (d.geometry().isWithinDistance(m.position(), MARKER_ON_BORDER_DEGREES)) {
            features.add(
                new ImpactedFeature(
                    "BOUNDARY_MARKER",
                    String.valueOf(m.id()),
                    m.number(),
                    "界桩立于更名区划" + d.name() + "的边界上，碑面名称须改刻"));
          }
        }
      }

      void markers(String lineCode, Geometry newLine, String lineReason) {
        List<BoundaryMarker> onLine =
            DivisionChangeService.this.markers.find(
                new MarkerRepository.Query(lineCode, null, false, 100_000, 0));
        if (onLine.isEmpty()) {
          return;
        }
        if (newLine == null || lineReason.equals("界线一侧区划更名")) {
          for (BoundaryMarker m : onLine) {
            features.add(
                new ImpactedFeature(
                    "BOUNDARY_MARKER",
                    String.valueOf(m.id()),
                    m.number(),
                    newLine == null ? "所属界线终止，界桩须撤除或改属" : "所属界线一侧区划更名"));
          }
          return;
        }
        List<RecordedMarker> recorded = new ArrayList<>();
        Map<String, BoundaryMarker> byId = new HashMap<>();
        for (BoundaryMarker m : onLine) {
          byId.put(String.valueOf(m.id()), m);
          recorded.add(
              new RecordedMarker(
                  String.valueOf(m.id()),
                  m.number(),
                  "L",
                  m.sequence(),
                  m.typeCode(),
                  m.position()));
        }
        for (Finding f :
            MarkerCheck.check(recorded, Map.of("L", newLine), CheckTolerances.DEFAULT)) {
          if (f.type() == org.civgis.geo.topology.FindingType.MARKER_OFF_LINE
              && f.measure() != null) {
            BoundaryMarker m = byId.get(f.subjects().get(0));
            features.add(
                new ImpactedFeature(
                    "BOUNDARY_MARKER",
                    String.valueOf(m.id()),
                    m.number(),
                    "界线改走后距新界线 " + f.type().unit().format(f.measure()) + "，须重新埋设或撤除"));
          }
        }
      }
    }

    List<Division> ancestors(Division d) {
      List<Division> chain = new ArrayList<>();
      Division at = d;
      while (at != null && at.parentCode() != null) {
        at = before.get(at.parentCode());
        if (at != null) {
          chain.add(at);
        }
      }
      return chain;
    }

    private Division version(Division d, String name, Geometry geometry) {
      return version(d, name, geometry, d.parentCode());
    }

    private Division version(Division d, String name, Geometry geometry, String parentCode) {
      return new Division(
          d.code(),
          name,
          d.level(),
          parentCode,
          day,
          null,
          geometry,
          source(),
          RecordStatus.PUBLISHED,
          d.remarks());
    }

    private String source() {
      return act == null || act.isBlank() ? "division-change" : act.strip();
    }
  }

  private static String name(String value) {
    String name = value == null ? "" : value.strip();
    if (name.isEmpty()) {
      throw new ChangeRefusedException("newName", "名称不能为空");
    }
    if (name.length() > 100) {
      throw new ChangeRefusedException("newName", "名称不能超过 100 个字符");
    }
    return name;
  }

  private static void requireDrawn(String field, Division d) {
    if (d.geometry() == null) {
      throw new ChangeRefusedException(field, d.name() + " 没有界线几何，不能划转区域");
    }
  }

  private static Geometry area(Geometry area) {
    if (area == null || area.isEmpty() || area.getDimension() != 2) {
      throw new ChangeRefusedException("area", "须给出调整区域（多边形）");
    }
    if (!area.isValid()) {
      throw new ChangeRefusedException("area", "调整区域的多边形无效（自相交等）");
    }
    return area;
  }

  private static PrecisionModel precisionOf(Division... divisions) {
    List<Geometry> geometries = new ArrayList<>();
    for (Division d : divisions) {
      geometries.add(d.geometry());
    }
    return new PrecisionModel(DataPrecision.detect(geometries));
  }

  /** The polygons of {@code geometry} as a MultiPolygon in CGCS2000, or null if there are none. */
  static MultiPolygon polygonal(Geometry geometry) {
    List<Polygon> polygons = new ArrayList<>();
    for (Object p : PolygonExtracter.getPolygons(geometry)) {
      if (!((Polygon) p).isEmpty()) {
        polygons.add((Polygon) p);
      }
    }
    if (polygons.isEmpty()) {
      return null;
    }
    MultiPolygon multi = geometry.getFactory().createMultiPolygon(polygons.toArray(Polygon[]::new));
    multi.setSRID(Srid.CGCS2000);
    return multi;
  }

  private static boolean sameShape(Geometry a, Geometry b) {
    Geometry x = a.copy();
    Geometry y = b.copy();
    x.normalize();
    y.normalize();
    return x.equalsExact(y);
  }

  /** Error findings after that were not there before (by type and subjects). */
  private static List<Finding> newErrors(List<Finding> before, List<Finding> after) {
    Set<String> known = new HashSet<>();
    for (Finding f : before) {
      known.add(key(f));
    }
    List<Finding> broken = new ArrayList<>();
    for (Finding f : after) {
      if (f.severity() == Severity.ERROR && !known.contains(key(f))) {
        broken.add(f);
      }
    }
    return broken;
  }

  private static String key(Finding f) {
    return f.type() + ":" + f.subjects().stream().sorted().toList();
  }
}
