#!/usr/bin/env bash
# test.sh - the README's second command: installs what is missing, builds, starts the MariaDB and
# PostgreSQL test servers on loopback (data under /tmp), and runs every test.
# Output ends with ctest's own summary line; the exit code is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
packaging/example-deps.sh
packaging/build.sh dev
# Server URLs reach the tests as STRATA_TEST_MYSQL_URL / STRATA_TEST_POSTGRES_URL; URLs set by
# the caller win, so tests can run against other servers.
if [ -z "${STRATA_TEST_MYSQL_URL:-}" ] || [ -z "${STRATA_TEST_POSTGRES_URL:-}" ]; then
  servers=$(packaging/testservers/start-all.sh)
  eval "$servers"
fi
export STRATA_TEST_MYSQL_URL=${STRATA_TEST_MYSQL_URL:-} STRATA_TEST_POSTGRES_URL=${STRATA_TEST_POSTGRES_URL:-}
cd build
exec ctest --output-on-failure --timeout 600 -j"$(nproc)"
