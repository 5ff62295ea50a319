#!/usr/bin/env bash
# Installs what is missing, and nothing else: Debian packages (QGIS 3.22 and tools), the virtual environment,
# the compiled translations. A second run finds everything in place and returns at once.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

APT_PACKAGES=(
  qgis python3-qgis qgis-providers qgis-server   # QGIS 3.22 LTR as Debian 12 ships it
  python3-venv                                   # the virtual environment
  qttools5-dev-tools pyqt5-dev-tools             # lrelease, pylupdate5 (translations)
  xvfb xauth x11-utils                           # QGIS's real window without a display
  poppler-utils zip                              # PDF checks, pb_tool's zip
  nginx spawn-fcgi openssl                       # the reference shared server (server/): QGIS Server behind nginx
)

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -q
  # nginx is for the reference server the tests start on 127.0.0.1: Debian must not start its own on port 80
  # (invoke-rc.d asks policy-rc.d; 101 means "do not start"), so install with such a policy in place if none is
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

shopt -s nullglob
# translations: .ts (committed) -> .qm (built), only when a source changed
for ts in creative_layers_plugin/i18n/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    say "compiling $ts"
    lrelease -silent "$ts" -qm "$qm"
  fi
done
