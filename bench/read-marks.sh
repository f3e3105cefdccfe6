#!/usr/bin/env bash
# What recording the read marks costs an editor's items page (docs/adr 0013), on the shared
# harness: two app instances on one throwaway database, one recording and one not (the baseline),
# a page of 1,000 facilities read by the planner through each, page by page, rounds alternated
# after warm-up rounds (see org.civgis.web.platform.ReadMarksCostIT). Prints the Markdown table and
# keeps it in var/bench/read-marks/.
#
#   bench/read-marks.sh
#   BENCH_WARMUPS=2 BENCH_ROUNDS=5 BENCH_PAGES=20    (the defaults)
#
# It runs as an integration test of map-web through ./test.sh, which starts its own throwaway
# PostgreSQL and stops it at the end; nothing else is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=$PWD/var/bench/read-marks
mkdir -p "$OUT"
log=$OUT/run-$(date -u +%Y%m%dT%H%M).log
./test.sh -pl map-web -am -Dfrontend.skip=true -Dit.test=ReadMarksCostIT -Dtest=NONE \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dbench=read-marks -Dbench.warmups="${BENCH_WARMUPS:-2}" -Dbench.rounds="${BENCH_ROUNDS:-5}" \
  -Dbench.pages="${BENCH_PAGES:-20}" >"$log" 2>&1 || { tail -40 "$log" >&2; exit 1; }
# the report: from the table's heading to the end of the test's output
awk '/^### Read marks/ { on = 1 } on && /^\[(INFO|ERROR|WARNING)\]/ { exit } on' "$log" \
  | tee "$OUT/report-$(date -u +%Y%m%dT%H%M).md"
