package org.civgis.web.platform;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.civgis.testing.TestDatabase;
import org.civgis.web.CivgisApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One running instance of the app on a random port, for tests that need several or their own. */
final class AppInstance implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final ConfigurableApplicationContext context;
  private final String baseUrl;

  private AppInstance(ConfigurableApplicationContext context) {
    this.context = context;
    this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  static AppInstance start(TestDatabase database, String... extraProperties) {
    // command-line arguments: they win over application.yml, as on a real command line
    List<String> args =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.user(),
                "--spring.datasource.password=" + database.password(),
                "--civgis.demo-users=true",
                "--spring.jmx.enabled=false"));
    for (String property : extraProperties) {
      args.add("--" + property);
    }
    return new AppInstance(
        new SpringApplicationBuilder(CivgisApplication.class).run(args.toArray(String[]::new)));
  }

  String baseUrl() {
    return baseUrl;
  }

  HttpResponse<String> send(
      String method, String path, String user, String body, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Bearer demo-" + user + "-token");
    }
    if (body != null) {
      request.header("Content-Type", "application/geo+json");
    }
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
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

  @Override
  public void close() {
    context.close();
  }
}
