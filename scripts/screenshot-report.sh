#!/usr/bin/env bash
# Renders a pillar's report as HTML and screenshots it in headless Chromium, to check
# that its charts and Chinese labels show. Writes report-screenshot.png (or $1).
#
# Usage: scripts/screenshot-report.sh [OUTPUT.png] [REPORT]   (default report: district-overview)
set -euo pipefail
cd "$(dirname "$0")/.."
output=$(realpath -m "${1:-report-screenshot.png}")
name=${2:-district-overview}
scripts/install-deps.sh chromium fonts-noto-cjk
swift build --product redprop
bin=$PWD/.build/debug/redprop
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && REDPROP_SCRIPTS="$OLDPWD/scripts" "$bin" demo >/dev/null 2>&1 \
  && REDPROP_SCRIPTS="$OLDPWD/scripts" "$bin" report "$name" --format html --output report.html)
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2400 \
  --screenshot="$output" "file://$work/report.html" 2>/dev/null
grep -c "<svg" "$work/report.html" | xargs echo "charts (svg elements):"
echo "screenshot: $output"
