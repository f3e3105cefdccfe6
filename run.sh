#!/usr/bin/env bash
# Quick start.
#   ./run.sh          install what is missing, start the project-local PostGIS, build if the sources
#                     changed, load the Changji demo data if the database lacks it, serve the app
#   ./run.sh stop     stop the app and the project-local PostGIS
#   ./run.sh status   say what is running
#
# Settings (environment):
#   CIVGIS_PORT=8080                      HTTP port of the app
#   CIVGIS_PG_PORT=55432                  port of the project-local PostGIS (under ./var/postgres)
#   CIVGIS_DB_URL, CIVGIS_DB_USER, CIVGIS_DB_PASSWORD
#                                         use an existing PostGIS instead: nothing is installed or
#                                         started for the database (it needs the extensions postgis,
#                                         pgrouting, pg_trgm and btree_gist)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
VAR=$ROOT/var
APP_PORT=${CIVGIS_PORT:-8080}
PG_PORT=${CIVGIS_PG_PORT:-55432}
PG_DIR=$VAR/postgres
APP_JAR=$ROOT/map-web/target/civgis-web.jar
LOADER_JAR=$ROOT/data/target/civgis-data-exec.jar
URL=http://localhost:$APP_PORT

external_db=false
if [ -n "${CIVGIS_DB_URL:-}" ]; then external_db=true; fi
export CIVGIS_DB_URL=${CIVGIS_DB_URL:-jdbc:postgresql://127.0.0.1:$PG_PORT/civgis}
export CIVGIS_DB_USER=${CIVGIS_DB_USER:-civgis}
export CIVGIS_DB_PASSWORD=${CIVGIS_DB_PASSWORD:-}
export CIVGIS_PORT=$APP_PORT
# the demo users of the README (change their passwords, or set this to false, for real use)
export CIVGIS_DEMO_USERS=${CIVGIS_DEMO_USERS:-true}

app_pid() {
  local pid
  pid=$(cat "$VAR/app.pid" 2>/dev/null) || return 1
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

healthy() { curl -fsS "$URL/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }

stop() {
  local pid
  if pid=$(app_pid); then
    echo "Stopping the app (pid $pid)…"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -f "$VAR/app.pid"
  if ! $external_db && [ -d "$PG_DIR" ]; then
    echo "Stopping the project-local PostGIS…"
    scripts/pg.sh stop "$PG_DIR"
  fi
  echo "Stopped."
}

status() {
  if pid=$(app_pid); then echo "app: running (pid $pid) at $URL"; else echo "app: stopped"; fi
  if $external_db; then echo "database: external ($CIVGIS_DB_URL)";
  elif scripts/pg.sh status "$PG_DIR"; then echo "database: running on port $PG_PORT ($PG_DIR)";
  else echo "database: stopped"; fi
}

needs_build() {
  [ -f "$APP_JAR" ] && [ -f "$LOADER_JAR" ] || return 0
  [ -n "$(find pom.xml ./*/pom.xml ./*/src data/changji -type f -newer "$APP_JAR" \
      -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}

start() {
  if app_pid >/dev/null && healthy; then
    echo "Already running: $URL  (stop with ./run.sh stop)"
    return 0
  fi
  mkdir -p "$VAR/log"
  if $external_db; then scripts/install-deps.sh --no-db; else scripts/install-deps.sh; fi

  if ! $external_db; then
    scripts/pg.sh start "$PG_DIR" "$PG_PORT"
    scripts/pg.sh createdb "$PG_PORT" civgis civgis
  fi

  if needs_build; then
    echo "Building (the first build downloads dependencies and takes a few minutes)…"
    mvn -B -q -ntp -DskipTests package
  fi

  java -jar "$LOADER_JAR" load

  echo "Starting the app…"
  nohup java -Xmx1g -XX:+ExitOnOutOfMemoryError -jar "$APP_JAR" >"$VAR/log/app.log" 2>&1 &
  echo $! >"$VAR/app.pid"
  for _ in $(seq 1 240); do
    if healthy; then
      echo
      echo "  民政地理信息平台 is ready: $URL"
      echo "  API: $URL/ogc  ·  $URL/swagger-ui.html  ·  log: var/log/app.log"
      echo "  Stop the app and the database with: ./run.sh stop"
      return 0
    fi
    if ! app_pid >/dev/null; then
      tail -30 "$VAR/log/app.log" >&2
      echo "run.sh: the app stopped during start; see var/log/app.log" >&2
      exit 1
    fi
    sleep 0.5
  done
  echo "run.sh: the app did not become healthy in 120 s; see var/log/app.log" >&2
  exit 1
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: ./run.sh [start|stop|status]" >&2; exit 2 ;;
esac
