#!/usr/bin/env bash
# Benchmark: p50/p95 of a validated PUT of a county (about 4,000 vertices) through the API, against
# the same database work done directly by pgbench, in one run. Needs the app from ./run.sh.
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

curl -fsS "$BASE_URL/actuator/health" >/dev/null || { echo "put.sh: start the app with ./run.sh first" >&2; exit 2; }

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
