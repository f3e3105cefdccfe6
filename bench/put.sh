#!/usr/bin/env bash
# Benchmark: p50/p95 of a validated PUT of a county (about 4,000 vertices) through the API, against
# the same database work done directly by pgbench, in one run. When no app answers at BASE_URL it
# starts one with ./run.sh and stops it (and the project-local database, unless that was running
# before) at the end.
#
#   bench/put.sh                      against http://localhost:8080 and the local cluster
#   EDIT=outline bench/put.sh         each PUT also moves a vertex: the checks on save run
#   BASE_URL=… CIVGIS_DB_URL=… bench/put.sh
#
# The PUT goes through everything a real edit does: token authentication, GeoJSON parsing and
# validation (JTS IsValidOp), jurisdiction, optimistic locking, the audit row with before/after,
# the change notification. It writes remarks on 奇台县 in the demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE_URL=${BASE_URL:-http://localhost:8080}
WARMUP=${WARMUP:-50}
RUNS=${RUNS:-300}
EDIT=${EDIT:-remarks}
CODE=652325000000
source scripts/db-env.sh
PGBENCH=/usr/lib/postgresql/15/bin/pgbench

if ! curl -fsS "$BASE_URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
  # no app: start one with ./run.sh, and stop it (and the database, unless it was running) at the end
  db_was_running=false
  scripts/pg.sh status "$PWD/var/postgres" >/dev/null 2>&1 && db_was_running=true
  cleanup() {
    local pid
    pid=$(cat var/app.pid 2>/dev/null) && kill "$pid" 2>/dev/null && echo "stopped the app (pid $pid)"
    rm -f var/app.pid
    $db_was_running || scripts/pg.sh stop "$PWD/var/postgres" >/dev/null 2>&1 || true
  }
  trap cleanup EXIT
  echo "No app at $BASE_URL: starting one with ./run.sh (stopped again at the end)…"
  mkdir -p var/bench
  ./run.sh >var/bench/put-run.log 2>&1 || { echo "put.sh: ./run.sh failed (var/bench/put-run.log)" >&2; exit 2; }
fi

echo "API: $WARMUP warm-up PUTs, then $RUNS measured (one client)…"
api=$(node bench/put-latency.mjs "$BASE_URL" demo-admin-token "/ogc/collections/divisions/items/$CODE" "$WARMUP" "$RUNS" "$EDIT")

echo "Baseline: the same SQL through pgbench (one client)…"
log=$(mktemp -d)
( cd "$log" && "$PGBENCH" -n -c 1 -t "$WARMUP" -f "$OLDPWD/bench/put-baseline.sql" >/dev/null \
  && "$PGBENCH" -n -c 1 -t "$RUNS" -f "$OLDPWD/bench/put-baseline.sql" -l --log-prefix=tx >/dev/null )
baseline=$(cat "$log"/tx.* | awk '{print $3/1000}' | sort -n | awk '{a[NR]=$1} END {
  p50=a[int(NR*0.5)+1]; p95=a[int(NR*0.95)+1]; printf "{\"runs\":%d,\"p50\":%.3f,\"p95\":%.3f}", NR, p50, p95 }')
rm -rf "$log"

node -e '
const api = JSON.parse(process.argv[1]), base = JSON.parse(process.argv[2]);
console.log(`PUT through the API     p50 ${api.p50.toFixed(2)} ms   p95 ${api.p95.toFixed(2)} ms   (${api.runs} runs)`);
console.log(`same SQL via pgbench    p50 ${base.p50.toFixed(2)} ms   p95 ${base.p95.toFixed(2)} ms   (${base.runs} runs)`);
console.log(`ratio API / SQL         p50 ${(api.p50 / base.p50).toFixed(1)}×   p95 ${(api.p95 / base.p95).toFixed(1)}×`);
' "$api" "$baseline"
