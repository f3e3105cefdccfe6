# Sourced by the database scripts: turns CIVGIS_DB_URL (a JDBC URL), CIVGIS_DB_USER and
# CIVGIS_DB_PASSWORD into the libpq variables PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD.
# Defaults: the project-local cluster of ./run.sh.
url=${CIVGIS_DB_URL:-jdbc:postgresql://127.0.0.1:${CIVGIS_PG_PORT:-55432}/civgis}
if [[ ! $url =~ ^jdbc:postgresql://([^:/?]+)(:([0-9]+))?/([^?]+) ]]; then
  echo "${0##*/}: CIVGIS_DB_URL is not a PostgreSQL JDBC URL: $url" >&2
  exit 2
fi
export PGHOST=${BASH_REMATCH[1]}
export PGPORT=${BASH_REMATCH[3]:-5432}
export PGDATABASE=${BASH_REMATCH[4]}
export PGUSER=${CIVGIS_DB_USER:-civgis}
export PGPASSWORD=${CIVGIS_DB_PASSWORD:-}
