#!/usr/bin/env bash
# The topology check of the demo prefecture (the 界线 workspace's 「运行拓扑检查」: 1,040 divisions,
# 13 lines, 262 markers as of the day, stored as a run) over the API, against the check of 50,000
# generated polygons alone (CoverageCheck on the grid of CoverageCheckBenchmark, no database), on
# the shared harness (TopologyDemoBenchmark on org.civgis.testing.bench.Bench):
#   ours: POST /api/boundary/checks, the job polled every 50 ms until SUCCEEDED, timed from the POST;
#   baseline: the 50,000-polygon check in the benchmark's JVM (-Xmx1g, as the app), the grid built
#   once, the check called for 10 s for the JIT before the rounds;
#   warm-up rounds of both, then measured rounds alternated (demo, grid, demo, grid, …); medians,
#   spreads, the ratio demo / grid and the load average in a Markdown table.
# Under the table: the server's own duration of the measured runs (durationMs: reading, checking,
# storing) with its median; the findings of every demo run (read after the rounds, untimed) are
# checked to be those of the first, and every grid check's counts those of the first.
#
# Usage, on a fresh clone:
#   bench/topology-demo.sh                        3 warm-up and 10 measured rounds, grid:50000
#   BENCH_WARMUPS=1 BENCH_ROUNDS=5 bench/topology-demo.sh grid:5000     a quick run
# When no app answers at BENCH_BASE_URL it starts one with ./run.sh (the project-local PostGIS and
# the demo data), waits for the app's own warm-up checks after start, and stops both again at the
# end (the database only if it was not running before). Each demo round stores one check run, as
# the UI's button does; nothing else changes. Reports are kept in var/bench/topology-demo/.
#
# Settings (environment):
#   CIVGIS_PORT=8080, CIVGIS_PG_PORT=55432  as for ./run.sh
#   BENCH_BASE_URL=http://localhost:$CIVGIS_PORT
#   BENCH_WARMUPS=3 BENCH_ROUNDS=10         warm-up and measured rounds of each side (rounds ≥ 5)
#   BENCH_JIT_SECONDS=10                    the baseline's calls for the JIT before the rounds
#   BENCH_TOKEN=demo-admin-token            an officer's bearer token
#   BENCH_SETTLE=300                        the most seconds to wait for the app's warm-up checks
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BASE_URL=${BENCH_BASE_URL:-http://localhost:${CIVGIS_PORT:-8080}}
SPEC=${1:-grid:50000}
WARMUPS=${BENCH_WARMUPS:-3}
ROUNDS=${BENCH_ROUNDS:-10}
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT=$ROOT/var/bench/topology-demo
mkdir -p "$OUT"

die() { echo "bench/topology-demo.sh: $*" >&2; exit 1; }
say() { echo "· $*" >&2; }
. bench/demo-app.sh

case $SPEC in
  grid:[0-9]* | voronoi:[0-9]*) ;;
  [0-9]*) die "warm-up and measured rounds are set by BENCH_WARMUPS and BENCH_ROUNDS now; the argument is the baseline's coverage, e.g. grid:50000" ;;
  *) die "usage: bench/topology-demo.sh [grid:CELLS | voronoi:CELLS]" ;;
esac
for tool in curl mvn java; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done

# ---- the app: the one running, or one started here and stopped at the end

ensure_demo_app
if $STARTED_HERE; then
  # after start the app checks its home division three times in the background, for the JIT
  # (TopologyCheckWarmUp): the rounds should not share the machine with those checks
  say "waiting for the app's warm-up checks (at most ${BENCH_SETTLE:-300} s)"
  for _ in $(seq 1 "${BENCH_SETTLE:-300}"); do
    grep -Eq 'topology check warm-up (3/3|stopped)' "$ROOT/var/log/app.log" 2>/dev/null && break
    sleep 1
  done
fi

# ---- the benchmark

say "building the benchmark"
# in one reactor, so that the sibling modules come from their target/ folders (nothing installed);
# the class path written last is boundary-inspection's
mvn -B -q -ntp -pl boundary-inspection -am test-compile dependency:build-classpath \
  -Dfrontend.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null

REPORT=$OUT/topology-demo-$STAMP.md
java -Xmx1g -Dbench.warmups="$WARMUPS" -Dbench.rounds="$ROUNDS" \
  -Dbench.jitWarmupSeconds="${BENCH_JIT_SECONDS:-10}" -Dbench.token="${BENCH_TOKEN:-demo-admin-token}" \
  -cp "boundary-inspection/target/test-classes:boundary-inspection/target/classes:$(cat "$OUT/classpath.txt")" \
  org.civgis.boundary.check.TopologyDemoBenchmark "$BASE_URL" "$SPEC" \
  2> >(tee "$OUT/progress-$STAMP.log" >&2) >"$REPORT"
{
  echo "Command: \`BENCH_WARMUPS=$WARMUPS BENCH_ROUNDS=$ROUNDS${BENCH_JIT_SECONDS:+ BENCH_JIT_SECONDS=$BENCH_JIT_SECONDS} bench/topology-demo.sh $SPEC\`;"
  echo "reports in var/bench/topology-demo/."
} >>"$REPORT"
cat "$REPORT"
