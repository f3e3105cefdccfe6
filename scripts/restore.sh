#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into the project's database, replacing the schemas
# it holds (every schema of the project; public, with the extensions, is left alone). The target database must have the extensions postgis,
# pgrouting, pg_trgm and btree_gist (as every database of the app has). Stop the app first.
#
#   scripts/restore.sh FILE
#
# The database comes from CIVGIS_DB_URL, CIVGIS_DB_USER, CIVGIS_DB_PASSWORD (default: the
# project-local cluster of ./run.sh). One transaction: on any error nothing is changed.
set -euo pipefail
cd "$(dirname "$0")/.."
file=${1:?usage: scripts/restore.sh FILE}
[ -r "$file" ] || { echo "restore.sh: cannot read $file" >&2; exit 2; }
source scripts/db-env.sh

pg_restore --clean --if-exists --no-owner --single-transaction --exit-on-error \
  --dbname="$PGDATABASE" "$file"
echo "Restored $file into $PGDATABASE on $PGHOST:$PGPORT"
