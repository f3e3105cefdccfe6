#!/usr/bin/env bash
# Vector tile benchmark, in one run:
#   (a) uncached tiles through HTTP against (b) the same SQL in PostgreSQL, tile by tile, on the
#       shared harness (TileBenchmark on org.civgis.testing.bench.Bench): before each round the
#       app's cache is flushed (the NOTIFY its listener turns into a flush); then for every tile
#       one GET over one keep-alive connection (checked to be a 200 MISS) and the app's own SQL file
#       as one prepared statement on one reused connection; warm-up rounds of both first, rounds
#       alternated; medians, p95, spreads and the load average in a Markdown table;
#   (a′) the same with every tile cached (checked HITs): the floor of the HTTP path;
#   (c) cached tiles per second: wrk -t2 -c16 cycling through the same tile URLs, after a warm-up,
#       BENCH_WRK_RUNS runs of 10 s, against the same SQL at the same concurrency straight in
#       PostgreSQL (pgbench -c16 -j2 -M prepared, random tiles of the set): what the tiles would
#       cost without the cache. A throughput, so not on the harness; the median run is reported.
# The tile set: every tile at zoom 5–10 that meets the Changji prefecture's extent
# (85.5–91.6°E, 42.8–45.7°N), 343 tiles; above BENCH_MAX_TILES the highest zooms are left out.
#
# Below the table: a profile of the app's request threads (its flight recorder, through jcmd, on
# untimed rounds before the measured ones) and each request's time inside the server (Tomcat's
# access log), when the script started the app itself.
#
# Usage, on a fresh clone:
#   bench/tiles.sh
# When no app answers at BENCH_BASE_URL it starts one with ./run.sh (the project-local PostGIS and
# the demo data) and stops both again at the end (the database only if it was not running before).
# It installs wrk with apt when missing (as root or through sudo). Reports and raw figures are kept
# in var/bench/tiles-<date>/. The app's tile cache is flushed and refilled; nothing else changes.
#
# Settings (environment):
#   CIVGIS_PORT=8080, CIVGIS_PG_PORT=55432  as for ./run.sh
#   BENCH_BASE_URL=http://localhost:$CIVGIS_PORT
#   BENCH_PG="host=127.0.0.1 port=$CIVGIS_PG_PORT dbname=civgis user=civgis"   (libpq conninfo)
#   BENCH_JDBC_URL=jdbc:postgresql://127.0.0.1:$CIVGIS_PG_PORT/civgis?user=civgis
#   BENCH_WARMUPS=5 BENCH_ROUNDS=5          warm-up and measured rounds of (a) and (a′)
#   BENCH_WRK_RUNS=3                        measured wrk runs of (c), after a 5 s warm-up
#   BENCH_MAX_TILES=400
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BASE_URL=${BENCH_BASE_URL:-http://localhost:${CIVGIS_PORT:-8080}}
PG=${BENCH_PG:-host=127.0.0.1 port=${CIVGIS_PG_PORT:-55432} dbname=civgis user=civgis}
JDBC_URL=${BENCH_JDBC_URL:-jdbc:postgresql://127.0.0.1:${CIVGIS_PG_PORT:-55432}/civgis?user=civgis}
WRK_RUNS=${BENCH_WRK_RUNS:-3}
MAX_TILES=${BENCH_MAX_TILES:-400}
TILE_SQL=$ROOT/map-web/src/main/resources/sql/tiles/current-divisions-tile.sql
LAYER=divisions
DAY=$(TZ=Asia/Shanghai date +%F) # the app's "today": civgis.time-zone
STAMP=$(date -u +%Y-%m-%dT%H%MZ)
OUT=$ROOT/var/bench/tiles-$STAMP
mkdir -p "$OUT"

die() { echo "bench/tiles.sh: $*" >&2; exit 1; }
say() { echo "· $*" >&2; }
. bench/demo-app.sh

# ---- tools and services

if ! command -v wrk >/dev/null; then
  say "installing wrk"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get install -y wrk >/dev/null 2>&1 \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; } \
    || die "cannot install wrk (apt-get install -y wrk)"
fi
for tool in curl awk mvn java; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done

# an app started here logs each request's time inside the server (Tomcat's %{us}T, from the
# request read to the response written) with its cache state: the breakdown below the table
export SERVER_TOMCAT_ACCESSLOG_ENABLED=true SERVER_TOMCAT_ACCESSLOG_DIRECTORY="$OUT" \
  SERVER_TOMCAT_ACCESSLOG_PREFIX=access SERVER_TOMCAT_ACCESSLOG_SUFFIX=.log \
  SERVER_TOMCAT_ACCESSLOG_ROTATE=false SERVER_TOMCAT_ACCESSLOG_BUFFERED=true \
  SERVER_TOMCAT_ACCESSLOG_PATTERN='%{X-Tile-Cache}o %U %{us}T'
ensure_demo_app
for tool in psql pgbench; do
  command -v "$tool" >/dev/null || die "$tool is missing (./run.sh installs psql and pgbench)"
done
psql "$PG" -Atqc 'select 1' >/dev/null || die "cannot connect to PostgreSQL: $PG"

# ---- the tile set: one line "z x y" per tile; zoom rectangles for pgbench

awk -v max="$MAX_TILES" '
  function col(lon, n) { return int((lon + 180) / 360 * n) }
  function row(lat, n,   r) { r = lat * 3.141592653589793 / 180
    return int((1 - log(sin(r) / cos(r) + 1 / cos(r)) / 3.141592653589793) / 2 * n) }
  BEGIN {
    total = 0
    for (z = 5; z <= 10; z++) {
      n = 2 ^ z; x0 = col(85.5, n); x1 = col(91.6, n); y0 = row(45.7, n); y1 = row(42.8, n)
      count = (x1 - x0 + 1) * (y1 - y0 + 1)
      if (total + count > max) break
      for (x = x0; x <= x1; x++) for (y = y0; y <= y1; y++) print z, x, y > "/dev/stdout"
      print z, x0, y0, (y1 - y0 + 1), total > "/dev/stderr"
      total += count
    }
  }' >"$OUT/tiles.txt" 2>"$OUT/zooms.txt"
TILES=$(wc -l <"$OUT/tiles.txt")
[ "$TILES" -gt 0 ] || die "no tiles (BENCH_MAX_TILES=$MAX_TILES)"
say "$TILES tiles, zoom $(head -1 "$OUT/zooms.txt" | cut -d' ' -f1)–$(tail -1 "$OUT/zooms.txt" | cut -d' ' -f1); day $DAY"

while read -r z x y; do
  echo "url = \"$BASE_URL/tiles/$LAYER/$z/$x/$y.mvt\""
  echo 'output = "/dev/null"'
done <"$OUT/tiles.txt" >"$OUT/curl-urls.txt"

write_wrk_script() { # wrk cycles through the tile URLs; each thread starts elsewhere in the list
  {
    echo 'local paths = {'
    while read -r z x y; do echo "  \"/tiles/$LAYER/$z/$x/$y.mvt\","; done <"$OUT/tiles.txt"
    echo '}'
    cat <<'LUA'
local i = 0
function setup(thread) thread:set("offset", i * 7); i = i + 1 end
function init(args) n = offset or 0 end
function request()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
LUA
  } >"$OUT/tiles.lua"
}

# ---- (a), (a′), (b): on the shared harness

say "building the benchmark"
# in one reactor, so that the sibling modules come from their target/ folders (nothing installed)
mvn -B -q -ntp -pl map-web -am test-compile dependency:build-classpath -Dfrontend.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" >/dev/null
write_wrk_script
say "letting the start-up's background work settle: ${BENCH_SETTLE:-45} s"
sleep "${BENCH_SETTLE:-45}"
curl -s --config "$OUT/curl-urls.txt" -w '%{http_code}\n' >/dev/null
wrk -t2 -c16 -d10s -s "$OUT/tiles.lua" "$BASE_URL" >/dev/null
say "warm-up of the HTTP path: 10 s of wrk on cached tiles"
tile_benchmark() { # warm-ups rounds → the report
  java -Xmx256m -Dbench.warmups="$1" -Dbench.rounds="$2" \
    -cp "map-web/target/test-classes:map-web/target/classes:$(cat "$OUT/classpath.txt")" org.civgis.web.tiles.TileBenchmark \
    "$BASE_URL" "$JDBC_URL" "$TILE_SQL" "$MAX_TILES"
}
# the profile, before the measured run (the recorder is off by then): 20 rounds of the same work,
# untimed, with the app's flight recorder on (profile settings, a sample a millisecond); where the
# app's threads ran while serving tiles, by the frames they ran in
if $STARTED_HERE && command -v jcmd >/dev/null; then
  APP_PID=$(cat "$ROOT/var/app.pid")
  # JFR's profile settings with a sample every millisecond instead of every 10
  JFC=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/jfr/profile.jfc
  awk '/jdk.ExecutionSample/ { inside = 1 } inside && /name="period"/ { sub(/>[^<]*</, ">1 ms<"); inside = 0 } { print }' \
    "$JFC" >"$OUT/tiles.jfc"
  jcmd "$APP_PID" JFR.start name=tiles settings="$OUT/tiles.jfc" >/dev/null
  tile_benchmark 1 20 >/dev/null 2>&1
  jcmd "$APP_PID" JFR.dump name=tiles filename="$OUT/app.jfr" >/dev/null
  jcmd "$APP_PID" JFR.stop name=tiles >/dev/null
  jfr print --json --events jdk.ExecutionSample --stack-depth 96 "$OUT/app.jfr" >"$OUT/samples.json"
  python3 bench/jfr-tiles.py "$OUT/samples.json" >"$OUT/profile.md"
fi
tile_benchmark "${BENCH_WARMUPS:-5}" "${BENCH_ROUNDS:-5}" >"$OUT/report.md"

# ---- (c): cached tiles per second, against the same SQL at the same concurrency

curl -s --config "$OUT/curl-urls.txt" -w '%{http_code}\n' >/dev/null # all cached now
wrk -t2 -c16 -d5s -s "$OUT/tiles.lua" "$BASE_URL" >/dev/null # warm-up
: >"$OUT/wrk.txt"
for run in $(seq 1 "$WRK_RUNS"); do
  wrk -t2 -c16 -d10s --latency -s "$OUT/tiles.lua" "$BASE_URL" | tee "$OUT/wrk-$run.txt" >/dev/null
  rps=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/wrk-$run.txt")
  p50=$(awk '$1 == "50%" { print $2 }' "$OUT/wrk-$run.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$OUT/wrk-$run.txt")
  errors=$(awk '/Non-2xx|Socket errors/' "$OUT/wrk-$run.txt")
  [ -z "$errors" ] || die "wrk run $run: $errors"
  echo "$rps $p50 $p99" >>"$OUT/wrk.txt"
  say "wrk run $run/$WRK_RUNS: $rps tiles/s, p50 $p50, p99 $p99"
done
MISSES=$(curl -s --config "$OUT/curl-urls.txt" -w '%header{x-tile-cache}\n' | grep -vc HIT || true)
[ "$MISSES" -eq 0 ] || die "$MISSES tiles were evicted during the wrk runs: not all were cache hits"
# the median run
read -r WRK_RPS WRK_P50 WRK_P99 < <(sort -n "$OUT/wrk.txt" | awk '{ l[NR] = $0 } END { print l[int((NR + 1) / 2)] }')

# pgbench: a random tile of the set per transaction, from the zoom rectangles
{
  echo "\\set i random(0, $((TILES - 1)))"
  for v in z x0 y0 ny base; do
    printf '\\set %s case' "$v"
    while read -r z x0 y0 ny base; do
      case $v in z) val=$z ;; x0) val=$x0 ;; y0) val=$y0 ;; ny) val=$ny ;; base) val=$base ;; esac
      printf ' when :i >= %d then %d' "$base" "$val"
    done < <(sort -k5,5nr "$OUT/zooms.txt")
    echo ' else 0 end'
  done
  echo '\set x :x0 + (:i - :base) / :ny'
  echo '\set y :y0 + (:i - :base) % :ny'
  sed -e 's/:date\b/:day/g' "$TILE_SQL" | grep -v '^--'
  echo ';'
} >"$OUT/pgbench-tile.sql"
pgbench_run() { # seconds → tiles per second
  pgbench "$PG" -n -M prepared -c16 -j2 -T "$1" -D day="$DAY" -f "$OUT/pgbench-tile.sql" 2>&1 \
    | tee "$OUT/pgbench-$1s.txt" | awk '/^tps = / { printf "%.0f\n", $3 }'
}
pgbench_run 3 >/dev/null # warm-up
SQL_TPS=$(pgbench_run 10)
say "pgbench: $SQL_TPS tiles/s"

# ---- report

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
{
  cat "$OUT/report.md"
  echo "Command: \`bench/tiles.sh\`; raw figures in var/bench/tiles-$STAMP/."
  echo
  echo "| (c) cached tiles per second (wrk -t2 -c16, median of $WRK_RUNS × 10 s) | $WRK_RPS /s | the SQL at -c16 (pgbench -M prepared): $SQL_TPS /s | $(ratio "$WRK_RPS" "$SQL_TPS") × |"
  echo "|---|---|---|---|"
  echo "| (c) cached tile latency p50 / p99 (wrk) | $WRK_P50 / $WRK_P99 | | |"
  echo
  echo "wrk runs (tiles/s, p50, p99): $(paste -sd';' "$OUT/wrk.txt"); load average at the end $(cut -d' ' -f1-3 /proc/loadavg)."
  if [ -s "$OUT/profile.md" ]; then
    echo
    cat "$OUT/profile.md"
  fi
  if [ -s "$OUT/access.log" ]; then
    # the measured uncached rounds: the last rounds × tiles MISS lines of the tile set
    n=$((${BENCH_ROUNDS:-5} * TILES))
    inside=$(grep '^MISS /tiles/' "$OUT/access.log" | grep -v "/4/11/5.mvt" | tail -n "$n" \
      | awk '{ print $3 / 1000 }' | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] }')
    # the cached rounds follow the last MISS: their warm-up rounds, then the measured ones
    skip=$((${BENCH_WARMUPS:-5} * TILES))
    hit=$(grep '^[A-Z]* /tiles/' "$OUT/access.log" | grep -v "/4/11/5.mvt" \
      | awk -v skip="$skip" -v n="$n" '$1 == "MISS" { seen = 0; next } $1 == "HIT" { seen++; if (seen > skip && seen <= skip + n) print $3 / 1000 }' \
      | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] }')
    echo
    echo "Inside the server (Tomcat's access log, %{us}T, the measured rounds): an uncached tile"
    echo "$inside ms at the median, a cached one $hit ms."
  fi
} | tee "$OUT/report-all.md"
