#!/usr/bin/env bash
# Coverage benchmark, on the shared harness (org.civgis.testing.bench.Bench): the time to the
# nearest of many facilities at every node of a walking network, in memory (warm) and with the graph
# read from PostGIS first (cold), against pgRouting's pgr_drivingDistance (equicost) on the same
# stored rows — prepared, on one reused connection, warmed — rounds alternated; on generated grids
# of 50 m blocks, 2 facilities per 1,000 edges and a 900 m limit. Prints a Markdown table with
# medians, spreads and the load average (see org.civgis.gazetteer.coverage.CoverageBenchmark).
#
#   bench/coverage.sh                 # grids of 71, 224 and 708 nodes a side: 10k, 100k, 1M edges
#   bench/coverage.sh 71 224          # the grid sides to run (side² nodes, 2·side·(side−1) edges);
#                                     # 1415 is about 4M edges
#   BENCH_WARMUPS=2 BENCH_ROUNDS=5    # warm-up and measured rounds of each side (the defaults);
#                                     # before them each of ours is called 20 times for the JIT
#
# Above 2,000,000 edges pgRouting is not run (with 8,003 starts on the 4M grid its server process
# grew past 23 GB and was killed): ours is timed alone there.
#
# It starts its own throwaway PostgreSQL (PostGIS + pgRouting) under a temporary folder and stops
# it at the end, or uses BENCH_DB_URL (a JDBC URL of a database where pgrouting may be created).
# The JVM runs with -Xmx1g, as the app does. The report is kept in var/bench/coverage/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/throwaway-db.sh
ROOT=$PWD
BENCH=$ROOT/var/bench/coverage
mkdir -p "$BENCH"

echo "Building…"
# in one reactor, so that the sibling modules come from their target/ folders (nothing installed);
# the class path written last is gazetteer's
mvn -B -q -ntp -pl gazetteer -am test-compile dependency:build-classpath -Dfrontend.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH/classpath.txt" >/dev/null

URL=${BENCH_DB_URL:-}
if [ -z "$URL" ]; then
  start_bench_database bench_coverage
  URL="jdbc:postgresql://127.0.0.1:$PORT/bench_coverage?user=civgis"
fi

echo "Measuring…"
java -Xmx1g -Dbench.warmups="${BENCH_WARMUPS:-2}" -Dbench.rounds="${BENCH_ROUNDS:-5}" -cp "gazetteer/target/test-classes:gazetteer/target/classes:$(cat "$BENCH/classpath.txt")" \
  org.civgis.gazetteer.coverage.CoverageBenchmark "$URL" "$@" 2>&1 \
  | grep --line-buffered -v -e '^INFO' -e 'org.flywaydb' | tee "$BENCH/coverage-$(date -u +%Y%m%dT%H%M).txt"
