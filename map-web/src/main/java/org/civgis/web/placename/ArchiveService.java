package org.civgis.web.placename;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.archive.ArchiveCatalogue;
import org.civgis.gazetteer.placename.archive.ArchiveCategory;
import org.civgis.gazetteer.placename.archive.ArchiveItem;
import org.civgis.gazetteer.placename.archive.NameArchiveRepository;
import org.civgis.gazetteer.placename.archive.PackageRefusedException;
import org.civgis.gazetteer.placename.archive.TransferPackage;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.ForbiddenException;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.security.Actor;
import org.civgis.web.security.JurisdictionGuard;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The place-name archives over HTTP: browsing, cataloguing, the transfer package out and back in.
 * Name officers and administrators, within their jurisdiction; each write is one transaction with
 * its audit entry, and an import writes nothing unless the whole package is verified.
 */
@Service
class ArchiveService {
  static final String COLLECTION = "name-archives";
  private static final int MAX_PACKAGE_ITEMS = 20_000;

  private final NameArchiveRepository archive;
  private final ArchiveCatalogue catalogue;
  private final PlaceNameRepository names;
  private final JurisdictionGuard guard;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  ArchiveService(
      NameArchiveRepository archive,
      ArchiveCatalogue catalogue,
      PlaceNameRepository names,
      JurisdictionGuard guard,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.archive = archive;
    this.catalogue = catalogue;
    this.names = names;
    this.guard = guard;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The catalogue lines an officer may see that match; {@code division} narrows them. */
  List<ArchiveItem> find(
      Actor actor,
      String division,
      String text,
      ArchiveCategory category,
      String code,
      int limit,
      long offset) {
    String prefix = visiblePrefix(actor, division);
    return archive.find(
        new NameArchiveRepository.Query(prefix, text, category, code, limit, offset));
  }

  long count(Actor actor, String division, String text, ArchiveCategory category, String code) {
    String prefix = visiblePrefix(actor, division);
    return archive.count(new NameArchiveRepository.Query(prefix, text, category, code, 1, 0));
  }

  /** A catalogued document with its file, if the actor may see it. */
  Map.Entry<ArchiveItem, byte[]> file(Actor actor, String archiveNo) {
    ArchiveItem item =
        archive
            .findByNumber(archiveNo)
            .orElseThrow(
                () -> new org.civgis.web.problem.NotFoundException("没有档号为 " + archiveNo + " 的档案"));
    checkCounty(actor, item.archiveNo().countyCode());
    return Map.entry(item, archive.content(item));
  }

  /** Files what is new in county {@code county}; the counts per category. */
  Map<ArchiveCategory, Integer> catalogue(Actor actor, String county) {
    checkCounty(actor, county);
    return transaction.execute(
        tx -> {
          Map<ArchiveCategory, Integer> added =
              catalogue.catalogue(county, LocalDate.now(clock), actor.auditName());
          audit.record(
              new AuditEntry(
                  "ARCHIVE_CATALOGUE",
                  actor.auditName(),
                  actorId(actor),
                  COLLECTION,
                  county,
                  null,
                  null));
          return added;
        });
  }

  /** The transfer package of county {@code county}: every catalogued document. */
  byte[] export(Actor actor, String county) {
    checkCounty(actor, county);
    List<ArchiveItem> items =
        archive.find(
            new NameArchiveRepository.Query(county, null, null, null, MAX_PACKAGE_ITEMS, 0));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(TransferPackage.CATALOGUE, ArchiveCatalogueSheet.write(items));
    for (ArchiveItem item : items) {
      entries.put(ArchiveCatalogueSheet.path(item), archive.content(item));
    }
    audit.record(
        new AuditEntry(
            "ARCHIVE_EXPORT", actor.auditName(), actorId(actor), COLLECTION, county, null, null));
    try {
      return TransferPackage.write(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What an import did. */
  record ImportResult(int verifiedFiles, List<String> added, List<String> unchanged) {}

  /**
   * Reads a transfer package back: verifies every checksum and every catalogue line before writing,
   * then stores the documents this archive does not hold, in one transaction.
   */
  ImportResult importPackage(Actor actor, byte[] zip) {
    checkOfficer(actor);
    Map<String, byte[]> files;
    List<ArchiveCatalogueSheet.Line> lines;
    try {
      files = TransferPackage.read(zip);
      byte[] sheet = files.get(TransferPackage.CATALOGUE);
      if (sheet == null) {
        throw new PackageRefusedException(TransferPackage.CATALOGUE, "缺少档案目录");
      }
      lines = ArchiveCatalogueSheet.read(sheet);
      for (ArchiveCatalogueSheet.Line line : lines) {
        byte[] content = files.get(line.path());
        if (content == null) {
          throw new PackageRefusedException(
              line.path(), "目录中档号 " + line.item().archiveNo() + " 的文件不在包内");
        }
        if (!line.item().sha256().equals(org.civgis.web.placename.ArchiveService.sha256(content))) {
          throw new PackageRefusedException(
              line.path(), "SHA-256 与目录中档号 " + line.item().archiveNo() + " 的不符");
        }
      }
    } catch (PackageRefusedException e) {
      throw new InvalidFeatureException(
          e.entry() == null ? "package" : e.entry(), e.reason() + "；未导入任何数据");
    }
    for (ArchiveCatalogueSheet.Line line : lines) {
      checkCounty(actor, line.item().archiveNo().countyCode());
    }
    return transaction.execute(
        tx -> {
          List<String> added = new ArrayList<>();
          List<String> unchanged = new ArrayList<>();
          for (ArchiveCatalogueSheet.Line line : lines) {
            ArchiveItem item = line.item();
            String number = item.archiveNo().toString();
            var held = archive.findByNumber(number);
            if (held.isPresent()) {
              if (!held.get().sha256().equals(item.sha256())) {
                throw new ConflictException(
                    "档号 " + number + " 已有档案，其文件与包内「" + line.path() + "」不同；未导入任何数据");
              }
              unchanged.add(number);
              continue;
            }
            byte[] content = files.get(line.path());
            ArchiveItem stored =
                new ArchiveItem(
                    0,
                    item.archiveNo(),
                    item.category(),
                    item.placeNameCode(),
                    names.history(item.placeNameCode()).stream()
                        .filter(n -> n.text().standardName().equals(item.standardName()))
                        .map(PlaceName::id)
                        .reduce((a, b) -> b)
                        .orElse(null),
                    item.standardName(),
                    item.title(),
                    item.documentDate(),
                    item.retention(),
                    item.classification(),
                    item.pages(),
                    item.fileName(),
                    item.mediaType(),
                    content.length,
                    item.sha256(),
                    null);
            try {
              archive.insertNumbered(stored, content, actor.auditName());
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
              throw new ConflictException("档号 " + number + " 不能导入（与已有档案冲突）；未导入任何数据");
            }
            added.add(number);
          }
          audit.record(
              new AuditEntry(
                  "ARCHIVE_IMPORT",
                  actor.auditName(),
                  actorId(actor),
                  COLLECTION,
                  null,
                  null,
                  "{\"added\":" + added.size() + ",\"unchanged\":" + unchanged.size() + "}"));
          return new ImportResult(files.size(), added, unchanged);
        });
  }

  /** The county code (6 digits) of a county parameter written as 6 or 12 digits. */
  static String county(String value) {
    String v = value == null ? "" : value.trim();
    if (v.matches("[0-9]{6}(000000)?")) {
      return v.substring(0, 6);
    }
    throw new InvalidParameterException("county", "须为县级区划代码（6 位或 12 位），收到 \"" + value + "\"");
  }

  private void checkOfficer(Actor actor) {
    if (actor.role().filter(PlaceNameRights.EDITORS::contains).isEmpty()) {
      throw new ForbiddenException("只有系统管理员和区划地名管理员可以管理地名档案");
    }
  }

  private void checkCounty(Actor actor, String county) {
    checkOfficer(actor);
    guard.checkWrite(actor, county + "000000", null);
  }

  /**
   * The code prefix an actor browses: the division asked for (inside the jurisdiction) or all of
   * it.
   */
  private String visiblePrefix(Actor actor, String division) {
    checkOfficer(actor);
    String own = DivisionPrefix.of(actor.user().jurisdictionCode(), "division");
    String asked = DivisionPrefix.of(division, "division");
    if (asked == null) {
      return own;
    }
    if (own != null && !asked.startsWith(own)) {
      String full = (asked + "000000000000").substring(0, 12);
      guard.checkWrite(actor, full, null);
    }
    return asked;
  }

  static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Long actorId(Actor actor) {
    return actor.user() == null ? null : actor.user().id();
  }
}
