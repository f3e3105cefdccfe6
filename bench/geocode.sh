#!/usr/bin/env bash
# Geocoding benchmark, on the shared harness (org.civgis.testing.bench.Bench): the demo registry
# (loaded into a throwaway PostgreSQL) geocoded by the in-memory geocoder and, in the same run, by
# PostgreSQL pg_trgm similarity over the same registry (the most similar current address text, GIN
# trigram index, default threshold 0.3) — a prepared statement on one reused connection. Measures
#
#   - one address at a time, ours and pg_trgm alternated address by address, on the first 1,000
#     addresses of a batch of 10,000 (the acceptance cases' inputs, then registry addresses written
#     with their variations; fixed seed): warm-up rounds of both first (BENCH_WARMUPS=1: one round
#     of the baseline reads every page its queries touch), before them three passes of ours over
#     the whole batch for the JIT; then rounds alternated (BENCH_ROUNDS=5), every answer the same
#     in every round; medians, p95, spreads and the load average;
#   - ours alone on the whole batch, as addresses per second (pg_trgm answers a few tens a
#     second: a pass of it would take minutes), and the time to build the index, as notes;
#   - accuracy on the 174 acceptance cases (data/src/test/resources/geocode/cases.tsv), ours
#     against pg_trgm, as a small table after the harness's.
#
# Prints a Markdown report for BENCHMARKS.md (about four minutes on 2 cores, with the build).
#
#   bench/geocode.sh                  # 1,000 addresses compared, a batch of 10,000
#   bench/geocode.sh 200              # ITEMS: the first 200 compared
#   bench/geocode.sh 1000 20000       # ITEMS and BATCH
#   BENCH_WARMUPS=1 BENCH_ROUNDS=5    # warm-up and measured rounds of each side (the defaults)
#
# It starts its own throwaway PostgreSQL, loads the demo into it, and stops it at the end; the JVM
# runs with -Xmx1g, as the app does. The report is kept in var/bench/geocode/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/throwaway-db.sh
BENCH=$PWD/var/bench/geocode
mkdir -p "$BENCH"

echo "Building…"
# in one reactor, so that the sibling modules come from their target/ folders (nothing installed);
# the class path written last is data's
mvn -B -q -ntp -pl data -am test-compile dependency:build-classpath -Dfrontend.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH/classpath.txt" >/dev/null

start_bench_database bench_geocode

echo "Measuring…"
java -Xmx1g -Dbench.warmups="${BENCH_WARMUPS:-1}" -Dbench.rounds="${BENCH_ROUNDS:-5}" \
  -cp "data/target/test-classes:data/target/classes:$(cat "$BENCH/classpath.txt")" \
  org.civgis.data.geocode.GeocodeBenchmark "jdbc:postgresql://127.0.0.1:$PORT/bench_geocode?user=civgis" "$@" 2>&1 \
  | grep --line-buffered -v -e '^INFO' -e 'org.flywaydb' -e '^WARNING: DB: extension' | tee "$BENCH/geocode-$(date -u +%Y%m%dT%H%M).txt"
