#!/usr/bin/env bash
# Topology benchmark, on the shared harness (org.civgis.testing.bench.Bench): the full polygon check
# suite of geo-core (CoverageCheck) on generated coverages with injected errors, against PostGIS
# doing overlaps (self-join with ST_Overlaps and ST_Intersection) and gaps (holes of ST_Union) on
# the same data — prepared, on one reused connection, warmed — rounds alternated. Prints a Markdown
# table with medians, spreads and the load average (see CoverageCheckBenchmark).
#
#   bench/topology.sh                               Voronoi 5,000 and 50,000 cells, grid 50,000
#   bench/topology.sh voronoi:500000 grid:5000      the coverages to run, as kind:cells
#   BENCH_WARMUPS=2 BENCH_ROUNDS=5                  warm-up and measured rounds of each side
#   BENCH_XMX=1g                                    the benchmark JVM's heap (as the app's)
#   (before the rounds the check runs for 10 s, at least once, for the JIT)
#
# Coverages (seeded): voronoi — a Voronoi diagram clipped to a rectangle over 86.0–88.5°E,
# 43.5–45.0°N, with 3 m shifts, shrinks and 0.2 m slivers (0.2 % of the cells each), one cell
# pushed out of the parent and one bow-tie; grid — the jittered lattice of the earlier runs.
# It starts its own throwaway PostgreSQL under a temporary folder and stops and removes it at the
# end; the report is kept in var/bench/topology/.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/throwaway-db.sh
ROOT=$PWD
BENCH=$ROOT/var/bench/topology
mkdir -p "$BENCH"

echo "Building…"
# in one reactor, so that the sibling modules come from their target/ folders (nothing installed);
# the class path written last is boundary-inspection's
mvn -B -q -ntp -pl boundary-inspection -am test-compile dependency:build-classpath \
  -Dfrontend.skip=true -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH/classpath.txt" >/dev/null

start_bench_database bench_topology

echo "Measuring…"
java "-Xmx${BENCH_XMX:-1g}" -Dbench.warmups="${BENCH_WARMUPS:-2}" -Dbench.rounds="${BENCH_ROUNDS:-5}" \
  -cp "boundary-inspection/target/test-classes:boundary-inspection/target/classes:$(cat "$BENCH/classpath.txt")" \
  org.civgis.boundary.check.CoverageCheckBenchmark \
  "jdbc:postgresql://127.0.0.1:$PORT/bench_topology?user=civgis" "$@" \
  | tee "$BENCH/topology-$(date -u +%Y%m%dT%H%M).md"
