#!/usr/bin/env bash
# Vector tile benchmark, in one run:
#   (a) uncached tiles through HTTP: the cache is flushed (a NOTIFY with "bbox":null, which the
#       app's listener turns into a flush), then every tile of the set is fetched once, in order,
#       over one keep-alive connection (curl's time_total per tile); repeated BENCH_ROUNDS times
#       after a warm-up (10 s of wrk on cached tiles, then BENCH_WARMUP_ROUNDS uncached rounds:
#       the JVM compiles its hot code after some thousand requests, and a server runs warm);
#   (a′) the floor under (a): the same requests one at a time when every tile is cached;
#   (b) the baseline of (a): the same tile SQL (read from the app's resource file) run directly in
#       PostgreSQL for the same tiles, as a prepared statement like the app's JDBC driver uses it
#       (psql's \timing: send, execute, receive the bytea; printing is not timed); one warm-up
#       pass and one measured pass per round, rounds interleaved with those of (a);
#   (c) cached tiles per second: wrk -t2 -c16 cycling through the same tile URLs, after a warm-up,
#       BENCH_WRK_RUNS runs of 10 s (p50/p99 latency from wrk), against its baseline: the same SQL
#       at the same concurrency straight in PostgreSQL (pgbench -c16 -j2 -M prepared, random tiles
#       of the set), i.e. what the tiles would cost without the cache.
# The tile set: every tile at zoom 5–10 that meets the Changji prefecture's extent
# (85.5–91.6°E, 42.8–45.7°N), 343 tiles; above BENCH_MAX_TILES the highest zooms are left out.
#
# Usage, on a fresh clone:
#   ./run.sh && bench/tiles.sh
# It needs the app serving the demo data and its database (what ./run.sh starts); it installs wrk
# with apt when missing (as root or through sudo). It takes about two and a half minutes, prints a Markdown
# report and keeps it, with the raw timings, in var/bench/tiles-<date>/. The app's tile cache is
# flushed and refilled; nothing else changes.
#
# Settings (environment):
#   CIVGIS_PORT=8080, CIVGIS_PG_PORT=55432  as for ./run.sh
#   BENCH_BASE_URL=http://localhost:$CIVGIS_PORT
#   BENCH_PG="host=127.0.0.1 port=$CIVGIS_PG_PORT dbname=civgis user=civgis"   (libpq conninfo)
#   BENCH_WARMUP_ROUNDS=15  uncached rounds of (a) and (b) before the measured ones
#   BENCH_ROUNDS=5          measured rounds of (a) and (b)
#   BENCH_WRK_RUNS=3        measured wrk runs of (c), after a 5 s warm-up
#   BENCH_MAX_TILES=400
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

BASE_URL=${BENCH_BASE_URL:-http://localhost:${CIVGIS_PORT:-8080}}
PG=${BENCH_PG:-host=127.0.0.1 port=${CIVGIS_PG_PORT:-55432} dbname=civgis user=civgis}
WARMUP_ROUNDS=${BENCH_WARMUP_ROUNDS:-15}
ROUNDS=${BENCH_ROUNDS:-5}
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

# ---- tools and services

if ! command -v wrk >/dev/null; then
  say "installing wrk"
  if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
  $SUDO apt-get install -y wrk >/dev/null 2>&1 \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y wrk >/dev/null; } \
    || die "cannot install wrk (apt-get install -y wrk)"
fi
for tool in curl psql pgbench awk; do
  command -v "$tool" >/dev/null || die "$tool is missing (./run.sh installs psql and, with the local database, pgbench)"
done
curl -fsS "$BASE_URL/actuator/health" | grep -q '"status":"UP"' \
  || die "the app does not answer at $BASE_URL (start it with ./run.sh)"
psql "$PG" -Atqc 'select 1' >/dev/null || die "cannot connect to PostgreSQL: $PG"
[ -f "$TILE_SQL" ] || die "missing $TILE_SQL"

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

# the app's SQL with positional parameters: $1 z, $2 x, $3 y, $4 day
sed -e 's/:z\b/$1/g' -e 's/:x\b/$2/g' -e 's/:y\b/$3/g' -e 's/:date\b/$4/g' "$TILE_SQL" \
  >"$OUT/tile-positional.sql"
{
  echo "prepare tile(int, int, int, text) as"
  cat "$OUT/tile-positional.sql"
  echo ";"
} >"$OUT/prepare.sql"

# ---- helpers

# nearest-rank percentiles of the numbers on stdin: "p50 p95 p99 mean n"
percentiles() {
  sort -n | awk '{ v[NR] = $1; s += $1 }
    function p(q,   k) { k = int(q * NR + 0.999999); if (k < 1) k = 1; return v[k] }
    END { printf "%.2f %.2f %.2f %.2f %d\n", p(0.50), p(0.95), p(0.99), s / NR, NR }'
}

cache_state() { # the X-Tile-Cache header of a tile URL
  curl -s -o /dev/null -D - "$1" | tr -d '\r' | awk -F': ' 'tolower($1) == "x-tile-cache" { print $2 }'
}

PROBE=$BASE_URL/tiles/$LAYER/4/11/5.mvt # not in the set
flush_cache() {
  curl -s -o /dev/null "$PROBE"
  [ "$(cache_state "$PROBE")" = HIT ] || die "the probe tile is not cached"
  psql "$PG" -Atqc "select pg_notify('civgis_feature_changes', '{\"collection\":\"$LAYER\",\"bbox\":null}')" >/dev/null
  for _ in $(seq 1 200); do
    [ "$(cache_state "$PROBE")" = MISS ] && return 0
    sleep 0.02
  done
  die "the cache was not flushed within 4 s of the NOTIFY (is the listener connected?)"
}

http_round() { # prints one time in ms per tile; checks every answer was a 200 MISS
  curl -s --config "$OUT/curl-urls.txt" -w '%{http_code} %header{x-tile-cache} %{time_total}\n' \
    >"$OUT/http-round.txt"
  local bad
  bad=$(awk '$1 != 200 || $2 != "MISS"' "$OUT/http-round.txt" | wc -l)
  [ "$bad" -eq 0 ] || die "$bad tiles were not a 200 MISS in an uncached round"
  awk '{ printf "%.3f\n", $3 * 1000 }' "$OUT/http-round.txt"
}

sql_round() { # prints one time in ms per tile, from the second of two passes on one connection
  {
    cat "$OUT/prepare.sql"
    echo '\o /dev/null'
    for pass in warm measured; do
      [ $pass = measured ] && echo '\timing on'
      awk -v day="$DAY" '{ printf "execute tile(%d, %d, %d, '\''%s'\'');\n", $1, $2, $3, day }' "$OUT/tiles.txt"
    done
  } | psql "$PG" -X -q -v ON_ERROR_STOP=1 | awk '/^Time:/ { print $2 }'
}

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

# ---- warm-up: a JVM compiles its hot code after some thousand requests; the benchmark measures
# the steady state. First the HTTP path (wrk on cached tiles), then the path to the database
# (uncached rounds, not counted).

write_wrk_script
curl -s --config "$OUT/curl-urls.txt" -w '%{http_code}\n' >/dev/null
wrk -t2 -c16 -d10s -s "$OUT/tiles.lua" "$BASE_URL" >/dev/null
say "warm-up: 10 s of wrk on cached tiles"

# ---- (a) and (b): uncached HTTP against raw SQL, rounds interleaved

: >"$OUT/http-ms.txt"
: >"$OUT/sql-ms.txt"
for round in $(seq $((1 - WARMUP_ROUNDS)) "$ROUNDS"); do
  flush_cache
  http=$(http_round)
  sql=$(sql_round)
  [ "$(echo "$sql" | wc -l)" -eq "$TILES" ] || die "psql timed $(echo "$sql" | wc -l) of $TILES tiles"
  if [ "$round" -le 0 ]; then
    say "warm-up round $((round + WARMUP_ROUNDS))/$WARMUP_ROUNDS: HTTP p50 $(echo "$http" | percentiles | cut -d' ' -f1) ms, SQL p50 $(echo "$sql" | percentiles | cut -d' ' -f1) ms"
    continue
  fi
  echo "$http" >>"$OUT/http-ms.txt"
  echo "$sql" >>"$OUT/sql-ms.txt"
  say "round $round/$ROUNDS: HTTP p50 $(echo "$http" | percentiles | cut -d' ' -f1) ms, SQL p50 $(echo "$sql" | percentiles | cut -d' ' -f1) ms"
done
read -r HTTP_P50 HTTP_P95 _ HTTP_MEAN HTTP_N < <(percentiles <"$OUT/http-ms.txt")
read -r SQL_P50 SQL_P95 _ SQL_MEAN SQL_N < <(percentiles <"$OUT/sql-ms.txt")
TILE_BYTES=$(curl -s --config "$OUT/curl-urls.txt" -w '%{size_download}\n' | awk '{ s += $1 } END { print s }')
# the floor under (a): the same requests answered from the cache, one at a time
: >"$OUT/http-cached-ms.txt"
for _ in $(seq 1 "$ROUNDS"); do
  curl -s --config "$OUT/curl-urls.txt" -w '%header{x-tile-cache} %{time_total}\n' \
    | awk '$1 == "HIT" { printf "%.3f\n", $2 * 1000 }' >>"$OUT/http-cached-ms.txt"
done
read -r HIT_P50 HIT_P95 _ HIT_MEAN HIT_N < <(percentiles <"$OUT/http-cached-ms.txt")
[ "$HIT_N" -eq "$HTTP_N" ] || die "only $HIT_N of $HTTP_N requests were cache hits in the cached rounds"

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

# per tile: the median of its rounds in (a) and in (b); then by zoom, and for the heavier tiles
per_tile() {
  awk -v n="$TILES" '
    function median(a, k,   i, j, t) {
      for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    FILENAME == ARGV[1] { zoom[FNR] = $1; next }
    FILENAME == ARGV[2] { i = (FNR - 1) % n + 1; h[i, ++hk[i]] = $1; next }
    { i = (FNR - 1) % n + 1; q[i, ++qk[i]] = $1 }
    END {
      for (i = 1; i <= n; i++) {
        delete a; for (k = 1; k <= hk[i]; k++) a[k] = h[i, k]; hm = median(a, hk[i])
        delete a; for (k = 1; k <= qk[i]; k++) a[k] = q[i, k]; qm = median(a, qk[i])
        print zoom[i], hm, qm
      }
    }' "$OUT/tiles.txt" "$OUT/http-ms.txt" "$OUT/sql-ms.txt"
}
per_tile >"$OUT/per-tile.txt"
EXCESS=$(awk '{ print $2 - $3 }' "$OUT/per-tile.txt" | percentiles | cut -d' ' -f1)
read -r HEAVY_N HEAVY_HTTP HEAVY_SQL < <(awk '$3 >= 1.5 { n++; h += $2; q += $3 } END { printf "%d %.2f %.2f\n", n, h, q }' "$OUT/per-tile.txt")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
CPU=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
PG_VERSION=$(psql "$PG" -Atqc "select split_part(version(), ' ', 2) || ', PostGIS ' || postgis_lib_version()")
JAVA_VERSION=$(java -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')
{
  echo "### Vector tiles, $STAMP"
  echo
  echo "Machine: $(nproc) cores ($CPU), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo);"
  echo "PostgreSQL $PG_VERSION; Java $JAVA_VERSION. App, database and load generators on the same machine."
  echo "Command: \`./run.sh && bench/tiles.sh\`. Tile set: $TILES tiles (z $(head -1 "$OUT/zooms.txt" | cut -d' ' -f1)–$(tail -1 "$OUT/zooms.txt" | cut -d' ' -f1) over Changji), $TILE_BYTES bytes in all; day $DAY."
  echo
  echo "| measure | value | baseline (same run) | ratio |"
  echo "|---|---|---|---|"
  echo "| (a) uncached tile through HTTP, p50 | $HTTP_P50 ms | (b) SQL in PostgreSQL: $SQL_P50 ms | $(ratio "$HTTP_P50" "$SQL_P50") × |"
  echo "| (a) uncached tile through HTTP, p95 | $HTTP_P95 ms | (b) SQL in PostgreSQL: $SQL_P95 ms | $(ratio "$HTTP_P95" "$SQL_P95") × |"
  echo "| (a) uncached tile through HTTP, mean | $HTTP_MEAN ms | (b) SQL in PostgreSQL: $SQL_MEAN ms | $(ratio "$HTTP_MEAN" "$SQL_MEAN") × |"
  echo "| (a) − (b) for the same tile, median over the tiles | $EXCESS ms | | |"
  [ "$HEAVY_N" -gt 0 ] && echo "| (a) for the $HEAVY_N tiles whose SQL takes ≥ 1.5 ms, sum of per-tile medians | $HEAVY_HTTP ms | (b) $HEAVY_SQL ms | $(ratio "$HEAVY_HTTP" "$HEAVY_SQL") × |"
  echo "| (a′) cached tile through HTTP, one at a time, p50 / p95 (the floor under (a)) | $HIT_P50 / $HIT_P95 ms | | |"
  echo "| (c) cached tiles per second (wrk -t2 -c16, median of $WRK_RUNS × 10 s) | $WRK_RPS /s | the SQL at -c16 (pgbench): $SQL_TPS /s | $(ratio "$WRK_RPS" "$SQL_TPS") × |"
  echo "| (c) cached tile latency p50 / p99 (wrk) | $WRK_P50 / $WRK_P99 | | |"
  echo
  echo "By zoom, (a) / (b) (medians over the tiles of the per-tile medians): $(sort -n -k1,1 "$OUT/per-tile.txt" | awk '
    function med(a, k,   i, j, t) { for (i = 2; i <= k; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
      return k % 2 ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2 }
    function flush() { if (k) { printf "%sz%d: %.2f / %.2f ms (%.2f ×)", sep, z, med(h, k), med(q, k), med(h, k) / med(q, k); sep = "; " } }
    $1 != z { flush(); z = $1; k = 0; delete h; delete q }
    { k++; h[k] = $2; q[k] = $3 }
    END { flush() }')."
  echo
  echo "(a) and (b): $HTTP_N and $SQL_N timings ($ROUNDS rounds × $TILES tiles, after 10 s of wrk and $WARMUP_ROUNDS uncached warm-up rounds); wrk runs (tiles/s, p50, p99): $(paste -sd';' "$OUT/wrk.txt")."
} | tee "$OUT/report.md"
