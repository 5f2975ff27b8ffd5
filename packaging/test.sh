#!/usr/bin/env bash
# test.sh - the README's second command: installs what is missing, builds, and runs every test.
# Output ends with ctest's own summary line; the exit code is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
packaging/example-deps.sh
packaging/build.sh dev
cd build
exec ctest --output-on-failure --timeout 600 -j"$(nproc)"
