#!/usr/bin/env bash
# Installs with apt what the project needs and the machine lacks (Debian 12). Does nothing when all
# is present, so run.sh and test.sh call it every time.
#
#   scripts/install-deps.sh            what ./run.sh needs
#   scripts/install-deps.sh --test     and what ./test.sh needs (Chromium, CJK fonts)
#   scripts/install-deps.sh --no-db    leave out the PostgreSQL server (an external PostGIS is used)
set -euo pipefail

with_test=false
with_db=true
for arg in "$@"; do
  case "$arg" in
    --test) with_test=true ;;
    --no-db) with_db=false ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
need_file() { [ -e "$1" ] || missing+=("$2"); }
need_cmd() { command -v "$1" >/dev/null 2>&1 || missing+=("$2"); }

if $with_db; then
  need_file /usr/lib/postgresql/15/bin/initdb postgresql-15
  need_file /usr/share/postgresql/15/extension/postgis.control postgresql-15-postgis-3
  need_file /usr/share/postgresql/15/extension/pgrouting.control postgresql-15-pgrouting
fi
need_cmd psql postgresql-client-15
need_cmd ogr2ogr gdal-bin
need_cmd java openjdk-17-jdk-headless
need_cmd javac openjdk-17-jdk-headless
need_cmd mvn maven
need_cmd node nodejs
need_cmd npm npm
need_cmd curl curl
if $with_test; then
  need_file /usr/bin/chromium chromium
  need_file /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc fonts-noto-cjk
fi

if [ ${#missing[@]} -gt 0 ]; then
  # shellcheck disable=SC2207
  packages=($(printf '%s\n' "${missing[@]}" | sort -u))
  echo "Installing with apt: ${packages[*]}"
  sudo_cmd=()
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps.sh: need root or sudo to install ${packages[*]}" >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

# Vite 8 needs Node.js 20.19 or newer; Debian 12's own nodejs package is 18.
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "install-deps.sh: Node.js $(node -v) is too old for the frontend build (need 20.19+)." >&2
  echo "  Install Node.js 20 or 22 from the NodeSource apt repository, then run again." >&2
  exit 1
fi
