#!/usr/bin/env bash
# Installs the Debian packages RedProperty builds and tests with, if missing.
# Usage: scripts/install-deps.sh [extra packages…]   (uses sudo only when not root)
set -euo pipefail
command -v swift >/dev/null || { echo "redprop needs Swift 6 (swift.org/install); see docs/getting-started.md" >&2; exit 1; }

packages=(liblua5.4-dev lua5.4 libedit-dev libsqlite3-dev sqlite3 pkg-config lua-check "$@")
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null; then
  sudo=(sudo)
else
  echo "Missing packages: ${missing[*]}. Install them as root (apt-get install ...), or install sudo." >&2
  exit 1
fi
echo "Installing: ${missing[*]}" >&2
"${sudo[@]}" apt-get update -qq
# env inside sudo: sudo's env_reset would drop a variable set before it.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
