#!/usr/bin/env bash
# Backs up the project's data: the schemas boundary, platform and dataset (all the app's tables,
# users, sessions and audit trail), in pg_dump's custom format.
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
pg_dump --format=custom --schema=boundary --schema=platform --schema=dataset --file="$file"
echo "Backed up $PGDATABASE on $PGHOST:$PGPORT to $file ($(du -h "$file" | cut -f1))"
