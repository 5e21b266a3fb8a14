#!/usr/bin/env bash
# Runs the LuaHost tests (sandbox, limits, boundary, matcher) under AddressSanitizer,
# with LeakSanitizer on; only XCTest's own runner is suppressed (scripts/lsan-suppressions.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
swift test --scratch-path .build-asan --sanitize=address --filter LuaHostTests "$@"
