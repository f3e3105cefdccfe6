package org.civgis.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The browser tests: headless Chromium (Playwright) drives the app served by this server, e.g.
 * finds the seven counties on the rendered map by clicking them ({@code
 * src/main/frontend/e2e/map.e2e.mjs}) or moves the map to a past day ({@code asof.e2e.mjs}). Their
 * report and screenshots ({@code target/e2e/*.png}) are the evidence.
 *
 * <p>All of them run ({@code npm run e2e}) unless the system property {@value #ONLY} names some by
 * the start of their file names, comma-separated: {@code -De2e.only=map,asof}.
 */
class MapBrowserIT extends WebIntegrationTest {
  static final String ONLY = "e2e.only";

  /** The command that runs the browser tests chosen by {@code only} (blank: all of them). */
  static List<String> command(String only) {
    if (only == null || only.isBlank()) {
      return List.of("npm", "run", "--silent", "e2e");
    }
    List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=spec"));
    Arrays.stream(only.split(","))
        .map(String::strip)
        .filter(name -> name.matches("[a-z0-9-]+"))
        .forEach(name -> command.add("e2e/" + name + ".e2e.mjs"));
    return command;
  }

  @Test
  void theMapAndEditingWorkInTheBrowser() throws Exception {
    BrowserTests.run(command(System.getProperty(ONLY)), baseUrl(), 12);
  }
}
