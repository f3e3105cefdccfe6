package org.civgis.web.facility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.civgis.boundary.division.DivisionRepository;
import org.civgis.gazetteer.facility.Facility;
import org.civgis.gazetteer.facility.FacilityCheck;
import org.civgis.gazetteer.facility.FacilityProblem;
import org.civgis.gazetteer.facility.FacilityRepository;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.ogc.FeatureJson;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.InvalidRowsException;
import org.civgis.web.problem.InvalidRowsException.RowProblem;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.civgis.web.security.Role;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write of the facility registry: validate → rights and jurisdiction → version (ETag) → write
 * and audit in one transaction → NOTIFY. Imports write all their rows or none.
 */
@Service
class FacilityService {
  static final String COLLECTION = "facilities";

  /** Who may write facilities (inside their jurisdiction). */
  static final Set<Role> EDITORS = Set.of(Role.ADMIN, Role.PLANNER);

  private final FacilityRepository facilities;
  private final DivisionRepository divisions;
  private final JurisdictionGuard guard;
  private final AuditLog audit;
  private final FeatureJson featureJson;
  private final FeatureChangePublisher changes;
  private final TransactionTemplate transaction;
  private final Clock clock;

  FacilityService(
      FacilityRepository facilities,
      DivisionRepository divisions,
      JurisdictionGuard guard,
      AuditLog audit,
      FeatureJson featureJson,
      FeatureChangePublisher changes,
      TransactionTemplate transaction,
      Clock clock) {
    this.facilities = facilities;
    this.divisions = divisions;
    this.guard = guard;
    this.audit = audit;
    this.featureJson = featureJson;
    this.changes = changes;
    this.transaction = transaction;
    this.clock = clock;
  }

  Facility find(long id) {
    return facilities.findById(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的设施"));
  }

  Facility create(Facility input, Actor actor) {
    Facility facility = checked(input);
    checkRights(actor, facility);
    return transaction.execute(
        tx -> {
          Facility stored = facilities.insert(facility);
          audit.record(entry("CREATE", actor, stored, null, stored));
          changes.publishChange(COLLECTION, null, stored.point());
          return stored;
        });
  }

  Facility replace(long id, String ifMatch, Facility input, Actor actor) {
    Facility edited = checked(input);
    return transaction.execute(
        tx -> {
          Facility current = currentRevision(id, ifMatch);
          checkRights(actor, current);
          checkRights(actor, edited);
          Facility kept =
              new Facility(
                  current.id(),
                  current.revision(),
                  edited.name(),
                  edited.type(),
                  edited.address(),
                  edited.capacity(),
                  edited.beds(),
                  edited.nursingBeds(),
                  edited.operator(),
                  edited.openedOn(),
                  edited.status(),
                  edited.divisionCode(),
                  edited.point(),
                  current.pointGenerated() && current.point().equalsExact(edited.point()),
                  current.source());
          Facility stored =
              facilities
                  .update(current, kept)
                  .orElseThrow(() -> PreconditionFailedException.mismatch("（已被并发修改）"));
          audit.record(entry("UPDATE", actor, stored, current, stored));
          changes.publishChange(COLLECTION, current.point(), stored.point());
          return stored;
        });
  }

  void delete(long id, String ifMatch, Actor actor) {
    transaction.executeWithoutResult(
        tx -> {
          Facility current = currentRevision(id, ifMatch);
          checkRights(actor, current);
          if (!facilities.remove(current)) {
            throw PreconditionFailedException.mismatch("（已被并发修改）");
          }
          audit.record(entry("DELETE", actor, current, current, null));
          changes.publishChange(COLLECTION, current.point(), null);
        });
  }

  /**
   * Stores every row of an import, or none: each row is checked (rules, division, jurisdiction) and
   * every problem of every row is reported together. {@code rows.get(i)} is row {@code
   * rowNumbers.get(i)}; a row given as {@code null} was refused while reading and its problems are
   * in {@code readProblems}.
   */
  List<Facility> importAll(
      List<Facility> rows, List<RowProblem> readProblems, List<Integer> rowNumbers, Actor actor) {
    checkImporter(actor);
    List<RowProblem> problems = new ArrayList<>(readProblems);
    List<Facility> ready = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Facility row = rows.get(i);
      if (row == null) {
        continue;
      }
      int rowNumber = rowNumbers.get(i);
      try {
        Facility facility = withDivision(row);
        List<FacilityProblem> rules = FacilityCheck.problems(facility, LocalDate.now(clock));
        for (FacilityProblem p : rules) {
          problems.add(new RowProblem(rowNumber, p.field(), p.reason()));
        }
        if (rules.isEmpty()) {
          guard.checkWrite(actor, facility.divisionCode(), facility.point());
          ready.add(facility);
        }
      } catch (InvalidFeatureException e) {
        problems.add(new RowProblem(rowNumber, field(e.location()), e.reason()));
      } catch (ForbiddenException e) {
        problems.add(new RowProblem(rowNumber, "divisionCode", e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(
          java.util.Comparator.comparingInt(RowProblem::row).thenComparing(RowProblem::field));
      throw new InvalidRowsException(problems);
    }
    if (ready.isEmpty()) {
      throw new InvalidFeatureException("file", "文件中没有设施数据行");
    }
    return transaction.execute(
        tx -> {
          List<Facility> stored = new ArrayList<>();
          Envelope envelope = new Envelope();
          for (Facility f : ready) {
            Facility s = facilities.insert(f);
            audit.record(entry("IMPORT", actor, s, null, s));
            envelope.expandToInclude(s.point().getCoordinate());
            stored.add(s);
          }
          changes.publish(COLLECTION, envelope);
          return stored;
        });
  }

  /** The facility with its division code (given, or from its position), checked by the rules. */
  private Facility checked(Facility f) {
    Facility withDivision = withDivision(f);
    List<FacilityProblem> problems = FacilityCheck.problems(withDivision, LocalDate.now(clock));
    if (!problems.isEmpty()) {
      FacilityProblem first = problems.get(0);
      throw new InvalidFeatureException(
          first.field().equals("geometry") ? "geometry" : "properties." + first.field(),
          first.reason());
    }
    return withDivision;
  }

  /** The facility with its division code: given (and existing), or that of its position. */
  private Facility withDivision(Facility f) {
    LocalDate today = LocalDate.now(clock);
    String division = f.divisionCode();
    if (division == null && f.point() != null) {
      division =
          divisions
              .finestCovering(f.point(), today)
              .orElseThrow(
                  () ->
                      new InvalidFeatureException(
                          "properties.divisionCode", "位置不在任何区划范围内，须给出区划代码"));
    } else if (division != null
        && division.matches("[0-9]{12}")
        && divisions.findByCode(division, today).isEmpty()) {
      throw new InvalidFeatureException("properties.divisionCode", "没有现行区划 " + division);
    }
    return new Facility(
        f.id(),
        f.revision(),
        f.name(),
        f.type(),
        f.address(),
        f.capacity(),
        f.beds(),
        f.nursingBeds(),
        f.operator(),
        f.openedOn(),
        f.status(),
        division,
        f.point(),
        f.pointGenerated(),
        f.source());
  }

  /** Throws 403 unless {@code actor} may import facilities at all. */
  void checkImporter(Actor actor) {
    if (actor.role().filter(EDITORS::contains).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和规划人员可以导入设施");
    }
  }

  /**
   * Throws 403 unless {@code actor} may write {@code facility} where it is (role, jurisdiction).
   */
  void checkRights(Actor actor, Facility facility) {
    checkEditor(actor);
    guard.checkWrite(actor, facility.divisionCode(), facility.point());
  }

  /** Throws 403 unless {@code actor} has a role that writes facilities. */
  void checkEditor(Actor actor) {
    if (actor.role().filter(EDITORS::contains).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和规划人员可以编辑设施");
    }
  }

  /**
   * The current revision, if it is {@code ifMatch} (one strong ETag, compared exactly); else 412.
   */
  private Facility currentRevision(long id, String ifMatch) {
    Facility current = find(id);
    if (!ifMatch.equals(current.etag())) {
      throw PreconditionFailedException.mismatch(current.etag());
    }
    return current;
  }

  private static String field(String location) {
    return location.startsWith("properties.")
        ? location.substring("properties.".length())
        : location;
  }

  private AuditEntry entry(
      String action, Actor actor, Facility subject, Facility before, Facility after) {
    return new AuditEntry(
        action,
        actor.auditName(),
        actor.user() == null ? null : actor.user().id(),
        COLLECTION,
        Long.toString(subject.id()),
        before == null ? null : featureJson.write(FacilityFeatures.feature(before)),
        after == null ? null : featureJson.write(FacilityFeatures.feature(after)));
  }
}
