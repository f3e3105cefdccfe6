package org.civgis.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.civgis.data.changji.ChangjiDataset;
import org.civgis.data.changji.DataFiles;
import org.civgis.data.load.DemoLoader;
import org.civgis.data.load.DemoNetwork;
import org.civgis.testing.TestDatabase;
import org.civgis.testing.TestPostgis;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real server on a random port, against a real PostGIS holding the Changji demo data (loaded
 * once per JVM by the data module's loader). Subclasses share one Spring context.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "civgis.demo-users=true")
public abstract class WebIntegrationTest {
  protected static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort protected int port;

  @DynamicPropertySource
  static void demoDatabase(DynamicPropertyRegistry registry) {
    TestDatabase database = demo();
    registry.add("spring.datasource.url", database::jdbcUrl);
    registry.add("spring.datasource.username", database::user);
    registry.add("spring.datasource.password", database::password);
    if (readReplicaOnPrimary()) {
      registry.add("civgis.db.read-url", database::jdbcUrl);
    }
  }

  /**
   * With {@code -Dit.read-replica=primary} the app's read pool is the primary itself (read-only
   * sessions): the suite then runs through the replica routing, and a write on a read path fails.
   */
  public static boolean readReplicaOnPrimary() {
    return "primary".equals(System.getProperty("it.read-replica"));
  }

  /** The shared database with the demo data loaded. */
  protected static synchronized TestDatabase demo() {
    TestDatabase database = TestPostgis.sharedDatabase("web_demo");
    // idempotent: the second call finds the same files loaded and writes nothing
    new DemoLoader(database.dataSource()).load(ChangjiDataset.read(DataFiles.classpath()));
    // the walking network of the demo, as the loader's command line stores it
    DemoNetwork.read(DataFiles.classpath())
        .ifPresent(network -> new DemoNetwork(database.dataSource()).store(network));
    return database;
  }

  protected String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The demo API token of a demo user (see the README). */
  protected static String tokenOf(String username) {
    return "demo-" + username + "-token";
  }

  /**
   * Sends a request as {@code user} (a demo user name, through its API token; {@code null} for
   * anonymous) with the given headers (name, value, name, value …) and body.
   */
  protected HttpResponse<String> send(
      String method, String pathAndQuery, String user, String body, String... headers) {
    return sendTo(baseUrl(), method, pathAndQuery, user, body, headers);
  }

  /** As {@link #send(String, String, String, String, String...)}, to any instance of the app. */
  public static HttpResponse<String> sendTo(
      String baseUrl,
      String method,
      String pathAndQuery,
      String user,
      String body,
      String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Bearer " + tokenOf(user));
    }
    if (body != null) {
      request.header("Content-Type", "application/geo+json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.setHeader(headers[i], headers[i + 1]);
    }
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * POSTs a multipart form as {@code user} (a demo user name): the form fields (name, value, …) and
   * {@code file} as the part {@code file} named {@code fileName}.
   */
  protected HttpResponse<String> postMultipart(
      String path, String user, String fileName, byte[] file, String... fields) {
    String boundary = "civgis-" + java.util.UUID.randomUUID();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      head.append("--")
          .append(boundary)
          .append("\r\nContent-Disposition: form-data; name=\"")
          .append(fields[i])
          .append("\"\r\n\r\n")
          .append(fields[i + 1])
          .append("\r\n");
    }
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
        .append(fileName)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(head.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(
        ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(baseUrl() + path))
              .header("Authorization", "Bearer " + tokenOf(user))
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET {@code pathAndQuery}; the body as text. */
  protected HttpResponse<String> get(String pathAndQuery) {
    return get(pathAndQuery, "*/*");
  }

  protected HttpResponse<String> get(String pathAndQuery, String accept) {
    try {
      return HTTP.send(
          HttpRequest.newBuilder(URI.create(baseUrl() + pathAndQuery))
              .header("Accept", accept)
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GET {@code pathAndQuery} expecting {@code status}; the body as JSON. */
  protected JsonNode getJson(String pathAndQuery, int status) {
    HttpResponse<String> response = get(pathAndQuery);
    if (response.statusCode() != status) {
      throw new AssertionError(
          "GET "
              + pathAndQuery
              + ": expected "
              + status
              + ", got "
              + response.statusCode()
              + ": "
              + response.body());
    }
    return JSON.readTree(response.body());
  }
}
