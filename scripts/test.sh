#!/usr/bin/env bash
# Builds and runs every test, then checks the shipped Lua with luacheck.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
swift build --build-tests
swift test --skip-build --parallel
lua_dirs=()
for dir in Plugins scripts docs/lua; do [ -d "$dir" ] && lua_dirs+=("$dir"); done
luacheck --no-color -q "${lua_dirs[@]}"
echo "luacheck: the shipped Lua is clean"
