#!/usr/bin/env bash
# Coverage benchmark: the time to the nearest of many facilities at every node of a walking
# network, in memory (warm), with the graph read from PostGIS first (cold), and with
# pgRouting's pgr_drivingDistance (equicost) on the same stored rows, in one run; on generated
# grids of 50 m blocks with about 10k, 100k and 1M edges, 2 facilities per 1,000 edges (2,000 on
# the 1M grid) and a 900 m limit. Warm-up runs, then repeated runs; medians. Prints a Markdown
# table for BENCHMARKS.md (see org.civgis.gazetteer.coverage.CoverageBenchmark).
#
#   bench/coverage.sh                 # all three sizes (about ten minutes)
#   bench/coverage.sh 71 224          # grid sides to run (side² nodes, 2·side·(side−1) edges)
#
# It starts its own throwaway PostgreSQL (PostGIS + pgRouting) under a temporary folder and stops
# it at the end, or uses BENCH_DB_URL (a JDBC URL of a database where pgrouting may be created).
# The JVM runs with -Xmx1g, as the app does.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/throwaway-db.sh
ROOT=$PWD
BENCH=$ROOT/var/bench/coverage
mkdir -p "$BENCH"

echo "Building…"
mvn -B -q -ntp -pl gazetteer -am install -DskipTests -Dfrontend.skip=true
mvn -B -q -ntp -pl gazetteer test-compile
mvn -B -q -ntp -pl gazetteer dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$BENCH/classpath.txt"

URL=${BENCH_DB_URL:-}
if [ -z "$URL" ]; then
  start_bench_database bench_coverage
  URL="jdbc:postgresql://127.0.0.1:$PORT/bench_coverage?user=civgis"
fi

echo "Measuring…"
java -Xmx1g -cp "gazetteer/target/test-classes:gazetteer/target/classes:$(cat "$BENCH/classpath.txt")" \
  org.civgis.gazetteer.coverage.CoverageBenchmark "$URL" "$@" 2>&1 \
  | grep --line-buffered -v -e '^INFO' -e 'org.flywaydb' | tee "$BENCH/coverage-$(date -u +%Y%m%dT%H%M).txt"
