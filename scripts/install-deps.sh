#!/usr/bin/env bash
# Installs the Debian packages RedProperty builds and tests with, if missing.
# Usage: scripts/install-deps.sh [extra packages…]   (uses sudo only when not root)
set -euo pipefail

packages=(liblua5.4-dev lua5.4 libedit-dev libsqlite3-dev sqlite3 pkg-config lua-check "$@")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
echo "Installing: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
