#!/usr/bin/env bash
# Renders a pillar's report as HTML and screenshots it in headless Chromium, to check
# that its charts and Chinese labels show. Writes report-screenshot.png (or $1).
#
# Usage: scripts/screenshot-report.sh [OUTPUT.png] [REPORT]   (default report: organization-coverage)
set -euo pipefail
cd "$(dirname "$0")/.."
output=$(realpath -m "${1:-report-screenshot.png}")
name=${2:-organization-coverage}
scripts/install-deps.sh chromium fonts-noto-cjk
swift build --product redprop
bin=$PWD/.build/debug/redprop
export REDPROP_SCRIPTS=$PWD/scripts
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && "$bin" demo >/dev/null && "$bin" report "$name" --format html --output report.html)
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2400 \
  --screenshot="$output" "file://$work/report.html" 2>/dev/null
echo "charts (svg elements): $(grep -c "<svg" "$work/report.html" || true)"
echo "screenshot: $output"
