#!/usr/bin/env bash
# Builds release products (default: redprop), the redprop binary as one static executable.
#
# Linking glibc statically makes the linker warn, once per function, that user and host
# lookups (getpwnam, getaddrinfo, dlopen) need the same glibc at run time: expected here
# (see docs/design.md, "Start-up"), so those lines are summed up in one.
# Usage: scripts/build-release.sh [PRODUCT…]
set -euo pipefail
cd "$(dirname "$0")/.."
for product in "${@:-redprop}"; do
  swift build -c release --static-swift-stdlib --product "$product" 2>&1 | awk '
    /in statically linked applications requires at runtime|the use of `mktemp'"'"' is dangerous/ { left_out++; next }
    { print; fflush() }
    END { if (left_out) printf "(%d linker warnings about static glibc lookups left out: expected, see docs/design.md)\n", left_out }'
done
