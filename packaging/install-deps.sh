#!/usr/bin/env bash
# install-deps.sh - installs everything Strata needs to build, run and test on Debian 12.
# Idempotent: packages already present are skipped; safe to run on every CI start.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config clang-format
  qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev libqscintilla2-qt6-dev
  libqt6sql6-sqlite libsqlite3-dev libpq-dev libmariadb-dev libpg-query-dev libgraphviz-dev
  xvfb xauth imagemagick
  mariadb-server postgresql
)
# Debian's nodejs conflicts with the npm that ships inside NodeSource's nodejs: only ask for node
# when there is none.
command -v node >/dev/null 2>&1 || PACKAGES+=(nodejs)
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "[install-deps] all packages present" >&2
  exit 0
fi

SUDO=()
[ "$(id -u)" = 0 ] || SUDO=(sudo)
echo "[install-deps] installing: ${missing[*]}" >&2
"${SUDO[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "[install-deps] done" >&2
