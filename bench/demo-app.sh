# Sourced by the bench scripts that measure the running app (run from the project root, with
# ROOT, BASE_URL and OUT set and say/die defined): the app answering at BASE_URL, or one started
# here with ./run.sh (the project-local PostGIS and the demo data) and stopped when the script
# exits, with the database unless that was running before.
#
#   healthy              true when the app at BASE_URL answers UP
#   ensure_demo_app      starts the app when none answers (its log: $OUT/run.log); sets
#                        STARTED_HERE=true when it did. Environment exported before the call
#                        (e.g. SERVER_TOMCAT_ACCESSLOG_*) reaches the app it starts.
healthy() { curl -fsS "$BASE_URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }

ensure_demo_app() {
  STARTED_HERE=false
  healthy && return 0
  db_was_running=false
  scripts/pg.sh status "$ROOT/var/postgres" >/dev/null 2>&1 && db_was_running=true
  say "no app at $BASE_URL: starting one with ./run.sh (stopped again at the end)"
  stop_demo_app() {
    local pid
    pid=$(cat "$ROOT/var/app.pid" 2>/dev/null) && kill "$pid" 2>/dev/null && say "stopped the app (pid $pid)"
    rm -f "$ROOT/var/app.pid"
    $db_was_running || scripts/pg.sh stop "$ROOT/var/postgres" >/dev/null 2>&1 || true
  }
  trap stop_demo_app EXIT
  ./run.sh >"$OUT/run.log" 2>&1 || die "./run.sh failed (see $OUT/run.log)"
  STARTED_HERE=true
  healthy || die "the app started by ./run.sh does not answer at $BASE_URL"
}
