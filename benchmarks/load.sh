#!/usr/bin/env bash
# Load and limits (issue 13): wrk on loopback against samples/Site for LOAD_SECONDS each (default 60) on an
# on-demand page, a streamed page, an endpoint and a prerendered page. Fails on any non-2xx answer or socket
# error, or when the server's resident memory after the runs is more than 10% above its level after warm-up.
#
#   benchmarks/load.sh                  60 s per route (about 5 minutes with warm-up)
#   LOAD_SECONDS=10 benchmarks/load.sh  a shorter run
#
# Ends with: load: <route>=<req/s> ... rss_warm=<MB> rss_end=<MB> growth=<%>
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${LOAD_SECONDS:-60}; connections=${LOAD_CONNECTIONS:-32}; port=${PAGES_LOAD_PORT:-5078}
project=samples/Site

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

dotnet build "$project" -c Release -nologo -v quiet -warnaserror
base=http://127.0.0.1:$port
work=$(mktemp -d)
(cd "$project" && exec dotnet bin/Release/net10.0/Site.dll --urls "$base") >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "$base/" -o /dev/null && break; sleep 0.2; done

# route name = path: on demand, streamed (heading first, list after an await), endpoint, prerendered.
routes=("ondemand=/request" "streamed=/recommended" "endpoint=/api/products.json" "prerendered=/")
rss() { awk '/VmRSS/ { printf "%.1f", $2 / 1024 }' "/proc/$server/status"; }

for entry in "${routes[@]}"; do
  path=${entry#*=}
  code=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$code" = 200 ] || { echo "load: $path answers $code before the run" >&2; exit 1; }
  wrk -t2 -c"$connections" -d5s --timeout 10s "$base$path" >/dev/null   # warm-up: JIT, pools, the prerendered cache
done
warm=$(rss)

summary=""
failed=0
for entry in "${routes[@]}"; do
  name=${entry%%=*}; path=${entry#*=}
  wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s --latency "$base$path" >"$work/$name.txt"
  rps=$(awk '/Requests\/sec/ { printf "%.0f", $2 }' "$work/$name.txt")
  p99=$(awk '$1 == "99%" { print $2 }' "$work/$name.txt")
  non2xx=$(awk '/Non-2xx/ { print $NF }' "$work/$name.txt"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$work/$name.txt"); socket=${socket:-0}
  echo "load: $name $path: $rps req/s, p99 $p99, non-2xx $non2xx, socket errors $socket"
  [ "$non2xx" = 0 ] && [ "$socket" = 0 ] || failed=1
  summary="$summary $name=$rps"
done
sleep 2
end=$(rss)
growth=$(awk -v a="$warm" -v b="$end" 'BEGIN { printf "%.1f", (b - a) * 100 / a }')
echo "load:$summary rss_warm=${warm}MB rss_end=${end}MB growth=${growth}%"
awk -v g="$growth" 'BEGIN { exit !(g <= 10) }' || { echo "load: memory grew more than 10% over the run" >&2; failed=1; }
exit "$failed"
