#!/usr/bin/env bash
# lint.sh - the checks that need no build: every C++ file is clang-formatted with the project's
# .clang-format, and no construct known to be miscompiled by this toolchain's sanitizers is back.
# Prints what it checked; exits non-zero with the offending files and lines.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

mapfile -t sources < <(git ls-files '*.cpp' '*.h')
if ! unformatted=$(clang-format --dry-run --Werror "${sources[@]}" 2>&1); then
  echo "[lint] not clang-formatted (run: clang-format -i FILE):" >&2
  grep -o '^[^:]*:' <<<"$unformatted" | sort -u | sed 's/:$//; s/^/  /' >&2
  status=1
fi

# GCC 12's -fsanitize=bounds miscompiles a pointer-to-member call whose member pointer is read
# through a subscript (obj, ->*, steps[i].step): the bounds check of the `this` adjustment uses
# an index register that only the virtual-call branch initialised (it crashed every MySQL
# inspection in the asan build). Copy the member pointer to a local, or use a range-for.
if hits=$(grep -nE -- '(->|\.)\*[A-Za-z_][A-Za-z0-9_]*\[' "${sources[@]}"); then
  echo "[lint] pointer-to-member call through a subscript (miscompiled under -fsanitize=bounds):" >&2
  sed 's/^/  /' <<<"$hits" >&2
  status=1
fi

# One home per database (core/README.md): only the registry reaches into a database folder; a
# database folder includes no other database's folder and not the registry that lists it.
for db in mysql postgres sqlite; do
  inward=$(grep -lE "#include \"db/$db/" "${sources[@]}" |
    grep -vE "^(core/db/$db/|core/db/registry\.cpp$|tests/)" || true)
  if [ -n "$inward" ]; then
    echo "[lint] include of core/db/$db/ from outside it (go through db/registry.h):" >&2
    sed 's/^/  /' <<<"$inward" >&2
    status=1
  fi
  across=$(printf '%s\n' "${sources[@]}" | grep "^core/db/$db/" | xargs grep -HnE \
    '#include "db/(registry\.h|(mysql|postgres|sqlite)/)' | grep -v "\"db/$db/" || true)
  if [ -n "$across" ]; then
    echo "[lint] core/db/$db/ includes another database or the registry:" >&2
    sed 's/^/  /' <<<"$across" >&2
    status=1
  fi
done

[ $status = 0 ] && echo "[lint] ${#sources[@]} C++ files formatted; no subscripted member-pointer calls; database folders reached only through the registry" >&2
exit $status
