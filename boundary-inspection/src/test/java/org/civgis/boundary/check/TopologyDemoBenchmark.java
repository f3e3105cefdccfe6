package org.civgis.boundary.check;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.civgis.geo.topology.CheckProgress;
import org.civgis.geo.topology.CheckTolerances;
import org.civgis.geo.topology.CoverageCheck;
import org.civgis.geo.topology.CoverageUnit;
import org.civgis.testing.bench.Bench;
import org.civgis.testing.bench.Bench.Ratio;
import org.civgis.testing.bench.Http;
import org.civgis.testing.bench.Stats;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo prefecture's topology check over the app's API against the 50,000-polygon check alone
 * (run by {@code bench/topology-demo.sh}, not a test), on the shared harness {@link Bench}: how
 * long a user waits for the 界线 workspace's 「运行拓扑检查」, set against a fixed amount of checking work
 * done on the same machine in the same minutes, so that runs on busy and quiet machines can be
 * compared by their ratio.
 *
 * <ol>
 *   <li>Ours: one check of the demo prefecture as the button starts it: {@code POST
 *       /api/boundary/checks} (the default scope, today), then {@code GET} of the job every {@code
 *       bench.pollMillis} until it is {@code SUCCEEDED}; timed from the POST to the job seen
 *       finished. Every round stores a check run, as the button does. Its answer for the harness is
 *       the job's own summary (the number of findings and their counts by type and severity).
 *   <li>Baseline: {@link CoverageCheck} on the generated lattice of 50,000 cells ({@link
 *       GridCoverage}, seeded, built once before the rounds) in this JVM, no database; its answer
 *       is the findings counted by type and severity. Before the harness's rounds it runs for
 *       {@code bench.jitWarmupSeconds}, as in {@link CoverageCheckBenchmark}, so that its rounds
 *       meet compiled code as the app's warmed check does.
 *   <li>After the rounds, untimed: the findings of every run of ours (warm-ups too) are read from
 *       {@code /ogc/collections/topology-findings/items?run=} and must be the same set (type,
 *       severity, subjects, detail) as those of the first run; the server's own duration of each
 *       measured run ({@code durationMs} of {@code GET /api/boundary/checks}: reading, checking,
 *       storing) is reported under the table with its median and its ratio to the baseline.
 * </ol>
 *
 * <p>Arguments: the app's base URL; optionally the baseline's coverage as {@code kind:cells}
 * (default {@code grid:50000}; smaller for a quick run). System properties {@code bench.warmups}
 * (default 3), {@code bench.rounds} (default 10), {@code bench.jitWarmupSeconds} (default 10),
 * {@code bench.pollMillis} (default 50) and {@code bench.token} (default {@code demo-admin-token},
 * an officer's bearer token).
 */
public final class TopologyDemoBenchmark {
  /** Seconds of calls of the baseline (at least one) before the harness's rounds, for the JIT. */
  private static final int JIT_WARMUP_SECONDS = Integer.getInteger("bench.jitWarmupSeconds", 10);

  /** How often the job is polled, as the workspace does while it shows the progress. */
  private static final long POLL_MILLIS = Long.getLong("bench.pollMillis", 50);

  /** A check that has not finished by then is taken as stuck. */
  private static final Duration ROUND_TIMEOUT = Duration.ofMinutes(10);

  /** {@code GET /api/boundary/checks} lists at most this many recent runs. */
  private static final int LISTED_RUNS = 100;

  /** The OGC API's largest page. */
  private static final int PAGE = 10_000;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private TopologyDemoBenchmark() {}

  public static void main(String[] args) throws Exception {
    String baseUrl = args[0].replaceAll("/+$", "");
    String spec = args.length > 1 ? args[1] : "grid:50000";
    int warmups = Integer.getInteger("bench.warmups", 3);
    int rounds = Integer.getInteger("bench.rounds", 10);
    if (warmups + rounds > LISTED_RUNS) {
      // the server's durations are read from the list of recent runs, after the rounds
      throw new IllegalArgumentException(
          "at most " + LISTED_RUNS + " warm-up and measured rounds in all");
    }
    Api api = new Api(baseUrl, System.getProperty("bench.token", "demo-admin-token"));
    Bench bench =
        new Bench(
            "The demo prefecture's topology check over the API against the check of generated"
                + " polygons alone ("
                + spec
                + ")",
            warmups,
            rounds);

    GeneratedCoverage coverage = CoverageCheckBenchmark.generate(spec);
    List<CoverageUnit> units = CoverageCheckBenchmark.units(coverage);
    CoverageCheck check = new CoverageCheck(CheckTolerances.DEFAULT);
    String[] baselineAnswer = new String[1];
    Bench.Task baseline =
        () ->
            baselineAnswer[0] =
                CoverageCheckBenchmark.summary(check.run(units, CheckProgress.NONE));

    List<Long> runIds = new ArrayList<>();
    Bench.Task ours =
        () -> {
          JsonNode result = api.runCheck();
          runIds.add(result.path("runId").asLong());
          return result.path("findings").asInt() + " findings " + result.path("counts");
        };

    String cells = String.format(Locale.ROOT, "%,d cells", coverage.cells().length);
    long jitStart = System.nanoTime();
    int jitCalls = 0;
    while (jitCalls == 0 || System.nanoTime() - jitStart < JIT_WARMUP_SECONDS * 1_000_000_000L) {
      baseline.run();
      jitCalls++;
    }
    double jitSeconds = (System.nanoTime() - jitStart) / 1e9;
    System.err.printf(
        Locale.ROOT,
        "· %s %s: %d JIT warm-up calls of the check in %.1f s%n",
        coverage.kind(),
        cells,
        jitCalls,
        jitSeconds);

    Bench.Row row =
        bench.compare(
            "demo prefecture check, POST to SUCCEEDED",
            "over the API",
            ours,
            coverage.kind() + ", " + cells + ", check alone",
            baseline,
            Ratio.COST);

    // untimed: every run's findings against the first run's, and the server's own durations
    List<String> first = api.findings(runIds.get(0));
    for (long runId : runIds.subList(1, runIds.size())) {
      List<String> findings = api.findings(runId);
      if (!findings.equals(first)) {
        throw new IllegalStateException(
            "run " + runId + " found " + findings + ", the first run " + first);
      }
    }
    Map<Long, JsonNode> listed = api.recentRuns();
    api.close();
    List<Long> measured = runIds.subList(runIds.size() - rounds, runIds.size());
    double[] server = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      JsonNode run = listed.get(measured.get(i));
      if (run == null || !run.path("durationMs").isNumber()) {
        throw new IllegalStateException(
            "run " + measured.get(i) + " is not among the recent runs with a duration");
      }
      server[i] = run.path("durationMs").asDouble();
    }
    JsonNode lastRun = listed.get(measured.get(rounds - 1));
    double serverMedian = Stats.percentile(server, 50);

    bench.note(
        "Ours: `POST /api/boundary/checks` (the demo prefecture, today; stored as a run, as the"
            + " 界线 workspace's button does), the job polled every %d ms until `SUCCEEDED`;"
            + " %,d units, %,d lines, %,d markers checked. Baseline: `CoverageCheck` on the %s"
            + " (%,d vertices; injected %s) in the benchmark's JVM, no database, after %d JIT"
            + " warm-up calls in %.0f s.",
        POLL_MILLIS,
        lastRun.path("unitsChecked").asInt(),
        lastRun.path("linesChecked").asInt(),
        lastRun.path("markersChecked").asInt(),
        coverage.kind() + " of " + cells,
        Arrays.stream(coverage.cells()).mapToLong(Geometry::getNumPoints).sum(),
        coverage.injected(),
        jitCalls,
        jitSeconds);
    bench.note(
        "The server's own duration of the same measured runs (`durationMs`: reading, checking,"
            + " storing): median %,.0f ms (%,.0f–%,.0f), %.2f × the baseline; the rest of the wait"
            + " (median %,.0f ms) is the job's start, its polling and HTTP. Per round, ours"
            + " (server) / baseline: %s ms.",
        serverMedian,
        Arrays.stream(server).min().orElseThrow(),
        Arrays.stream(server).max().orElseThrow(),
        serverMedian / row.baseline().median(),
        Stats.percentile(waitBeyondServer(row, server), 50),
        perRound(row, server));
    bench.note(
        "Answers: every demo run (%d, warm-ups included) found the same %d finding(s) as the"
            + " first (type, severity, subjects, detail): %s. The baseline found %s in every run.",
        runIds.size(), first.size(), abbreviated(first), baselineAnswer[0]);
    bench.print();
  }

  /** Per measured round, the wait seen by the client beyond the server's own duration. */
  private static double[] waitBeyondServer(Bench.Row row, double[] server) {
    double[] ours = row.ours().roundMedians();
    double[] beyond = new double[ours.length];
    for (int i = 0; i < ours.length; i++) {
      beyond[i] = ours[i] - server[i];
    }
    return beyond;
  }

  /** Each measured round as "ours (server) / baseline" in milliseconds. */
  private static String perRound(Bench.Row row, double[] server) {
    double[] ours = row.ours().roundMedians();
    double[] baseline = row.baseline().roundMedians();
    List<String> rounds = new ArrayList<>();
    for (int i = 0; i < ours.length; i++) {
      rounds.add(
          String.format(Locale.ROOT, "%,.0f (%,.0f) / %,.0f", ours[i], server[i], baseline[i]));
    }
    return String.join("; ", rounds);
  }

  private static String abbreviated(List<String> findings) {
    String all = findings.stream().collect(Collectors.joining("; "));
    return all.length() <= 400 ? all : all.substring(0, 400) + " …";
  }

  /** The app's API as an officer uses it, over one keep-alive connection ({@link Http}). */
  private static final class Api {
    private final Http http;
    private final Map<String, String> headers;

    Api(String baseUrl, String token) {
      this.http = new Http(baseUrl);
      this.headers = Map.of("Authorization", "Bearer " + token, "Accept", "application/json");
    }

    /** Starts a check of the demo prefecture and waits for it; the job's result summary. */
    JsonNode runCheck() throws IOException, InterruptedException {
      String location = send("POST", "/api/boundary/checks", 202).header("Location");
      if (location == null) {
        throw new IllegalStateException("the check's 202 has no Location");
      }
      long deadline = System.nanoTime() + ROUND_TIMEOUT.toNanos();
      while (true) {
        Thread.sleep(POLL_MILLIS);
        JsonNode job = JSON.readTree(send("GET", location, 200).body());
        switch (job.path("state").asString()) {
          case "SUCCEEDED":
            return job.path("result");
          case "FAILED", "CANCELLED":
            throw new IllegalStateException("the check did not succeed: " + job);
          default:
            if (System.nanoTime() > deadline) {
              throw new IllegalStateException("the check did not finish in " + ROUND_TIMEOUT);
            }
        }
      }
    }

    /**
     * The findings of a run, each as {@code type | severity | subjects | detail}, sorted: what the
     * user would see in the findings list, without ids and geometry.
     */
    List<String> findings(long runId) throws IOException {
      List<String> findings = new ArrayList<>();
      long matched;
      do {
        JsonNode page =
            JSON.readTree(
                send(
                        "GET",
                        "/ogc/collections/topology-findings/items?f=json&limit="
                            + PAGE
                            + "&offset="
                            + findings.size()
                            + "&run="
                            + runId,
                        200)
                    .body());
        matched = page.path("numberMatched").asLong();
        JsonNode features = page.path("features");
        for (JsonNode feature : features) {
          JsonNode p = feature.path("properties");
          findings.add(
              String.join(
                  " | ",
                  p.path("type").asString(),
                  p.path("severity").asString(),
                  p.path("subjects").toString(),
                  p.path("detail").asString()));
        }
        if (features.isEmpty()) {
          break;
        }
      } while (findings.size() < matched);
      if (findings.size() != matched) {
        throw new IllegalStateException(
            "run " + runId + ": read " + findings.size() + " of " + matched + " findings");
      }
      findings.sort(null);
      return findings;
    }

    /** The recent check runs by id, as {@code GET /api/boundary/checks} lists them. */
    Map<Long, JsonNode> recentRuns() throws IOException {
      Map<Long, JsonNode> runs = new HashMap<>();
      for (JsonNode run :
          JSON.readTree(send("GET", "/api/boundary/checks?limit=" + LISTED_RUNS, 200).body())) {
        runs.put(run.path("id").asLong(), run);
      }
      return runs;
    }

    /** One request over the keep-alive connection; {@code path} may be an absolute URL. */
    private Http.Response send(String method, String path, int expected) throws IOException {
      URI uri = URI.create(path);
      String relative =
          uri.isAbsolute()
              ? uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
              : path;
      Http.Response response =
          http.send(method, relative, headers, "POST".equals(method) ? new byte[0] : null);
      if (response.status() != expected) {
        throw new IllegalStateException(
            method + " " + path + ": " + response.status() + " " + response.text());
      }
      return response;
    }

    void close() throws IOException {
      http.close();
    }
  }
}
