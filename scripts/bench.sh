#!/usr/bin/env bash
# Benchmarks, each side by side with the reference it is held to (public tools only:
# hyperfine and /usr/bin/time -v). Builds the release binaries first.
#
#   1. start-up: `redprop run hello.lua`  vs  `lua5.4 hello.lua`  vs  `sqlite3 DB 'select 1'`
#      target: redprop within 4x of sqlite3
#   2. a million Lua calls of a Swift-registered function  vs  of a Lua function
#      target: within 3x (the difference of the two processes is the calls)
#   3. counting and grouping a million rows through db.rows in Lua  vs  GROUP BY in the sqlite3 shell
#      target: no slower than sqlite3, peak memory under 64 MB; db.values (no table per row) beside it
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh hyperfine time python3
scripts/build-release.sh redprop lua-call-bench
bin=$PWD/.build/release
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$bin/redprop" init >/dev/null
echo 'print("hello")' > hello.lua
db=$PWD/redprop.sqlite

# On a shared machine one slow run moves a mean: the ratio is printed for the means, the medians
# and the fastest runs (the one least disturbed by other work).
ratio() { # "mean M×, median D×, fastest F×" of result $2 over result $3 of a hyperfine JSON export $1
  python3 -c "import json; r=json.load(open('$1'))['results']; a, b = r[$2], r[$3]; \
print(f\"mean {a['mean']/b['mean']:.2f}x, median {a['median']/b['median']:.2f}x, fastest {a['min']/b['min']:.2f}x\")"
}

echo "== 1. start-up"
hyperfine -N --warmup 5 --runs 100 --export-json startup.json \
  "$bin/redprop run hello.lua" "lua5.4 hello.lua" "sqlite3 $db 'select 1'"
echo "redprop run / sqlite3: $(ratio startup.json 0 2)   (target: at most 4x)"

echo "== 2. a million calls: Swift function vs Lua function"
hyperfine -N --warmup 2 --runs 10 --export-json calls.json \
  "$bin/lua-call-bench swift 1000000" "$bin/lua-call-bench lua 1000000"
echo "Swift function / Lua function: $(ratio calls.json 0 1)   (target: at most 3x)"

echo "== 3. grouping a million rows: db.rows in Lua vs GROUP BY in sqlite3"
sqlite3 "$db" "CREATE TABLE bench_rows (category TEXT, amount INTEGER);
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000)
  INSERT INTO bench_rows SELECT '类别' || (i % 50), i % 1000 FROM n;"
cat > group.lua <<'LUA'
local counts, sums = {}, {}
for row in db.rows("SELECT category, amount FROM bench_rows") do
  local category = row.category
  counts[category] = (counts[category] or 0) + 1
  sums[category] = (sums[category] or 0) + row.amount
end
local groups = 0
for _ in pairs(counts) do groups = groups + 1 end
print(groups)
LUA
cat > group-values.lua <<'LUA'
local counts, sums = {}, {}
for _, category, amount in db.values("SELECT category, amount FROM bench_rows") do
  counts[category] = (counts[category] or 0) + 1
  sums[category] = (sums[category] or 0) + amount
end
local groups = 0
for _ in pairs(counts) do groups = groups + 1 end
print(groups)
LUA
hyperfine -N --warmup 1 --runs 20 --export-json rows.json \
  "$bin/redprop run group.lua" \
  "sqlite3 $db 'SELECT category, count(*), sum(amount) FROM bench_rows GROUP BY category'" \
  "$bin/redprop run group-values.lua"
echo "db.rows in Lua / sqlite3 GROUP BY: $(ratio rows.json 0 1)   (target: at most 1x)"
echo "db.values in Lua / sqlite3 GROUP BY: $(ratio rows.json 2 1)"
/usr/bin/time -v "$bin/redprop" run group.lua 2> time.txt >/dev/null
echo "peak memory of redprop run group.lua: $(awk '/Maximum resident/ {printf "%.1f MB", $6/1024}' time.txt)   (target: under 64 MB)"
