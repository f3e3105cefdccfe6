#!/usr/bin/env bash
# The topology check of the demo prefecture (the 界线 workspace's 「运行拓扑检查」: 1,040 divisions,
# 13 lines, 262 markers as of the day, stored as a run) over the API, against the geo-core benchmark
# of 50,000 polygons (CoverageCheckBenchmark, the check alone, no database) in the same run:
#   demo rounds, then the 50,000-polygon check (its own JVM, -Xmx1g as the app), then demo rounds
#   again, so that both meet the same machine; warm-up rounds first on both sides.
# A demo round is timed from the POST to the job seen SUCCEEDED (polling every 100 ms), and by the
# server's own duration of the run (durationMs: reading, checking, storing). The findings of every
# round are compared with those of the first.
#
# Usage, on a fresh clone:
#   ./run.sh && bench/topology-demo.sh            3 warm-up, 2 × 5 measured demo rounds; 50,000: 1 + 3
#   bench/topology-demo.sh 1 3                    1 warm-up, 2 × 3 measured
# It needs the app serving the demo data (what ./run.sh starts) and builds the benchmark's classes.
# Each demo round stores one check run (as the UI's button does); nothing else changes.
#
# Settings (environment): CIVGIS_PORT=8080 as for ./run.sh; BENCH_BASE_URL=http://localhost:$CIVGIS_PORT
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BASE_URL=${BENCH_BASE_URL:-http://localhost:${CIVGIS_PORT:-8080}}
WARMUPS=${1:-3}
ROUNDS=${2:-5}
TOKEN="Authorization: Bearer demo-admin-token"
OUT=$ROOT/var/bench/topology-demo
mkdir -p "$OUT"

die() { echo "bench/topology-demo.sh: $*" >&2; exit 1; }
say() { echo "· $*" >&2; }

curl -fsS "$BASE_URL/actuator/health" | grep -q '"status":"UP"' \
  || die "no app at $BASE_URL (start it with ./run.sh)"

say "building the 50,000-polygon benchmark"
mvn -B -q -ntp -o -pl boundary-inspection -am test-compile dependency:build-classpath \
  -Dfrontend.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
CLASSPATH_BENCH="boundary-inspection/target/test-classes:boundary-inspection/target/classes:geo-core/target/classes:$(cat "$OUT/classpath.txt")"

# one demo check: prints "wall_ms server_ms findings_json"
demo_round() {
  local location start end state body run
  start=$(date +%s%N)
  location=$(curl -fsS -o /dev/null -D - -X POST -H "$TOKEN" "$BASE_URL/api/boundary/checks" \
    | tr -d '\r' | awk 'tolower($1)=="location:" {print $2}')
  [ -n "$location" ] || die "the check was not accepted"
  while :; do
    body=$(curl -fsS -H "$TOKEN" "$BASE_URL$location")
    state=$(grep -o '"state":"[A-Z]*"' <<<"$body" | head -1)
    case $state in
      *SUCCEEDED*) break ;;
      *FAILED*) die "the check failed: $body" ;;
    esac
    sleep 0.1
  done
  end=$(date +%s%N)
  run=$(grep -o '"runId":[0-9]*' <<<"$body" | cut -d: -f2)
  local server
  server=$(curl -fsS -H "$TOKEN" "$BASE_URL/api/boundary/checks?limit=100" \
    | python3 -c "import sys,json; print(next(r['durationMs'] for r in json.load(sys.stdin) if r['id']==$run))")
  local findings
  findings=$(curl -fsS -H "$TOKEN" "$BASE_URL/ogc/collections/topology-findings/items?f=json&limit=10000&run=$run" \
    | python3 -c "import sys,json; print(json.dumps(sorted([f['properties']['type'], f['properties']['severity'], f['properties']['subjects'], f['properties']['detail']] for f in json.load(sys.stdin)['features']), ensure_ascii=False))")
  echo "$(( (end - start) / 1000000 )) $server $findings"
}

demo_rounds() { # label count
  local i line
  for i in $(seq 1 "$2"); do
    line=$(demo_round)
    echo "$1 $line" >>"$OUT/demo.txt"
    say "demo $1 $i: wall ${line%% *} ms, server $(cut -d' ' -f2 <<<"$line") ms"
  done
}

: >"$OUT/demo.txt"
demo_rounds warm-up "$WARMUPS"
demo_rounds measured "$ROUNDS"
say "50,000-polygon check: 1 warm-up, 3 measured rounds"
java -Xmx1g -Dbench.warmups=1 -Dbench.rounds=3 -cp "$CLASSPATH_BENCH" \
  org.civgis.boundary.check.CoverageCheckBenchmark - grid:50000 \
  2>"$OUT/coverage.txt"
cat "$OUT/coverage.txt" >&2
demo_rounds measured "$ROUNDS"

python3 - "$OUT/demo.txt" "$OUT/coverage.txt" <<'PY'
import statistics, sys
demo = [line.split(" ", 3) for line in open(sys.argv[1], encoding="utf-8")]
measured = [d for d in demo if d[0] == "measured"]
findings = {d[3].strip() for d in demo}
wall = statistics.median(int(d[1]) for d in measured)
server = statistics.median(int(d[2]) for d in measured)
big = [int(l.split("check ")[1].split(" ms")[0].replace(",", "")) for l in open(sys.argv[2]) if l.startswith("measured")]
bench = statistics.median(big)
print()
print("| measure | value | baseline (same run) | ratio |")
print("|---|---|---|---|")
print(f"| demo prefecture check over the API, median of {len(measured)} (POST to SUCCEEDED) | {wall:,.0f} ms | 50,000-polygon check alone: {bench:,.0f} ms | {wall / bench:.2f} × |")
print(f"| the same runs, server's own duration (read, check, store) | {server:,.0f} ms | | {server / bench:.2f} × |")
print()
print("demo rounds (wall/server ms): " + "; ".join(f"{d[0]} {d[1]}/{d[2]}" for d in demo))
print("50,000-polygon rounds (ms): " + ", ".join(str(b) for b in big))
print(f"findings identical in every demo round: {len(findings) == 1}; {next(iter(findings))[:300]}")
PY
