#!/usr/bin/env bash
# Installs what is missing, and nothing else: Debian packages (QGIS 3.22 and tools), the virtual environment,
# the compiled translations. A second run finds everything in place and returns at once.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# PostgreSQL as Debian offers it: 15 on Debian 12 (bookworm), 17 on Debian 13 (trixie)
case "$(. /etc/os-release 2>/dev/null; echo "${VERSION_ID:-12}")" in
  13*) PG=17 ;;
  *) PG=15 ;;
esac

APT_PACKAGES=(
  qgis python3-qgis qgis-providers qgis-server   # QGIS as Debian ships it: 3.22 on Debian 12, 3.40 on 13
  python3-venv                                   # the virtual environment
  qttools5-dev-tools pyqt5-dev-tools             # lrelease, pylupdate5 (translations)
  xvfb xauth x11-utils                           # QGIS's real window without a display
  poppler-utils zip                              # PDF checks, pb_tool's zip
  mmdebstrap                                     # the Debian trees with QGIS 3.40 and 3.44 (scripts/qgis_trees.py)
  nginx spawn-fcgi openssl                       # the reference shared server (server/): QGIS Server behind nginx
  "postgresql-$PG" "postgresql-$PG-postgis-3"    # the pygeoapi server (server/pygeoapi_server.py): its own cluster
  chromium chromium-driver                       # the online map's tests in a real browser (headless)
  python3-pil                                    # drawing the sample photos (scripts/make_sample_photos.py)
)
# npm installs the online map's web-mapping library (server/web); Debian's when none is there
command -v npm >/dev/null 2>&1 || APT_PACKAGES+=(nodejs npm)

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  # nginx and PostgreSQL are for the servers the tests start on 127.0.0.1, each in its own run folder: Debian must
  # not start its own (nginx on port 80, the "main" cluster on 5432; invoke-rc.d asks policy-rc.d, and 101 means
  # "do not start"), so install with such a policy in place if none is. (postgresql-$PG still creates the cluster
  # $PG/main, stopped; the servers never use it.)
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT  # removed however the install ends
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q "${missing[@]}"
fi

VENV="$ROOT/.venv"
STAMP="$VENV/.requirements.sha256"
wanted="$(sha256sum requirements-dev.txt | cut -d' ' -f1)"
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import qgis.core" 2>/dev/null; then
  say "creating the virtual environment .venv (system site packages: qgis and PyQt5 come from Debian)"
  rm -rf "$VENV"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
if [ "$(cat "$STAMP" 2>/dev/null)" != "$wanted" ]; then
  say "installing Python tools into .venv"
  # (pip on these machines may warn about configured local index folders that do not exist: harmless)
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt 2>&1 \
    | { grep -v "is ignored: it is neither a file nor a directory" || true; }
  echo "$wanted" >"$STAMP"
fi

# pygeoapi's own environment (server/pygeoapi_server.py): not the system's site packages, every version pinned
PGAPI_VENV="$ROOT/.venv-pygeoapi"
PGAPI_STAMP="$PGAPI_VENV/.requirements.sha256"
PGAPI_REQUIREMENTS="server/requirements-pygeoapi.txt"
wanted="$(sha256sum "$PGAPI_REQUIREMENTS" | cut -d' ' -f1)"
if [ ! -x "$PGAPI_VENV/bin/python" ] || ! "$PGAPI_VENV/bin/python" -c "import sys" 2>/dev/null; then
  say "creating pygeoapi's virtual environment .venv-pygeoapi"
  rm -rf "$PGAPI_VENV"
  /usr/bin/python3 -m venv "$PGAPI_VENV"
fi
if [ "$(cat "$PGAPI_STAMP" 2>/dev/null)" != "$wanted" ]; then
  say "installing pygeoapi into .venv-pygeoapi"
  "$PGAPI_VENV/bin/python" -m pip install -q --disable-pip-version-check -r "$PGAPI_REQUIREMENTS" 2>&1 \
    | { grep -v "is ignored: it is neither a file nor a directory" || true; }
  "$PGAPI_VENV/bin/python" -c "import pygeoapi.provider.sql, gunicorn, psycopg2"
  echo "$wanted" >"$PGAPI_STAMP"
fi

# the online map's web-mapping library (server/web): npm ci from the committed lockfile (nothing downloaded at run
# time, nothing built is committed), then the library's build and stylesheet copied into map/vendor/ (gitignored)
WEB="$ROOT/server/web"
WEB_STAMP="$WEB/node_modules/.package-lock.sha256"
wanted="$(sha256sum "$WEB/package-lock.json" | cut -d' ' -f1)"
if [ "$(cat "$WEB_STAMP" 2>/dev/null)" != "$wanted" ] || [ ! -f "$WEB/map/vendor/ol.js" ]; then
  say "installing the online map's library into server/web (npm ci)"
  (cd "$WEB" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
  mkdir -p "$WEB/map/vendor"
  cp "$WEB/node_modules/ol/dist/ol.js" "$WEB/node_modules/ol/ol.css" "$WEB/node_modules/ol/LICENSE.md" "$WEB/map/vendor/"
  echo "$wanted" >"$WEB_STAMP"
fi

# the Qt 6 readiness checks' own environment: PyQt6 and QGIS's migration tool, never beside QGIS (Qt 5) in a process
QT6_VENV="$ROOT/.venv-qt6"
QT6_STAMP="$QT6_VENV/.requirements.sha256"
wanted="$(sha256sum requirements-qt6.txt | cut -d' ' -f1)"
if [ ! -x "$QT6_VENV/bin/python" ] || [ "$(cat "$QT6_STAMP" 2>/dev/null)" != "$wanted" ]; then
  say "installing PyQt6 and the QGIS plugin migration tool into .venv-qt6"
  rm -rf "$QT6_VENV"
  /usr/bin/python3 -m venv "$QT6_VENV"
  older_python=()
  /usr/bin/python3 -c 'import sys; sys.exit(sys.version_info >= (3, 12))' && older_python=(--ignore-requires-python)
  "$QT6_VENV/bin/python" -m pip install -q --disable-pip-version-check "${older_python[@]}" -r requirements-qt6.txt 2>&1 \
    | { grep -v "is ignored: it is neither a file nor a directory" || true; }
  echo "$wanted" >"$QT6_STAMP"
fi

# the sample cities' photos (drawn, never downloaded; the same bytes at every run): resources/samples/photos/
if [ ! -f resources/samples/photos/woodcarving.jpg ]; then
  say "drawing the sample photos into resources/samples/photos"
  "$VENV/bin/python" scripts/make_sample_photos.py --out resources/samples/photos >/dev/null
fi

shopt -s nullglob
# translations: .ts (committed) -> .qm (built), only when a source changed
for ts in i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    say "compiling $ts"
    lrelease -silent "$ts" -qm "$qm"
  fi
done
