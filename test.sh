#!/usr/bin/env bash
# The whole suite: unit tests (*Test), integration tests against a real, throwaway PostGIS (*IT),
# the frontend's type check, lint and unit tests, and the browser test (Playwright + Chromium).
#   ./test.sh                 everything
#   ./test.sh -pl geo-core    extra arguments go to Maven
# CIVGIS_TEST_PG_URL=jdbc:postgresql://host:port/postgres (a superuser connection) runs the
# integration tests on that server instead of a throwaway cluster.
set -euo pipefail
cd "$(dirname "$0")"

scripts/install-deps.sh --test

url=${CIVGIS_TEST_PG_URL:-}
if [ -z "$url" ]; then
  dir=$(mktemp -d "${TMPDIR:-/tmp}/civgis-test-pg.XXXXXX")
  port=$(scripts/pg.sh free-port 56500)
  cleanup() { scripts/pg.sh stop "$dir" || true; rm -rf "$dir"; }
  trap cleanup EXIT
  echo "Starting a throwaway PostGIS on port $port…"
  scripts/pg.sh start "$dir" "$port" --throwaway
  url=jdbc:postgresql://127.0.0.1:$port/postgres
fi

mvn -B -ntp verify -Dpostgis.required=true "-Dpostgis.url=$url" "$@"
