#!/usr/bin/env bash
# Topology benchmark: the full polygon check suite of geo-core (CoverageCheck) on a generated
# coverage of 50,000 polygons with injected errors (overlaps, gaps, slivers, self-intersections,
# parts outside the parent), against PostGIS doing overlaps (self-join with ST_Overlaps and
# ST_Intersection) and gaps (holes of ST_Union) on the same data, in one run: warm-up rounds, then
# measured rounds, interleaved. Prints a Markdown table for BENCHMARKS.md.
#
#   bench/topology.sh              1 warm-up round, 3 measured
#   bench/topology.sh 1 5          1 warm-up round, 5 measured
#
# It starts its own throwaway PostgreSQL under a temporary folder and stops it at the end; the JVM
# runs with -Xmx1g, as the app does.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/throwaway-db.sh
ROOT=$PWD
BENCH=$ROOT/var/bench/topology
mkdir -p "$BENCH"

echo "Building…"
mvn -B -q -ntp -pl boundary-inspection -am install -DskipTests -Dfrontend.skip=true
mvn -B -q -ntp -pl boundary-inspection test-compile -Dfrontend.skip=true
mvn -B -q -ntp -pl boundary-inspection dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$BENCH/classpath.txt"

start_bench_database bench_topology

echo "Measuring (several minutes)…"
java -Xmx1g -cp "boundary-inspection/target/test-classes:boundary-inspection/target/classes:$(cat "$BENCH/classpath.txt")" \
  org.civgis.boundary.check.CoverageCheckBenchmark \
  "jdbc:postgresql://127.0.0.1:$PORT/bench_topology?user=civgis" "${1:-1}" "${2:-3}"
