#!/usr/bin/env bash
# Backs up the project's data: every schema but public, which holds only the extensions (each
# module's schema — boundary, gazetteer, platform, dataset … — with its tables, users, sessions and
# audit trail), in pg_dump's custom format.
#
#   scripts/backup.sh [FILE]     default: var/backup/civgis-<date>-<time>.dump
#
# The database comes from CIVGIS_DB_URL, CIVGIS_DB_USER, CIVGIS_DB_PASSWORD (default: the
# project-local cluster of ./run.sh). The app may keep running: pg_dump reads one consistent
# snapshot. Restore with scripts/restore.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/db-env.sh

file=${1:-var/backup/civgis-$(date +%Y%m%d-%H%M%S).dump}
mkdir -p "$(dirname "$file")"
# the schemas by name: naming them keeps the extensions (owned by an administrator) out of the dump
schemas=()
while read -r schema; do
  [ -n "$schema" ] && schemas+=("--schema=$schema")
done < <(psql -XAt -c "select nspname from pg_namespace
  where nspname not in ('public', 'information_schema') and nspname not like 'pg\_%'
  order by nspname")
[ ${#schemas[@]} -gt 0 ] || { echo "backup.sh: no schema to back up in $PGDATABASE" >&2; exit 2; }
pg_dump --format=custom "${schemas[@]}" --file="$file"
echo "Backed up ${schemas[*]#--schema=} of $PGDATABASE on $PGHOST:$PGPORT to $file ($(du -h "$file" | cut -f1))"
