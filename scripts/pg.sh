#!/usr/bin/env bash
# Project-local PostgreSQL clusters: the development cluster under ./var and the throwaway test
# clusters. Never touches the system's own cluster.
#
#   scripts/pg.sh start DIR PORT [--throwaway]   init (if needed) and start a cluster in DIR on PORT
#   scripts/pg.sh stop DIR                        stop the cluster in DIR (no error if not running)
#   scripts/pg.sh status DIR                      exit 0 when the cluster in DIR is running
#   scripts/pg.sh standby DIR PORT PRIMARY_PORT   a streaming standby of the cluster on PRIMARY_PORT in
#                                                 DIR (pg_basebackup -R, once), started on PORT
#   scripts/pg.sh createdb PORT DB ROLE           role and database with postgis, pgrouting, pg_trgm
#   scripts/pg.sh free-port FROM                  the first port >= FROM nobody listens on
#
# The cluster listens on 127.0.0.1 only, with no Unix socket, and trusts local connections: it is
# for development and tests on one machine. As root, the server runs as the postgres user.
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

die() { echo "pg.sh: $*" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmd_free_port() {
  local port=${1:?FROM}
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

cmd_status() {
  local dir=${1:?DIR}
  [ -f "$dir/PG_VERSION" ] || return 1
  as_owner "$PG_BIN/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

cmd_start() {
  local dir=${1:?DIR} port=${2:?PORT} throwaway=${3:-}
  [ -x "$PG_BIN/initdb" ] || die "PostgreSQL 15 server binaries not found in $PG_BIN (install postgresql-15)"
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd)
  if [ "$(id -u)" = 0 ]; then
    chown postgres:postgres "$dir"
    chmod 700 "$dir"
    runuser -u postgres -- test -w "$dir" \
      || die "the postgres user cannot reach $dir; give it search rights on the parent folders or set CIVGIS_DB_URL"
  fi
  if [ ! -f "$dir/PG_VERSION" ]; then
    as_owner "$PG_BIN/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
      || { cat "$dir.initdb.log" >&2; die "initdb failed in $dir"; }
    rm -f "$dir.initdb.log"
    {
      echo "listen_addresses = '127.0.0.1'"
      echo "unix_socket_directories = ''"
      echo "max_connections = 200"
      echo "shared_buffers = 256MB"
      echo "logging_collector = off"
      if [ "$throwaway" = --throwaway ]; then
        # nothing in a throwaway cluster needs to survive a crash
        echo "fsync = off"
        echo "synchronous_commit = off"
        echo "full_page_writes = off"
      fi
    } | as_owner tee -a "$dir/postgresql.conf" >/dev/null
  fi
  if cmd_status "$dir"; then
    return 0
  fi
  port_in_use "$port" && die "port $port is taken by another program; choose another with CIVGIS_PG_PORT"
  as_owner "$PG_BIN/pg_ctl" -D "$dir" -o "-p $port" -l "$dir/server.log" -w -t 60 start >/dev/null \
    || { tail -20 "$dir/server.log" >&2; die "the cluster in $dir did not start"; }
}

# A hot standby: a copy of the primary's files that replays its WAL as it streams in and answers
# read-only queries. The primary needs wal_level=replica (PostgreSQL's default) and a replication
# line in pg_hba.conf (initdb writes one for 127.0.0.1).
cmd_standby() {
  local dir=${1:?DIR} port=${2:?PORT} primary_port=${3:?PRIMARY_PORT}
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    if [ "$(id -u)" = 0 ]; then
      chown postgres:postgres "$dir"
      chmod 700 "$dir"
    fi
    as_owner "$PG_BIN/pg_basebackup" -h 127.0.0.1 -p "$primary_port" -U postgres -D "$dir" \
      -R -X stream -c fast >"$dir.basebackup.log" 2>&1 \
      || { cat "$dir.basebackup.log" >&2; die "pg_basebackup from port $primary_port failed"; }
    rm -f "$dir.basebackup.log"
  fi
  cmd_start "$dir" "$port"
}

cmd_stop() {
  local dir=${1:?DIR}
  if cmd_status "$dir"; then
    as_owner "$PG_BIN/pg_ctl" -D "$dir" -m fast -w stop >/dev/null
  fi
}

psql_admin() {
  local port=$1; shift
  PGOPTIONS='-c client_min_messages=warning' \
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"
}

cmd_createdb() {
  local port=${1:?PORT} db=${2:?DB} role=${3:?ROLE}
  if [ -z "$(psql_admin "$port" -d postgres -tAc "select 1 from pg_roles where rolname = '$role'")" ]; then
    psql_admin "$port" -d postgres -c "create role \"$role\" login"
  fi
  if [ -z "$(psql_admin "$port" -d postgres -tAc "select 1 from pg_database where datname = '$db'")" ]; then
    psql_admin "$port" -d postgres -c "create database \"$db\" owner \"$role\""
  fi
  # Extensions need a superuser; the app's first migrations only check that they exist.
  psql_admin "$port" -d "$db" \
    -c "create extension if not exists postgis" \
    -c "create extension if not exists pgrouting" \
    -c "create extension if not exists pg_trgm" \
    -c "create extension if not exists btree_gist"
}

case "${1:-}" in
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  status) shift; cmd_status "$@" ;;
  standby) shift; cmd_standby "$@" ;;
  createdb) shift; cmd_createdb "$@" ;;
  free-port) shift; cmd_free_port "$@" ;;
  *) die "usage: pg.sh start|stop|status|standby|createdb|free-port …" ;;
esac
