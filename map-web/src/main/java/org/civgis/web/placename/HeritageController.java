package org.civgis.web.placename;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.civgis.gazetteer.placename.NameAttachment;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.gazetteer.placename.heritage.HeritageCriterion;
import org.civgis.gazetteer.placename.heritage.HeritageEntry;
import org.civgis.gazetteer.placename.heritage.HeritageRepository;
import org.civgis.web.audit.AuditEntry;
import org.civgis.web.audit.AuditLog;
import org.civgis.web.problem.ConflictException;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.security.Actor;
import org.locationtech.jts.geom.Point;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The heritage list (地名文化保护名录): everyone reads it (a list and points for the map); name officers
 * and administrators list a current standard name of their jurisdiction with its criteria, story
 * and sources, and add photos.
 */
@RestController
class HeritageController {
  private final HeritageRepository heritage;
  private final PlaceNameRepository names;
  private final PlaceNameService service;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;

  HeritageController(
      HeritageRepository heritage,
      PlaceNameRepository names,
      PlaceNameService service,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock) {
    this.heritage = heritage;
    this.names = names;
    this.service = service;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The list, optionally of one division ({@code division}: a code or prefix). */
  @GetMapping("/api/heritage")
  Map<String, Object> list(@RequestParam(required = false) String division) {
    List<Map<String, Object>> items = new ArrayList<>();
    for (HeritageEntry entry : heritage.list(DivisionPrefix.of(division, "division"))) {
      PlaceName name = service.find(entry.placeNameId());
      Map<String, Object> item = json(entry);
      item.put("standardName", name.text().standardName());
      item.put("code", name.code());
      item.put("romanization", name.text().romanization());
      item.put("categoryCode", name.text().categoryCode());
      item.put("divisionCode", name.divisionCode());
      item.put("status", name.status().name());
      Point at = name.geometry() == null ? null : name.geometry().getInteriorPoint();
      item.put("point", at == null || at.isEmpty() ? null : List.of(at.getX(), at.getY()));
      items.add(item);
    }
    return Map.of("items", items);
  }

  /**
   * Lists name {@code id} (or corrects its entry): {@code criteria}, {@code story}, {@code
   * sources}.
   */
  @PutMapping("/api/heritage/{id}")
  Map<String, Object> save(@PathVariable long id, @RequestBody EntryRequest request) {
    Actor actor = Actor.current();
    Set<HeritageCriterion> criteria = EnumSet.noneOf(HeritageCriterion.class);
    for (String c : request.criteria() == null ? List.<String>of() : request.criteria()) {
      try {
        criteria.add(HeritageCriterion.valueOf(String.valueOf(c)));
      } catch (IllegalArgumentException e) {
        throw new InvalidFeatureException(
            "criteria", "未知的保护依据 " + c + "；须为 AGE_OF_USE、HISTORICAL_EVENT 或 ETHNIC_CULTURAL");
      }
    }
    if (criteria.isEmpty()) {
      throw new InvalidFeatureException("criteria", "至少选择一项保护依据");
    }
    if (blank(request.story())) {
      throw new InvalidFeatureException("story", "须写明地名的来历与故事");
    }
    if (blank(request.sources())) {
      throw new InvalidFeatureException("sources", "须写明资料来源（文献、页码或网址）");
    }
    HeritageEntry stored =
        transaction.execute(
            tx -> {
              PlaceName name = service.find(id);
              service.checkEdit(actor, name);
              if (!name.status().isCurrentStandard()) {
                throw new ConflictException(
                    "只有现行标准地名可以列入地名文化保护名录；「"
                        + name.text().standardName()
                        + "」为"
                        + name.status().chineseName());
              }
              HeritageEntry entry =
                  heritage.save(
                      new HeritageEntry(
                          0,
                          id,
                          criteria,
                          blank(request.inUseSince()) ? null : request.inUseSince().trim(),
                          request.story().trim(),
                          request.sources().trim(),
                          LocalDate.now(clock),
                          actor.auditName(),
                          List.of()));
              audit.record(
                  new AuditEntry(
                      "HERITAGE_LIST",
                      actor.auditName(),
                      actor.user() == null ? null : actor.user().id(),
                      PlaceNameService.COLLECTION,
                      Long.toString(id),
                      null,
                      null));
              return entry;
            });
    return json(stored);
  }

  /** Adds a photo to the entry of name {@code id} (multipart field {@code file}). */
  @PostMapping(path = "/api/heritage/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> photo(
      @PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
    if (file.isEmpty()
        || file.getContentType() == null
        || !file.getContentType().startsWith("image/")) {
      throw new InvalidFeatureException("file", "须为图片文件（image/*）");
    }
    if (file.getSize() > 8 * 1024 * 1024) {
      throw new InvalidFeatureException("file", "照片不能超过 8 MB");
    }
    HeritageEntry entry =
        heritage
            .findByPlaceName(id)
            .orElseThrow(() -> new ConflictException("编号为 " + id + " 的地名未列入地名文化保护名录"));
    byte[] content = file.getBytes();
    long attachmentId =
        transaction.execute(
            tx -> {
              long stored =
                  service.addAttachment(
                      id,
                      new NameAttachment(
                          0,
                          file.getOriginalFilename() == null ? "照片" : file.getOriginalFilename(),
                          MediaType.parseMediaType(file.getContentType()).toString(),
                          content.length,
                          ArchiveService.sha256(content),
                          "地名文化保护照片",
                          Actor.current().auditName()),
                      content,
                      Actor.current());
              heritage.addPhoto(entry.id(), stored);
              return stored;
            });
    return ResponseEntity.status(201).body(Map.of("id", attachmentId));
  }

  static Map<String, Object> json(HeritageEntry entry) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("placeNameId", entry.placeNameId());
    m.put(
        "criteria",
        entry.criteria().stream()
            .sorted()
            .map(c -> Map.of("code", c.name(), "name", c.chineseName()))
            .toList());
    m.put("inUseSince", entry.inUseSince());
    m.put("story", entry.story());
    m.put("sources", entry.sources());
    m.put("listedOn", entry.listedOn().toString());
    m.put("listedBy", entry.listedBy());
    m.put("photoIds", entry.photoIds());
    return m;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** An entry as a client sends it. */
  record EntryRequest(List<String> criteria, String inUseSince, String story, String sources) {}
}
