#!/usr/bin/env bash
# Runs the LuaHost tests (sandbox, limits, boundary, matcher) under AddressSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift test --scratch-path .build-asan --sanitize=address --filter LuaHostTests "$@"
