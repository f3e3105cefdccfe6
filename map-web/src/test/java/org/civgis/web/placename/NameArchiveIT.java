package org.civgis.web.placename;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.civgis.gazetteer.placename.archive.ArchiveCategory;
import org.civgis.gazetteer.placename.archive.ArchiveItem;
import org.civgis.gazetteer.placename.archive.ArchiveNumber;
import org.civgis.gazetteer.placename.archive.Classification;
import org.civgis.gazetteer.placename.archive.Retention;
import org.civgis.gazetteer.placename.archive.TransferPackage;
import org.civgis.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Place-name archives over HTTP: cataloguing a county, browsing, the transfer package out and back
 * in (a round trip), the refusal of a tampered package naming the file, and jurisdiction.
 */
class NameArchiveIT extends WebIntegrationTest {
  private static final String FUKANG = "652302";
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  // ---- helpers

  private HttpResponse<byte[]> bytes(
      String method, String path, String user, String type, byte[] body) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(body));
    if (user != null) {
      request.header("Authorization", "Bearer " + tokenOf(user));
    }
    if (type != null) {
      request.header("Content-Type", type);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private JsonNode json(HttpResponse<byte[]> response, int status) {
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(response.statusCode()).as(text).isEqualTo(status);
    return JSON.readTree(text);
  }

  /** A standard name of 阜康市 with a new attachment; returns {id, code, sha256}. */
  private String[] attachToFukangName(byte[] content, String description) {
    JsonNode names =
        getJson("/ogc/collections/place-names/items?division=" + FUKANG + "000000&limit=3", 200);
    JsonNode name = names.path("features").get(1);
    String id = name.path("id").asString();
    String boundary = "archive" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                + description
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"批复.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<byte[]> uploaded =
        bytes(
            "POST",
            "/api/place-names/" + id + "/attachments",
            "fukang.officer",
            "multipart/form-data; boundary=" + boundary,
            body.toByteArray());
    json(uploaded, 201);
    return new String[] {id, name.path("properties").path("code").asString()};
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  private static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A document from another system: a number of 阜康市 no run has used, its file and its line. */
  private static ArchiveItem foreignItem(String code, String title, byte[] content) {
    ArchiveNumber number =
        new ArchiveNumber(
            FUKANG, 1901, Retention.YEARS_10, ThreadLocalRandom.current().nextInt(1, 10_000));
    return new ArchiveItem(
        0,
        number,
        ArchiveCategory.PROCEDURE,
        code,
        null,
        "阜康市测试地名",
        title,
        LocalDate.of(1901, 5, 4),
        Retention.YEARS_10,
        Classification.INTERNAL,
        3,
        "征求意见汇总.txt",
        "text/plain",
        content.length,
        ArchiveService.sha256(content),
        null);
  }

  private static byte[] foreignPackage(List<ArchiveItem> items, List<byte[]> files)
      throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put(TransferPackage.CATALOGUE, ArchiveCatalogueSheet.write(items));
    for (int i = 0; i < items.size(); i++) {
      entries.put(ArchiveCatalogueSheet.path(items.get(i)), files.get(i));
    }
    return TransferPackage.write(entries);
  }

  private JsonNode catalogueOf(String query) {
    return json(
        bytes(
            "GET",
            "/api/name-archives?division=" + FUKANG + "&limit=1000" + query,
            "fukang.officer",
            null,
            null),
        200);
  }

  // ---- cataloguing, browsing, round trip

  @Test
  void aCountysArchiveIsCataloguedBrowsedExportedAndReadBackUnchanged() throws IOException {
    byte[] pdf = ("%PDF-1.4 批复 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    String description = "命名批复" + System.nanoTime();
    attachToFukangName(pdf, description);

    JsonNode added =
        json(
                bytes(
                    "POST",
                    "/api/name-archives/" + FUKANG + "/catalogue",
                    "fukang.officer",
                    null,
                    null),
                200)
            .path("added");
    assertThat(added.path("PROCEDURE").asInt()).isGreaterThanOrEqualTo(1);
    JsonNode again =
        json(
                bytes(
                    "POST",
                    "/api/name-archives/" + FUKANG + "/catalogue",
                    "fukang.officer",
                    null,
                    null),
                200)
            .path("added");
    assertThat(again.path("PROCEDURE").asInt()).as("nothing is filed twice").isZero();
    assertThat(again.path("SURVEY").asInt()).isZero();

    JsonNode found =
        catalogueOf("&q=" + java.net.URLEncoder.encode(description, StandardCharsets.UTF_8));
    assertThat(found.path("numberMatched").asInt()).isEqualTo(1);
    JsonNode line = found.path("items").get(0);
    assertThat(line.path("archiveNo").asString()).matches("652302-DM-\\d{4}-Y-\\d{4}");
    assertThat(line.path("retentionName").asString()).isEqualTo("永久");
    assertThat(line.path("sha256").asString()).isEqualTo(ArchiveService.sha256(pdf));
    HttpResponse<byte[]> file =
        bytes(
            "GET",
            "/api/name-archives/items/" + line.path("archiveNo").asString() + "/file",
            "fukang.officer",
            null,
            null);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(pdf);
    assertThat(catalogueOf("&category=SURVEY").path("numberMatched").asInt()).isPositive();

    HttpResponse<byte[]> exported =
        bytes("GET", "/api/name-archives/" + FUKANG + "/package", "fukang.officer", null, null);
    assertThat(exported.statusCode()).isEqualTo(200);
    Map<String, byte[]> verified = TransferPackage.read(exported.body());
    List<ArchiveCatalogueSheet.Line> lines =
        ArchiveCatalogueSheet.read(verified.get(TransferPackage.CATALOGUE));
    assertThat(lines).hasSize(catalogueOf("").path("numberMatched").asInt());
    for (ArchiveCatalogueSheet.Line l : lines) {
      assertThat(ArchiveService.sha256(verified.get(l.path()))).isEqualTo(l.item().sha256());
    }
    assertThat(unzip(exported.body())).containsKey(TransferPackage.MANIFEST);

    JsonNode imported =
        json(
            bytes(
                "POST",
                "/api/name-archives/import",
                "fukang.officer",
                "application/zip",
                exported.body()),
            200);
    assertThat(imported.path("added")).isEmpty();
    assertThat(imported.path("unchanged")).hasSize(lines.size());
    assertThat(imported.path("verifiedFiles").asInt()).isEqualTo(lines.size() + 1);
  }

  @Test
  void aPackageFromElsewhereIsImportedAndExportedAgainIdentically() throws IOException {
    byte[] content = ("征求意见汇总 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    ArchiveItem item = foreignItem("652302-900001", "「阜康市测试地名」征求意见汇总", content);
    byte[] zip = foreignPackage(List.of(item), List.of(content));

    JsonNode imported =
        json(
            bytes("POST", "/api/name-archives/import", "fukang.officer", "application/zip", zip),
            200);
    assertThat(imported.path("added").get(0).asString()).isEqualTo(item.archiveNo().toString());

    Map<String, byte[]> again =
        TransferPackage.read(
            bytes("GET", "/api/name-archives/" + FUKANG + "/package", "fukang.officer", null, null)
                .body());
    ArchiveCatalogueSheet.Line line =
        ArchiveCatalogueSheet.read(again.get(TransferPackage.CATALOGUE)).stream()
            .filter(l -> l.item().archiveNo().equals(item.archiveNo()))
            .findFirst()
            .orElseThrow();
    assertThat(line.item()).usingRecursiveComparison().isEqualTo(item);
    assertThat(line.path()).isEqualTo(ArchiveCatalogueSheet.path(item));
    assertThat(again.get(line.path())).isEqualTo(content);

    // the same package once more: held and identical, nothing added
    JsonNode twice =
        json(
            bytes("POST", "/api/name-archives/import", "fukang.officer", "application/zip", zip),
            200);
    assertThat(twice.path("added")).isEmpty();
    assertThat(twice.path("unchanged").get(0).asString()).isEqualTo(item.archiveNo().toString());
  }

  // ---- refusals

  @Test
  void oneChangedByteInAFileRefusesThePackageNamingTheFileAndWritesNothing() throws IOException {
    byte[] first = ("甲件 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    byte[] second = ("乙件 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    ArchiveItem a = foreignItem("652302-900002", "「阜康市测试地名」甲件", first);
    ArchiveItem b = foreignItem("652302-900003", "「阜康市测试地名」乙件", second);
    Map<String, byte[]> entries = unzip(foreignPackage(List.of(a, b), List.of(first, second)));
    String tampered = ArchiveCatalogueSheet.path(b);
    byte[] changed = entries.get(tampered).clone();
    changed[changed.length - 1] ^= 0x01;
    entries.put(tampered, changed);

    HttpResponse<byte[]> refused =
        bytes(
            "POST", "/api/name-archives/import", "fukang.officer", "application/zip", zip(entries));
    JsonNode problem = json(refused, 400);
    assertThat(refused.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(problem.path("detail").asString()).contains(tampered).contains("SHA-256");
    assertThat(problem.path("invalidParams").get(0).path("name").asString()).isEqualTo(tampered);
    // the intact first document was not written either
    assertThat(catalogueOf("&q=" + a.archiveNo()).path("numberMatched").asInt()).isZero();
    assertThat(catalogueOf("&q=" + b.archiveNo()).path("numberMatched").asInt()).isZero();

    // an exported package with one byte changed in one of its files likewise
    json(
        bytes("POST", "/api/name-archives/" + FUKANG + "/catalogue", "fukang.officer", null, null),
        200);
    Map<String, byte[]> exported =
        unzip(
            bytes("GET", "/api/name-archives/" + FUKANG + "/package", "fukang.officer", null, null)
                .body());
    String file =
        exported.keySet().stream()
            .filter(p -> p.startsWith(TransferPackage.FILES))
            .findFirst()
            .orElseThrow();
    byte[] bytes = exported.get(file).clone();
    bytes[0] ^= 0x20;
    exported.put(file, bytes);
    JsonNode exportedProblem =
        json(
            bytes(
                "POST",
                "/api/name-archives/import",
                "fukang.officer",
                "application/zip",
                zip(exported)),
            400);
    assertThat(exportedProblem.path("detail").asString()).contains(file);

    // a file the manifest does not list, and a package that is no ZIP
    Map<String, byte[]> extra = unzip(foreignPackage(List.of(a), List.of(first)));
    extra.put("文件/夹带.txt", "x".getBytes(StandardCharsets.UTF_8));
    assertThat(
            json(
                    bytes(
                        "POST",
                        "/api/name-archives/import",
                        "fukang.officer",
                        "application/zip",
                        zip(extra)),
                    400)
                .path("detail")
                .asString())
        .contains("文件/夹带.txt");
    assertThat(
            json(
                    bytes(
                        "POST",
                        "/api/name-archives/import",
                        "fukang.officer",
                        "application/zip",
                        "no zip".getBytes()),
                    400)
                .path("detail")
                .asString())
        .contains("ZIP");
    assertThat(catalogueOf("&q=" + a.archiveNo()).path("numberMatched").asInt()).isZero();
  }

  @Test
  void officersWorkOnTheArchivesOfTheirJurisdictionOnly() throws IOException {
    assertThat(
            bytes(
                    "POST",
                    "/api/name-archives/" + FUKANG + "/catalogue",
                    "changji.officer",
                    null,
                    null)
                .statusCode())
        .isEqualTo(403);
    JsonNode refused =
        json(
            bytes(
                "GET", "/api/name-archives/" + FUKANG + "/package", "changji.officer", null, null),
            403);
    assertThat(refused.path("detail").asString()).contains("不在您的辖区");
    assertThat(
            bytes("GET", "/api/name-archives?division=" + FUKANG, "changji.officer", null, null)
                .statusCode())
        .isEqualTo(403);
    assertThat(bytes("GET", "/api/name-archives", "viewer", null, null).statusCode())
        .isEqualTo(403);
    assertThat(bytes("GET", "/api/name-archives", null, null, null).statusCode()).isEqualTo(401);
    // the prefecture's officer sees the counties' archives; 昌吉市's officer sees only 昌吉市's
    assertThat(
            bytes("GET", "/api/name-archives?division=" + FUKANG, "prefecture.officer", null, null)
                .statusCode())
        .isEqualTo(200);
    JsonNode own =
        json(bytes("GET", "/api/name-archives?limit=1000", "changji.officer", null, null), 200);
    for (JsonNode item : own.path("items")) {
      assertThat(item.path("archiveNo").asString()).startsWith("652301-");
    }

    byte[] content = ("外县文件 " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    ArchiveItem item = foreignItem("652302-900004", "「阜康市测试地名」外县文件", content);
    byte[] zip = foreignPackage(List.of(item), List.of(content));
    assertThat(
            bytes("POST", "/api/name-archives/import", "changji.officer", "application/zip", zip)
                .statusCode())
        .isEqualTo(403);
    assertThat(catalogueOf("&q=" + item.archiveNo()).path("numberMatched").asInt()).isZero();
    assertThat(
            bytes("GET", "/api/name-archives/123456/package", "fukang.officer", null, null)
                .statusCode())
        .isEqualTo(403);
    JsonNode bad =
        json(bytes("GET", "/api/name-archives/65x/package", "fukang.officer", null, null), 400);
    assertThat(bad.path("detail").asString()).contains("county");
  }
}
