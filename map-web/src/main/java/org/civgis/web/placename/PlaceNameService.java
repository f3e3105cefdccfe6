package org.civgis.web.placename;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.civgis.gazetteer.placename.AnnualUpdate;
import org.civgis.gazetteer.placename.IllegalTransitionException;
import org.civgis.gazetteer.placename.NameAttachment;
import org.civgis.gazetteer.placename.NameLifecycle;
import org.civgis.gazetteer.placename.NameReview;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.NameText;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.SearchKeys;
import org.civgis.gazetteer.placename.heritage.HeritageRepository;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.change.FeatureChangePublisher;
import org.civgis.web.ogc.FeatureJson;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write of the place-name library: proposals, edits, lifecycle steps, reviews, attachments,
 * renamings. Each is one transaction: checks, rights, ETag, the write, the recorded step, the audit
 * entry and the change announcement.
 */
@Service
class PlaceNameService {
  static final String COLLECTION = "place-names";

  private final PlaceNameRepository names;
  private final PlaceNameRights rights;
  private final AuditLog audit;
  private final FeatureJson featureJson;
  private final FeatureChangePublisher changes;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final HeritageRepository heritage;

  PlaceNameService(
      PlaceNameRepository names,
      HeritageRepository heritage,
      PlaceNameRights rights,
      AuditLog audit,
      FeatureJson featureJson,
      FeatureChangePublisher changes,
      TransactionTemplate transaction,
      Clock clock) {
    this.names = names;
    this.heritage = heritage;
    this.rights = rights;
    this.audit = audit;
    this.featureJson = featureJson;
    this.changes = changes;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Proposes a new name (PROPOSED) for a feature in division {@code divisionCode}. */
  PlaceName propose(NameText text, Geometry geometry, String divisionCode, Actor actor) {
    PlaceName draft =
        new PlaceName(
            0,
            0,
            null,
            text,
            geometry,
            false,
            divisionCode,
            List.of(divisionCode),
            NameStatus.PROPOSED,
            null,
            null,
            null,
            null,
            "proposal",
            actor.auditName(),
            null);
    rights.checkEdit(actor, draft);
    return transaction.execute(
        tx -> {
          PlaceName stored =
              names.insert(draft.withCode(names.newCode(divisionCode.substring(0, 6))), keys(text));
          names.recordStep(
              stored.id(), null, NameStatus.PROPOSED, today(), actor.auditName(), null);
          audit.record(entry("CREATE", actor, stored, null, stored));
          announce(null, stored.geometry());
          return stored;
        });
  }

  /**
   * Proposes {@code text} as the new name of the feature named {@code id} (a renaming): a PROPOSED
   * name with the same code and geometry that supersedes the current one once announced.
   */
  PlaceName proposeRenaming(long id, NameText text, Actor actor) {
    return transaction.execute(
        tx -> {
          PlaceName current = find(id);
          if (!current.status().isCurrentStandard()) {
            throw new ConflictException(
                "只有现行标准地名可以更名；「"
                    + current.text().standardName()
                    + "」为"
                    + current.status().chineseName());
          }
          rights.checkEdit(actor, current);
          PlaceName proposal =
              new PlaceName(
                  0,
                  0,
                  current.code(),
                  text,
                  current.geometry(),
                  current.geometryGenerated(),
                  current.divisionCode(),
                  current.divisionCodes(),
                  NameStatus.PROPOSED,
                  null,
                  null,
                  null,
                  null,
                  "renaming",
                  actor.auditName(),
                  current.id());
          PlaceName stored = names.insert(proposal, keys(text));
          names.recordStep(
              stored.id(),
              null,
              NameStatus.PROPOSED,
              today(),
              actor.auditName(),
              "更名：原名「" + current.text().standardName() + "」");
          audit.record(entry("CREATE", actor, stored, null, stored));
          return stored;
        });
  }

  /**
   * Replaces what name {@code id} says and where it is. A name in procedure may change freely; a
   * standard name keeps its name and parts (changing them is a renaming) but its other fields
   * (meaning, origin, history, aliases, transliteration, geometry) may be corrected.
   */
  PlaceName edit(
      long id, String ifMatch, NameText text, Geometry geometry, String divisionCode, Actor actor) {
    return transaction.execute(
        tx -> {
          PlaceName current = currentRevision(id, ifMatch);
          rights.checkEdit(actor, current);
          if (divisionCode != null && !divisionCode.equals(current.divisionCode())) {
            throw new InvalidFeatureException(
                "properties.divisionCode",
                "地名所在区划（" + current.divisionCode() + "）不能通过编辑修改；如登记有误，请撤回后在正确的区划重新提出");
          }
          if (text.equals(current.text()) && sameGeometry(geometry, current.geometry())) {
            // nothing changes: no new revision, no audit row, nothing for the annual update
            return current;
          }
          if (current.status().isStandard()) {
            NameText before = current.text();
            if (!before.standardName().equals(text.standardName())
                || !java.util.Objects.equals(before.specificPart(), text.specificPart())
                || !java.util.Objects.equals(before.genericPart(), text.genericPart())) {
              throw new InvalidFeatureException(
                  "properties.standardName", "标准地名不能直接修改名称；更名须走命名程序（提出更名）");
            }
            if (!current.status().isCurrentStandard()) {
              throw new ConflictException("已更名或已注销的地名只能查阅，不能修改");
            }
          }
          if (current.status() == NameStatus.WITHDRAWN) {
            throw new ConflictException("已撤回的地名不能修改");
          }
          PlaceName edited = current.withContent(text, geometry, current.divisionCodes());
          rights.checkEdit(actor, edited);
          PlaceName stored =
              names
                  .update(current, edited, keys(text))
                  .orElseThrow(() -> PreconditionFailedException.mismatch("（已被并发修改）"));
          if (current.status().isStandard()) {
            // a change of a standard name's attributes is reported in the annual update
            names.recordStep(
                id,
                current.status(),
                current.status(),
                today(),
                actor.auditName(),
                AnnualUpdate.ATTRIBUTE_CHANGE_NOTE);
          }
          audit.record(entry("UPDATE", actor, stored, current, stored));
          announce(current.geometry(), stored.geometry());
          return stored;
        });
  }

  private static boolean sameGeometry(Geometry a, Geometry b) {
    // 1e-7 degrees (1 cm): the API writes seven decimals, so a GeoJSON round trip of stored
    // coordinates with more comes back up to 5e-8 degrees off
    return a == null ? b == null : b != null && a.equalsExact(b, 1e-7);
  }

  /** Takes a lifecycle step; announcing a renaming also closes the name it supersedes. */
  PlaceName step(long id, String ifMatch, NameLifecycle.Step step, Actor actor) {
    return transaction.execute(
        tx -> {
          PlaceName current = currentRevision(id, ifMatch);
          rights.checkStep(actor, current, step.target());
          PlaceName next;
          try {
            next =
                NameLifecycle.apply(
                    current, step, names.reviews(id), protectedNameChanged(current, step.target()));
          } catch (IllegalTransitionException e) {
            throw new ConflictException(e.getMessage());
          }
          if (next.status() == NameStatus.ANNOUNCED && current.supersedesId() != null) {
            PlaceName predecessor = find(current.supersedesId());
            PlaceName closed;
            try {
              closed = NameLifecycle.supersede(predecessor, next.validFrom());
            } catch (IllegalTransitionException e) {
              throw new ConflictException(e.getMessage());
            }
            names
                .update(predecessor, closed, keys(predecessor.text()))
                .orElseThrow(() -> PreconditionFailedException.mismatch("（原地名已被并发修改）"));
            names.recordStep(
                predecessor.id(),
                predecessor.status(),
                NameStatus.RENAMED,
                next.validFrom(),
                actor.auditName(),
                "更名为「" + next.text().standardName() + "」");
            audit.record(entry("RENAMED", actor, closed, predecessor, closed));
          }
          PlaceName stored;
          try {
            stored =
                names
                    .update(current, next, keys(next.text()))
                    .orElseThrow(() -> PreconditionFailedException.mismatch("（已被并发修改）"));
          } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new ConflictException("该地名实体已有现行标准地名；更名须先提出更名");
          }
          names.recordStep(
              id, current.status(), stored.status(), step.on(), actor.auditName(), step.note());
          audit.record(entry("STEP_" + stored.status().name(), actor, stored, current, stored));
          announce(current.geometry(), stored.geometry());
          return stored;
        });
  }

  /** Records an expert evaluation or a public consultation of name {@code id}. */
  void addReview(long id, NameReview review, Actor actor) {
    transaction.executeWithoutResult(
        tx -> {
          PlaceName current = find(id);
          rights.checkEdit(actor, current);
          if (review.kind() == NameReview.Kind.HERITAGE_REVIEW) {
            boolean changesProtected =
                current.status() == NameStatus.UNDER_REVIEW
                        && protectedNameChanged(current, NameStatus.APPROVED) != null
                    || current.status().isCurrentStandard()
                        && protectedNameChanged(current, NameStatus.RETIRED) != null;
            if (!changesProtected) {
              throw new ConflictException("地名文化保护评估只用于列入地名文化保护名录的地名的更名（论证与征求意见中）或注销（现行标准地名）");
            }
          } else if (current.status() != NameStatus.UNDER_REVIEW) {
            throw new ConflictException("只能为「论证与征求意见中」的地名登记论证或征求意见");
          }
          names.addReview(id, review);
          audit.record(
              new AuditEntry(
                  "REVIEW_" + review.kind().name(),
                  actor.auditName(),
                  actorId(actor),
                  COLLECTION,
                  Long.toString(id),
                  null,
                  null));
        });
  }

  /** Stores a document or photo of name {@code id}; returns its id. */
  long addAttachment(long id, NameAttachment attachment, byte[] content, Actor actor) {
    return transaction.execute(
        tx -> {
          PlaceName current = find(id);
          rights.checkEdit(actor, current);
          long attachmentId = names.addAttachment(id, attachment, content);
          audit.record(
              new AuditEntry(
                  "ATTACH",
                  actor.auditName(),
                  actorId(actor),
                  COLLECTION,
                  Long.toString(id),
                  null,
                  null));
          return attachmentId;
        });
  }

  /**
   * The protected name (on the heritage list) that moving {@code name} to {@code target} changes:
   * the name a renaming proposal supersedes when it is approved, the name itself when it is
   * retired; {@code null} when none.
   */
  String protectedNameChanged(PlaceName name, NameStatus target) {
    if (target == NameStatus.APPROVED && name.supersedesId() != null) {
      return heritage
          .findByPlaceName(name.supersedesId())
          .map(h -> find(name.supersedesId()).text().standardName())
          .orElse(null);
    }
    if (target == NameStatus.RETIRED) {
      return heritage.findByPlaceName(name.id()).map(h -> name.text().standardName()).orElse(null);
    }
    return null;
  }

  /** Throws 403 unless {@code actor} may edit or withdraw {@code name}. */
  void checkEdit(Actor actor, PlaceName name) {
    rights.checkEdit(actor, name);
  }

  PlaceName find(long id) {
    return names.findById(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的地名"));
  }

  private PlaceName currentRevision(long id, String ifMatch) {
    PlaceName current = find(id);
    if (!ifMatch.equals(current.etag())) { // one strong ETag: weak ones never match a write
      throw PreconditionFailedException.mismatch(current.etag());
    }
    return current;
  }

  private void announce(Geometry before, Geometry after) {
    changes.publishChange(COLLECTION, before, after);
  }

  private AuditEntry entry(
      String action, Actor actor, PlaceName subject, PlaceName before, PlaceName after) {
    return new AuditEntry(
        action,
        actor.auditName(),
        actorId(actor),
        COLLECTION,
        Long.toString(subject.id()),
        before == null ? null : featureJson.write(PlaceNameFeatures.feature(before)),
        after == null ? null : featureJson.write(PlaceNameFeatures.feature(after)));
  }

  /** The pinyin search keys of a name. */
  static SearchKeys keys(NameText text) {
    return SearchKeys.of(text.standardName(), text.romanization());
  }

  private static Long actorId(Actor actor) {
    return actor.user() == null ? null : actor.user().id();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
