package org.civgis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The browser test: headless Chromium (Playwright) opens the map served by this server and finds
 * the seven counties on the rendered map by clicking them. The test itself is {@code
 * src/main/frontend/e2e/map.e2e.mjs}; its report and a screenshot ({@code target/e2e/map.png}) are
 * the evidence.
 */
class MapBrowserIT extends WebIntegrationTest {

  @Test
  void theMapAndEditingWorkInTheBrowser() throws Exception {
    ProcessBuilder browserTest =
        new ProcessBuilder("npm", "run", "--silent", "e2e")
            .directory(new File("src/main/frontend"))
            .redirectErrorStream(true);
    browserTest.environment().put("BASE_URL", baseUrl());
    Process process = browserTest.start();
    // the test runner's report goes into this test's output, where Maven keeps it
    Thread report =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> System.out.println("[e2e] " + line));
              } catch (IOException e) {
                System.out.println("[e2e] report lost: " + e.getMessage());
              }
            });
    report.start();
    boolean finished = process.waitFor(5, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    report.join(10_000);
    assertThat(finished).as("browser test finished within 5 minutes").isTrue();
    assertThat(process.exitValue()).as("exit code of the browser test").isZero();
  }
}
