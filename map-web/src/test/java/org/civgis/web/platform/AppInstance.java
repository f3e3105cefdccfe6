package org.civgis.web.platform;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.civgis.testing.TestDatabase;
import org.civgis.web.CivgisApplication;
import org.civgis.web.WebIntegrationTest;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One running instance of the app on a random port, for tests that need several or their own. */
public final class AppInstance implements AutoCloseable {
  private final ConfigurableApplicationContext context;
  private final String baseUrl;

  private AppInstance(ConfigurableApplicationContext context) {
    this.context = context;
    this.baseUrl = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
  }

  public static AppInstance start(TestDatabase database, String... extraProperties) {
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
    if (WebIntegrationTest.readReplicaOnPrimary()) {
      args.add("--civgis.db.read-url=" + database.jdbcUrl());
    }
    for (String property : extraProperties) {
      args.add("--" + property);
    }
    return new AppInstance(
        new SpringApplicationBuilder(CivgisApplication.class).run(args.toArray(String[]::new)));
  }

  public String baseUrl() {
    return baseUrl;
  }

  HttpResponse<String> send(
      String method, String path, String user, String body, String... headers) {
    return WebIntegrationTest.sendTo(baseUrl, method, path, user, body, headers);
  }

  @Override
  public void close() {
    context.close();
  }
}
