# Sourced by the bench scripts (run from the project root): a throwaway PostgreSQL with PostGIS and
# pgRouting under a temporary folder, stopped and removed when the script exits.
#
#   start_bench_database NAME   starts it, creates database NAME owned by civgis; sets PGDIR, PORT
start_bench_database() {
  PGDIR=$(mktemp -d "${TMPDIR:-/tmp}/civgis-bench-pg.XXXXXX")
  PORT=$(scripts/pg.sh free-port 56900)
  trap 'scripts/pg.sh stop "$PGDIR" || true; rm -rf "$PGDIR"' EXIT
  scripts/pg.sh start "$PGDIR" "$PORT" --throwaway
  scripts/pg.sh createdb "$PORT" "$1" civgis >/dev/null
}
