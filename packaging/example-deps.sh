#!/usr/bin/env bash
# example-deps.sh - installs the bundled Sequelize example's node packages (sequelize only, from
# its package-lock.json) so `node load.js <dialect>` runs there. Idempotent: `npm ci` runs only
# when node_modules is missing or older than package-lock.json. Prints one line; exits non-zero
# with the reason when node or npm is missing or npm ci fails (its log is shown then).
set -euo pipefail
cd "$(dirname "$0")/../resources/examples/sequelize"
EXAMPLE=$PWD
TAG="[example-deps]"

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "$TAG error: $tool not found in PATH; install Node.js 18 or newer with npm (packaging/install-deps.sh does)" >&2
    exit 1
  fi
done

# npm ci writes node_modules/.package-lock.json last: it marks a complete install.
STAMP=node_modules/.package-lock.json
if [ -f "$STAMP" ] && [ ! package-lock.json -nt "$STAMP" ]; then
  echo "$TAG $EXAMPLE/node_modules is up to date" >&2
  exit 0
fi

LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
start=$SECONDS
if ! npm ci --no-audit --no-fund >"$LOG" 2>&1; then
  echo "$TAG error: npm ci failed in $EXAMPLE:" >&2
  cat "$LOG" >&2
  exit 1
fi
# npm keeps the lock file's mtime; touch the stamp so an older checkout's lock does not look newer.
touch "$STAMP"
echo "$TAG installed $(node -p 'require("sequelize/package.json").version' 2>/dev/null | sed 's/^/sequelize /') in $EXAMPLE/node_modules ($((SECONDS - start)) s)" >&2
