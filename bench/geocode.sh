#!/usr/bin/env bash
# Geocoding benchmark: accuracy on the geocoder's acceptance cases (data/src/test/resources/
# geocode/cases.tsv) and the throughput of a batch of 10,000 addresses, for the in-memory geocoder
# and, in the same run, for PostgreSQL pg_trgm similarity over the same registry (GIN index on the
# address text). Prints a Markdown table for BENCHMARKS.md.
#
#   bench/geocode.sh
#
# It starts its own throwaway PostgreSQL, loads the demo into it, and stops it at the end; the JVM
# runs with -Xmx1g, as the app does.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/throwaway-db.sh
BENCH=$PWD/var/bench/geocode
mkdir -p "$BENCH"

echo "Building…"
# in one reactor, so that the sibling modules come from their target/ folders (nothing installed);
# the class path written last is data's
mvn -B -q -ntp -pl data -am test-compile dependency:build-classpath -Dfrontend.skip=true \
  -Dmdep.includeScope=test -Dmdep.outputFile="$BENCH/classpath.txt" >/dev/null

start_bench_database bench_geocode

echo "Measuring…"
java -Xmx1g -cp "data/target/test-classes:data/target/classes:$(cat "$BENCH/classpath.txt")" \
  org.civgis.data.geocode.GeocodeBenchmark "jdbc:postgresql://127.0.0.1:$PORT/bench_geocode?user=civgis"
