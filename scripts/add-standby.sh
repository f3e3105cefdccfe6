#!/usr/bin/env bash
# A streaming hot standby of the project-local cluster that ./run.sh starts, on the same machine:
# for a trial of reads from a replica (CIVGIS_DB_READ_URL) and of a failover drill. A production
# standby belongs on another machine; see docs/DEPLOYMENT.md.
#
#   scripts/add-standby.sh            make the standby (pg_basebackup -R, once) and start it
#   scripts/add-standby.sh stop       stop it
#   scripts/add-standby.sh status     say whether it runs and how far behind it is
#   scripts/add-standby.sh remove     stop it and delete its files
#
# Settings (environment):
#   CIVGIS_PG_PORT=55432              port of the project-local primary (under ./var/postgres)
#   CIVGIS_PG_STANDBY_PORT=55433      port of the standby (under ./var/postgres-standby)
set -euo pipefail
cd "$(dirname "$0")/.."
PRIMARY_PORT=${CIVGIS_PG_PORT:-55432}
PORT=${CIVGIS_PG_STANDBY_PORT:-55433}
PRIMARY_DIR=$PWD/var/postgres
DIR=$PWD/var/postgres-standby

die() { echo "add-standby.sh: $*" >&2; exit 1; }

sql() {
  local port=$1; shift
  psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres -c "$*"
}

start() {
  scripts/pg.sh status "$PRIMARY_DIR" || die "the project-local cluster does not run: start it with ./run.sh"
  [ "$(sql "$PRIMARY_PORT" "show wal_level")" != minimal ] \
    || die "the primary has wal_level=minimal; set it to replica and restart it"
  local fresh=false
  [ -f "$DIR/PG_VERSION" ] || fresh=true
  scripts/pg.sh standby "$DIR" "$PORT" "$PRIMARY_PORT"
  if $fresh; then
    # long reads on the standby are not cancelled by the cleanup replayed from the primary
    sql "$PORT" "alter system set hot_standby_feedback = on" >/dev/null
    sql "$PORT" "select pg_reload_conf()" >/dev/null
  fi
  echo "Standby of port $PRIMARY_PORT runs on port $PORT ($DIR)."
  echo "Read from it with: CIVGIS_DB_READ_URL=jdbc:postgresql://127.0.0.1:$PORT/civgis"
}

status() {
  if ! scripts/pg.sh status "$DIR"; then
    echo "standby: stopped"
    return 1
  fi
  echo "standby: running on port $PORT, in recovery: $(sql "$PORT" "select pg_is_in_recovery()")"
  if scripts/pg.sh status "$PRIMARY_DIR"; then
    echo "replication as the primary sees it (bytes behind):"
    sql "$PRIMARY_PORT" "select application_name || ' ' || state || ' ' ||
      coalesce(pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn)::bigint::text, '?')
      from pg_stat_replication"
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) scripts/pg.sh stop "$DIR"; echo "Standby stopped." ;;
  status) status ;;
  remove) scripts/pg.sh stop "$DIR"; rm -rf "$DIR"; echo "Standby removed." ;;
  *) die "usage: scripts/add-standby.sh [start|stop|status|remove]" ;;
esac
