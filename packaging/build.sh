#!/usr/bin/env bash
# build.sh [PRESET] - configures (once) and builds Strata with ccache. Default preset: dev.
set -euo pipefail
cd "$(dirname "$0")/.."
PRESET=${1:-dev}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/strata-ccache}
BUILD_DIR=build
case $PRESET in asan) BUILD_DIR=build-asan ;; release) BUILD_DIR=build-release ;; esac
[ -f "$BUILD_DIR/build.ninja" ] || cmake --preset "$PRESET" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
