package org.civgis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs browser test files (Playwright under {@code node --test}, in {@code src/main/frontend})
 * against the app at a base URL; their report goes into the calling test's output, where Maven
 * keeps it, and a failure or a run longer than the limit fails the calling test.
 */
public final class BrowserTests {
  private BrowserTests() {}

  /**
   * Runs {@code command} in the frontend directory with {@code BASE_URL} set to {@code baseUrl}.
   */
  public static void run(List<String> command, String baseUrl, int limitMinutes)
      throws IOException, InterruptedException {
    ProcessBuilder browserTest =
        new ProcessBuilder(command)
            .directory(new File("src/main/frontend"))
            .redirectErrorStream(true);
    browserTest.environment().put("BASE_URL", baseUrl);
    Process process = browserTest.start();
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
    boolean finished = process.waitFor(limitMinutes, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    report.join(10_000);
    assertThat(finished).as("browser tests finished within %d minutes", limitMinutes).isTrue();
    assertThat(process.exitValue()).as("exit code of the browser test").isZero();
  }
}
