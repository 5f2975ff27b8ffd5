#!/usr/bin/env bash
# test.sh [PRESET] - the README's second command: installs what is missing, builds, starts the
# MariaDB and PostgreSQL test servers on loopback (data under /tmp), and runs every test.
# PRESET is dev (default) or asan: the same suite built with AddressSanitizer + UBSan, where any
# report (memory error, undefined behaviour, leak) fails the test that caused it.
# Output ends with ctest's own summary line; the exit code is ctest's.
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET=${1:-dev}
case $PRESET in
  dev) BUILD_DIR=build ;;
  asan) BUILD_DIR=build-asan ;;
  *) echo "test.sh: unknown preset '$PRESET' (use dev or asan)" >&2; exit 2 ;;
esac
packaging/install-deps.sh
packaging/example-deps.sh
packaging/build.sh "$PRESET"
# Server URLs reach the tests as STRATA_TEST_MYSQL_URL / STRATA_TEST_POSTGRES_URL; URLs set by
# the caller win, so tests can run against other servers.
if [ -z "${STRATA_TEST_MYSQL_URL:-}" ] || [ -z "${STRATA_TEST_POSTGRES_URL:-}" ]; then
  servers=$(packaging/testservers/start-all.sh)
  eval "$servers"
fi
export STRATA_TEST_MYSQL_URL=${STRATA_TEST_MYSQL_URL:-} STRATA_TEST_POSTGRES_URL=${STRATA_TEST_POSTGRES_URL:-}
if [ "$PRESET" = asan ]; then
  # Leak checking stays on; suppressions name each leak that is not ours (none so far).
  export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:fast_unwind_on_malloc=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
  export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
fi
cd "$BUILD_DIR"
exec ctest --output-on-failure --timeout 600 -j"$(nproc)"
