#!/usr/bin/env bash
# run-example.sh - the README's first command: installs what is missing, builds, and opens the
# Strata window on the bundled example project (the seed guide's Sequelize models), which loads
# its default env: node load.js sqlite, normalized in an in-memory SQLite dev database.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
packaging/example-deps.sh
packaging/build.sh dev
EXAMPLE=resources/examples/sequelize
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "[run-example] no display: starting under xvfb-run (set DISPLAY to see the window)" >&2
  exec xvfb-run -a -s "-screen 0 1400x900x24" build/app/strata "$EXAMPLE"
fi
exec build/app/strata "$EXAMPLE"
