#!/usr/bin/env bash
# start-all.sh - starts the throwaway MariaDB and PostgreSQL servers the tests use, on loopback,
# with data under /tmp (override with STRATA_TEST_SERVERS_DIR), and prints the environment the
# tests read:
#   eval "$(packaging/testservers/start-all.sh)"
# exports STRATA_TEST_MYSQL_URL and STRATA_TEST_POSTGRES_URL. A server that cannot start is
# reported on stderr and left out; the tests then fail under CI=true and skip otherwise.
# Idempotent: running servers are reused. Stop them with `start-all.sh stop`.
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${STRATA_TEST_SERVERS_DIR:-/tmp/strata-test-servers}
MYSQL_PORT=${STRATA_TEST_MYSQL_PORT:-33406}
POSTGRES_PORT=${STRATA_TEST_POSTGRES_PORT:-35532}
MODE=${1:-start}

if [ "$MODE" = stop ]; then
  bash "$HERE/start-mariadb.sh" stop "$DIR/mariadb" "$MYSQL_PORT" >&2 || true
  bash "$HERE/start-postgres.sh" stop "$DIR/postgres" "$POSTGRES_PORT" >&2 || true
  exit 0
fi

mkdir -p "$DIR"
chmod 755 "$DIR"
if url=$(bash "$HERE/start-mariadb.sh" start "$DIR/mariadb" "$MYSQL_PORT"); then
  echo "export STRATA_TEST_MYSQL_URL='$url'"
else
  echo "[test-servers] MariaDB did not start; see $DIR/mariadb/mariadb.log" >&2
fi
if url=$(bash "$HERE/start-postgres.sh" start "$DIR/postgres" "$POSTGRES_PORT"); then
  echo "export STRATA_TEST_POSTGRES_URL='$url'"
else
  echo "[test-servers] PostgreSQL did not start; see $DIR/postgres/server.log" >&2
fi
