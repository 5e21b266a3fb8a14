#!/usr/bin/env bash
# The main job: build redprop (release, one static executable),
# create the demo district 淄川区 in ./redprop.sqlite and print its dashboard.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build-release.sh
# The demo district reproduces the report of 27 Feb 2023: show it as of that day.
REDPROP_TODAY=${REDPROP_TODAY:-2023-02-27} .build/release/redprop demo --replace "$@"
