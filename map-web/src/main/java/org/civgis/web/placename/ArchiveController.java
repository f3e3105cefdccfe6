package org.civgis.web.placename;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civgis.gazetteer.placename.archive.ArchiveCategory;
import org.civgis.gazetteer.placename.archive.ArchiveItem;
import org.civgis.web.problem.InvalidParameterException;
import org.civgis.web.security.Actor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Place-name archives (地名档案): the catalogue, cataloguing a county, its transfer package and the
 * import of one. For name officers and administrators within their jurisdiction.
 */
@RestController
class ArchiveController {
  private static final long MAX_PACKAGE_BYTES = 512L * 1024 * 1024;

  private final ArchiveService service;

  ArchiveController(ArchiveService service) {
    this.service = service;
  }

  /**
   * The catalogue: {@code division} (a code or prefix), {@code q} (in the title, the name, the
   * archive number or the file name), {@code category}, {@code code} (a feature's place-name code).
   */
  @GetMapping("/api/name-archives")
  Map<String, Object> catalogue(
      @RequestParam(required = false) String division,
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String category,
      @RequestParam(required = false) String code,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(defaultValue = "0") long offset) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidParameterException("limit", "须在 1 到 1000 之间");
    }
    if (offset < 0) {
      throw new InvalidParameterException("offset", "不能为负数");
    }
    ArchiveCategory kind = category(category);
    Actor actor = Actor.current();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("numberMatched", service.count(actor, division, q, kind, code));
    body.put(
        "items",
        service.find(actor, division, q, kind, code, limit, offset).stream()
            .map(ArchiveController::json)
            .toList());
    return body;
  }

  /** Files what is new in the county's archives (attachments, survey and sign records). */
  @PostMapping("/api/name-archives/{county}/catalogue")
  Map<String, Object> catalogueCounty(@PathVariable String county) {
    Map<ArchiveCategory, Integer> added =
        service.catalogue(Actor.current(), ArchiveService.county(county));
    Map<String, Object> body = new LinkedHashMap<>();
    added.forEach((k, v) -> body.put(k.name(), v));
    return Map.of("added", body);
  }

  /** The county's transfer package (ZIP: 目录.xlsx, 文件/…, manifest-sha256.txt). */
  @GetMapping("/api/name-archives/{county}/package")
  ResponseEntity<byte[]> exportPackage(@PathVariable String county) {
    String code = ArchiveService.county(county);
    byte[] zip = service.export(Actor.current(), code);
    return download(zip, "application/zip", "地名档案移交包-" + code + ".zip");
  }

  /**
   * Reads a transfer package back (body: the ZIP); refuses it whole unless every checksum holds.
   */
  @PostMapping(
      path = "/api/name-archives/import",
      consumes = {"application/zip", "application/octet-stream", "application/x-zip-compressed"})
  ResponseEntity<Map<String, Object>> importPackage(@RequestBody byte[] zip) {
    if (zip.length == 0) {
      throw new InvalidParameterException("body", "请求体为空；须为移交包 ZIP 文件");
    }
    if (zip.length > MAX_PACKAGE_BYTES) {
      throw new InvalidParameterException("body", "移交包超过 512 MB");
    }
    ArchiveService.ImportResult result = service.importPackage(Actor.current(), zip);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("verifiedFiles", result.verifiedFiles());
    body.put("added", result.added());
    body.put("unchanged", result.unchanged());
    return ResponseEntity.ok(body);
  }

  /** The file of a catalogued document. */
  @GetMapping("/api/name-archives/items/{archiveNo}/file")
  ResponseEntity<byte[]> file(@PathVariable String archiveNo) {
    Map.Entry<ArchiveItem, byte[]> file = service.file(Actor.current(), archiveNo);
    return ResponseEntity.ok()
        .contentType(PlaceNameController.servedMediaType(file.getKey().mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.getKey().fileName(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(file.getValue());
  }

  static Map<String, Object> json(ArchiveItem item) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("archiveNo", item.archiveNo().toString());
    m.put("category", item.category().name());
    m.put("categoryName", item.category().chineseName());
    m.put("placeNameCode", item.placeNameCode());
    m.put("placeNameId", item.placeNameId());
    m.put("standardName", item.standardName());
    m.put("title", item.title());
    m.put("documentDate", item.documentDate().toString());
    m.put("retention", item.retention().name());
    m.put("retentionName", item.retention().chineseName());
    m.put("classification", item.classification().name());
    m.put("classificationName", item.classification().chineseName());
    m.put("pages", item.pages());
    m.put("fileName", item.fileName());
    m.put("mediaType", item.mediaType());
    m.put("sizeBytes", item.sizeBytes());
    m.put("sha256", item.sha256());
    return m;
  }

  private static ArchiveCategory category(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return ArchiveCategory.valueOf(value.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "category",
          "须为 "
              + String.join("、", List.of("PROCEDURE", "SURVEY", "SIGN"))
              + " 之一，收到 \""
              + value
              + "\"");
    }
  }

  private static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(fileName, StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(content);
  }
}
