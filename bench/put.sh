#!/usr/bin/env bash
# Benchmark of a validated PUT of a county (奇台县, about 3,300 vertices) through the API against the
# database part of the same edit done directly, edit by edit, on the shared harness
# (org.civgis.testing.bench.Bench; see org.civgis.web.division.DivisionPutBenchmark): warm-up rounds
# of both sides first, rounds alternated, the baseline as one transaction of prepared statements on
# one reused connection; medians, p95, spreads and the load average in a Markdown table.
#
#   bench/put.sh                      the remarks of the county are edited
#   bench/put.sh outline              each PUT also moves a vertex: the checks on save run
#   bench/put.sh outline 20           20 edits a round (even; default 50)
#   BENCH_WARMUPS=2 BENCH_ROUNDS=5    warm-up and measured rounds of each side (the defaults)
#
# When no app answers at BENCH_BASE_URL it starts one with ./run.sh (the project-local PostGIS and
# the demo data) and stops it (and the database, unless it was running before) at the end. The PUT
# goes through everything a real edit does: token authentication, GeoJSON parsing and validation,
# jurisdiction, optimistic locking, the audit row with before/after, the change notification. It
# writes remarks (and in outline mode a vertex moved and moved back) on 奇台县 and audit rows in the
# demo database. The report is kept in var/bench/put/.
#
# Settings (environment): CIVGIS_PORT=8080, CIVGIS_PG_PORT=55432 as for ./run.sh;
#   BENCH_BASE_URL=http://localhost:$CIVGIS_PORT
#   BENCH_JDBC_URL=jdbc:postgresql://127.0.0.1:$CIVGIS_PG_PORT/civgis?user=civgis
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BASE_URL=${BENCH_BASE_URL:-http://localhost:${CIVGIS_PORT:-8080}}
JDBC_URL=${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:${CIVGIS_PG_PORT:-55432}/civgis?user=civgis}
MODE=${1:-remarks}
EDITS=${2:-50}
OUT=$ROOT/var/bench/put
mkdir -p "$OUT"

die() { echo "bench/put.sh: $*" >&2; exit 1; }
say() { echo "· $*" >&2; }
. bench/demo-app.sh
case $MODE in remarks | outline) ;; *) die "the mode is remarks or outline, not $MODE" ;; esac

ensure_demo_app
if $STARTED_HERE; then
  say "letting the start-up's background work settle: ${BENCH_SETTLE:-30} s"
  sleep "${BENCH_SETTLE:-30}"
fi

say "building the benchmark"
# in one reactor, so that the sibling modules come from their target/ folders (nothing installed)
mvn -B -q -ntp -pl map-web -am test-compile dependency:build-classpath -Dfrontend.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null

java -Xmx256m -Dbench.warmups="${BENCH_WARMUPS:-2}" -Dbench.rounds="${BENCH_ROUNDS:-5}" \
  -cp "map-web/target/test-classes:map-web/target/classes:$(cat "$OUT/classpath.txt")" \
  org.civgis.web.division.DivisionPutBenchmark "$BASE_URL" "$JDBC_URL" "$MODE" "$EDITS" \
  | tee "$OUT/put-$MODE-$(date -u +%Y%m%dT%H%M).md"
