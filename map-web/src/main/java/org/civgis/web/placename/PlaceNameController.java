package org.civgis.web.placename;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.placename.AnnualUpdate;
import org.civgis.gazetteer.placename.NameAttachment;
import org.civgis.gazetteer.placename.NameLifecycle;
import org.civgis.gazetteer.placename.NameReview;
import org.civgis.gazetteer.placename.NameStatus;
import org.civgis.gazetteer.placename.PlaceName;
import org.civgis.gazetteer.placename.PlaceNameRepository;
import org.civgis.web.ogc.FeatureJson;
import org.civgis.web.problem.InvalidFeatureException;
import org.civgis.web.problem.NotFoundException;
import org.civgis.web.problem.PreconditionFailedException;
import org.civgis.web.security.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The lifecycle of a place name: its record, steps, reviews, attachments and lineage. */
@RestController
class PlaceNameController {
  private static final long MAX_ATTACHMENT_BYTES = 8 * 1024 * 1024;

  private final PlaceNameRepository names;
  private final PlaceNameService service;
  private final FeatureJson featureJson;
  private final AnnualUpdate annualUpdate;
  private final org.civgis.boundary.division.DivisionRepository divisions;
  private final tools.jackson.databind.json.JsonMapper json;
  private final org.civgis.gazetteer.placename.heritage.HeritageRepository heritage;

  private final java.time.Clock clock;

  PlaceNameController(
      org.civgis.gazetteer.placename.heritage.HeritageRepository heritage,
      PlaceNameRepository names,
      PlaceNameService service,
      FeatureJson featureJson,
      AnnualUpdate annualUpdate,
      org.civgis.boundary.division.DivisionRepository divisions,
      tools.jackson.databind.json.JsonMapper json,
      java.time.Clock clock) {
    this.heritage = heritage;
    this.names = names;
    this.service = service;
    this.featureJson = featureJson;
    this.annualUpdate = annualUpdate;
    this.divisions = divisions;
    this.json = json;
    this.clock = clock;
  }

  /**
   * The name with its history: steps, reviews, attachments, what it replaced and what replaced it.
   */
  @GetMapping("/api/place-names/{id}")
  ResponseEntity<Map<String, Object>> detail(@PathVariable long id) {
    PlaceName name = visible(id);
    boolean drafts = Actor.current().seesDrafts();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("feature", featureJson.document(PlaceNameFeatures.feature(name)));
    body.put("steps", names.steps(id));
    body.put("reviews", names.reviews(id));
    body.put("attachments", names.attachments(id));
    body.put("heritage", heritage.findByPlaceName(id).map(HeritageController::json).orElse(null));
    body.put("warnings", heritageWarnings(name));
    body.put("predecessors", lineageBack(name));
    // proposals (a renaming in procedure, a withdrawn one) are officers' business only
    body.put(
        "successors",
        names.successors(id).stream()
            .filter(n -> drafts || n.status().isStandard())
            .map(PlaceNameController::summary)
            .toList());
    body.put(
        "history",
        names.history(name.code()).stream()
            .filter(n -> drafts || n.status().isStandard())
            .map(PlaceNameController::summary)
            .toList());
    return ResponseEntity.ok().eTag(name.etag()).body(body);
  }

  /**
   * One step of the lifecycle, e.g. {@code {"target":"APPROVED","on":"2024-03-10","approval":
   * {"authority":"…","date":"…","documentNo":"…"}}}.
   */
  @PostMapping("/api/place-names/{id}/steps")
  ResponseEntity<Map<String, Object>> step(
      @PathVariable long id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody StepRequest request) {
    PlaceName stepped =
        service.step(id, requireIfMatch(ifMatch), request.toStep(), Actor.current());
    return ResponseEntity.ok()
        .eTag(stepped.etag())
        .body(Map.of("feature", featureJson.document(PlaceNameFeatures.feature(stepped))));
  }

  /** Records an expert evaluation or a public consultation. */
  @PostMapping("/api/place-names/{id}/reviews")
  ResponseEntity<Void> review(@PathVariable long id, @RequestBody ReviewRequest request) {
    service.addReview(id, request.toReview(Actor.current().auditName()), Actor.current());
    return ResponseEntity.noContent().build();
  }

  /** Proposes a new name for the feature (a renaming); the body is the new name's properties. */
  @PostMapping("/api/place-names/{id}/renaming")
  ResponseEntity<Map<String, Object>> renaming(
      @PathVariable long id, @RequestBody Map<String, Object> properties) {
    PlaceName proposal = service.proposeRenaming(id, NameInput.text(properties), Actor.current());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("feature", featureJson.document(PlaceNameFeatures.feature(proposal)));
    body.put("warnings", heritageWarnings(proposal));
    return ResponseEntity.status(201).eTag(proposal.etag()).body(body);
  }

  /** Uploads a document or photo (multipart field {@code file}, optional {@code description}). */
  @PostMapping(
      path = "/api/place-names/{id}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Map<String, Object>> attach(
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      @RequestParam(name = "description", required = false) String description)
      throws IOException {
    if (file.isEmpty()) {
      throw new InvalidFeatureException("file", "文件为空");
    }
    if (file.getSize() > MAX_ATTACHMENT_BYTES) {
      throw new InvalidFeatureException("file", "附件不能超过 8 MB");
    }
    byte[] content = file.getBytes();
    String mediaType = uploadedMediaType(file.getContentType());
    String fileName = file.getOriginalFilename() == null ? "附件" : file.getOriginalFilename();
    long attachmentId =
        service.addAttachment(
            id,
            new NameAttachment(
                0,
                fileName,
                mediaType,
                content.length,
                sha256(content),
                description,
                Actor.current().auditName()),
            content,
            Actor.current());
    return ResponseEntity.status(201).body(Map.of("id", attachmentId, "fileName", fileName));
  }

  /** Downloads an attachment. */
  @GetMapping("/api/place-names/{id}/attachments/{attachmentId}")
  ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
    visible(id);
    NameAttachment attachment =
        names.attachments(id).stream()
            .filter(a -> a.id() == attachmentId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("没有这个附件"));
    byte[] content = names.attachmentContent(id, attachmentId).orElseThrow();
    return ResponseEntity.ok()
        .contentType(servedMediaType(attachment.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(content);
  }

  /**
   * How many changes each of the last six years' annual updates holds (the year before this one
   * first, this year last), within {@code division}: the dialog picks the year with data and says
   * when a year has none. For officers.
   */
  @GetMapping("/api/place-names/annual-update/years")
  @org.springframework.security.access.prepost.PreAuthorize(
      "hasAnyRole('ADMIN', 'NAME_OFFICER', 'INSPECTOR', 'PLANNER')")
  AnnualUpdateYears annualUpdateYears(@RequestParam(required = false) String division) {
    String prefix = DivisionPrefix.of(division, "division");
    int thisYear = LocalDate.now(clock).getYear();
    List<AnnualUpdateYears.Year> years = new ArrayList<>();
    for (int year = thisYear; year > thisYear - 6; year--) {
      years.add(new AnnualUpdateYears.Year(year, annualUpdate.changes(year, prefix).size()));
    }
    return new AnnualUpdateYears(thisYear - 1, years);
  }

  /**
   * The annual update (地名信息更新上报) of {@code year}: {@code format=xlsx} (default) or {@code csv};
   * {@code division} narrows it to the counties under a code. For officers.
   */
  @GetMapping("/api/place-names/annual-update")
  @org.springframework.security.access.prepost.PreAuthorize(
      "hasAnyRole('ADMIN', 'NAME_OFFICER', 'INSPECTOR', 'PLANNER')")
  ResponseEntity<byte[]> annualUpdate(
      @RequestParam int year,
      @RequestParam(required = false) String division,
      @RequestParam(defaultValue = "xlsx") String format) {
    if (year < 1949 || year > 2100) {
      throw new org.civgis.web.problem.InvalidParameterException("year", "须为四位年份");
    }
    String prefix = DivisionPrefix.of(division, "division");
    List<AnnualUpdate.Row> rows = annualUpdate.changes(year, prefix);
    String fileName = year + "年度地名信息更新";
    if (format.equals("csv")) {
      return download(AnnualUpdateExport.csv(rows), "text/csv;charset=UTF-8", fileName + ".csv");
    }
    if (!format.equals("xlsx")) {
      throw new org.civgis.web.problem.InvalidParameterException("format", "须为 xlsx 或 csv");
    }
    Map<String, String> counties = new LinkedHashMap<>();
    for (AnnualUpdate.Row row : rows) {
      counties.computeIfAbsent(
          row.countyCode(),
          code ->
              divisions
                  .findByCode(code + "000000", LocalDate.of(year, 12, 31))
                  .map(org.civgis.boundary.division.Division::name)
                  .orElse(""));
    }
    return download(
        AnnualUpdateExport.xlsx(year, rows, counties),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        fileName + ".xlsx");
  }

  private static ResponseEntity<byte[]> download(
      byte[] content, String mediaType, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(mediaType))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(content);
  }

  /**
   * The archive of a feature's names (地名档案) as a ZIP: {@code archive.json} with every name the
   * feature has had or been proposed for, each with its steps, reviews and attachments, and the
   * attachments themselves under {@code attachments/}.
   */
  @GetMapping("/api/place-names/{id}/archive")
  @org.springframework.security.access.prepost.PreAuthorize(
      "hasAnyRole('ADMIN', 'NAME_OFFICER', 'INSPECTOR', 'PLANNER')")
  ResponseEntity<byte[]> archive(@PathVariable long id) throws IOException {
    PlaceName name = service.find(id);
    List<Map<String, Object>> versions = new ArrayList<>();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      for (PlaceName version : names.history(name.code())) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("feature", featureJson.document(PlaceNameFeatures.feature(version)));
        entry.put("steps", names.steps(version.id()));
        entry.put("reviews", names.reviews(version.id()));
        List<NameAttachment> attachments = names.attachments(version.id());
        entry.put("attachments", attachments);
        versions.add(entry);
        for (NameAttachment attachment : attachments) {
          zip.putNextEntry(
              new java.util.zip.ZipEntry(
                  "attachments/"
                      + attachment.id()
                      + "-"
                      + attachment.fileName().replaceAll("[/\\\\]", "_")));
          zip.write(names.attachmentContent(version.id(), attachment.id()).orElseThrow());
          zip.closeEntry();
        }
      }
      Map<String, Object> archive = new LinkedHashMap<>();
      archive.put("code", name.code());
      archive.put("exportedOn", java.time.LocalDate.now().toString());
      archive.put("names", versions);
      zip.putNextEntry(new java.util.zip.ZipEntry("archive.json"));
      zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(archive));
      zip.closeEntry();
    }
    return download(bytes.toByteArray(), "application/zip", "地名档案-" + name.code() + ".zip");
  }

  /** The declared type of an upload, checked; none declared is {@code application/octet-stream}. */
  private static String uploadedMediaType(String declared) {
    if (declared == null || declared.isBlank()) {
      return MediaType.APPLICATION_OCTET_STREAM_VALUE;
    }
    try {
      return MediaType.parseMediaType(declared).toString();
    } catch (InvalidMediaTypeException e) {
      throw new InvalidFeatureException("file", "文件类型（Content-Type）「" + declared + "」不是有效的媒体类型");
    }
  }

  /**
   * The type an attachment is served as: its own, except that what a browser would run (HTML, SVG,
   * XML, scripts) and what cannot be read (stored before types were checked) go out as {@code
   * application/octet-stream}.
   */
  static MediaType servedMediaType(String stored) {
    try {
      MediaType type = MediaType.parseMediaType(stored);
      String subtype = type.getSubtype().toLowerCase(java.util.Locale.ROOT);
      boolean active =
          type.getType().equalsIgnoreCase("text")
                  && !subtype.equals("plain")
                  && !subtype.equals("csv")
              || subtype.contains("html")
              || subtype.equals("xml")
              || subtype.endsWith("+xml")
              || subtype.contains("javascript")
              || subtype.contains("ecmascript");
      return active || type.isWildcardType() || type.isWildcardSubtype()
          ? MediaType.APPLICATION_OCTET_STREAM
          : type;
    } catch (InvalidMediaTypeException e) {
      return MediaType.APPLICATION_OCTET_STREAM;
    }
  }

  /** A name the current actor may see: standard names for all, others for officers. */
  private PlaceName visible(long id) {
    PlaceName name = service.find(id);
    if (!name.status().isStandard() && !Actor.current().seesDrafts()) {
      throw new NotFoundException("没有编号为 " + id + " 的地名");
    }
    return name;
  }

  /**
   * The warnings of a name whose procedure changes a protected name: a renaming proposal of a name
   * on the heritage list, or a protected standard name itself (its renaming or retirement).
   */
  private List<Map<String, Object>> heritageWarnings(PlaceName name) {
    String renamed =
        name.status() == NameStatus.PROPOSED || name.status() == NameStatus.UNDER_REVIEW
            ? service.protectedNameChanged(name, NameStatus.APPROVED)
            : null;
    if (renamed != null) {
      return List.of(
          Map.of(
              "code",
              "HERITAGE",
              "message",
              "「" + renamed + "」已列入地名文化保护名录：更名须经地名文化保护评估（HERITAGE_REVIEW）并记录结论，方可批准"));
    }
    if (name.status().isCurrentStandard()
        && service.protectedNameChanged(name, NameStatus.RETIRED) != null) {
      return List.of(
          Map.of(
              "code",
              "HERITAGE",
              "message",
              "「" + name.text().standardName() + "」已列入地名文化保护名录：更名或注销须经地名文化保护评估"));
    }
    return List.of();
  }

  private List<Map<String, Object>> lineageBack(PlaceName name) {
    List<Map<String, Object>> chain = new ArrayList<>();
    Long previous = name.supersedesId();
    while (previous != null && chain.size() < 100) {
      PlaceName before = service.find(previous);
      chain.add(summary(before));
      previous = before.supersedesId();
    }
    return chain;
  }

  static Map<String, Object> summary(PlaceName name) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("id", name.id());
    s.put("standardName", name.text().standardName());
    s.put("status", name.status().name());
    s.put("statusName", name.status().chineseName());
    s.put("validFrom", name.validFrom());
    s.put("validTo", name.validTo());
    s.put("supersedesId", name.supersedesId());
    return s;
  }

  private static String requireIfMatch(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw PreconditionFailedException.missing();
    }
    return ifMatch.trim();
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidFeatureException(field, "须为日期，例如 2024-03-10");
    }
  }

  /** A step as a client sends it. */
  record StepRequest(
      String target,
      String on,
      ApprovalRequest approval,
      AnnouncementRequest announcement,
      String note) {
    NameLifecycle.Step toStep() {
      NameStatus status;
      try {
        status = NameStatus.valueOf(String.valueOf(target));
      } catch (IllegalArgumentException e) {
        throw new InvalidFeatureException("target", "未知的状态 " + target);
      }
      LocalDate day = date(on, "on");
      if (day == null) {
        throw new InvalidFeatureException("on", "须给出办理日期");
      }
      return new NameLifecycle.Step(
          status,
          day,
          approval == null
              ? null
              : new PlaceName.Approval(
                  approval.authority(),
                  date(approval.date(), "approval.date"),
                  approval.documentNo()),
          announcement == null
              ? null
              : new PlaceName.Announcement(
                  announcement.number(), date(announcement.date(), "announcement.date")),
          note);
    }
  }

  record ApprovalRequest(String authority, String date, String documentNo) {}

  record AnnouncementRequest(String number, String date) {}

  /** A review as a client sends it. */
  record ReviewRequest(
      String kind, String startedOn, String endedOn, String opinions, String conclusion) {
    NameReview toReview(String recordedBy) {
      NameReview.Kind reviewKind;
      try {
        reviewKind = NameReview.Kind.valueOf(String.valueOf(kind));
      } catch (IllegalArgumentException e) {
        throw new InvalidFeatureException(
            "kind", "须为 EXPERT_EVALUATION、PUBLIC_CONSULTATION 或 HERITAGE_REVIEW");
      }
      try {
        return new NameReview(
            reviewKind,
            date(startedOn, "startedOn"),
            date(endedOn, "endedOn"),
            opinions,
            conclusion,
            recordedBy);
      } catch (IllegalArgumentException e) {
        throw new InvalidFeatureException("startedOn", "须给出开始日期和意见；结束日期不能早于开始日期");
      }
    }
  }
}
