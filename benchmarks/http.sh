#!/usr/bin/env bash
# HTTP benchmark (issue 7, part 2): TechEmpower's Fortunes page served by one app through Pages,
# RazorSlices, Razor Pages, Blazor static SSR and a hand-written route, measured with wrk on loopback.
# wrk and the server share the machine's cores, and single runs vary a lot: each route is measured in
# several rounds, the order rotated every round, and the medians are reported.
#
#   benchmarks/http.sh           5 rounds of 10 s per route (about 5 minutes)
#   benchmarks/http.sh --quick   3 rounds of 4 s per route (about 1.5 minutes): a smoke run
#
# Ends with: http: pages/handwritten=... pages/razorslices=... pages/razorpages=... pages/blazor=...
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/Http
rounds=5; seconds=10; connections=64; port=${PAGES_BENCH_PORT:-5077}
for arg in "$@"; do
  case "$arg" in
    --quick) rounds=3; seconds=4 ;;
    *) echo "usage: benchmarks/http.sh [--quick]" >&2; exit 2 ;;
  esac
done

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v curl >/dev/null || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

dotnet build "$project" -c Release -nologo -v quiet -warnaserror
base=http://127.0.0.1:$port
work=$(mktemp -d)
dotnet "$project/bin/Release/net10.0/Pages.Benchmarks.Http.dll" --urls "$base" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -sf "$base/handwritten" -o /dev/null && break; sleep 0.2; done

routes=(handwritten pages razorslices razorpages blazor)

# The same page everywhere: every route must answer 200 with the hand-written route's exact bytes.
curl -sf "$base/handwritten" -o "$work/expected.html"
for route in "${routes[@]}"; do
  curl -sf "$base/$route" -o "$work/$route.html"
  cmp -s "$work/expected.html" "$work/$route.html" || { echo "http: /$route does not answer the same bytes as /handwritten" >&2; exit 1; }
done
echo "check: all ${#routes[@]} routes answer the same $(wc -c <"$work/expected.html") bytes"

# One wrk run: prints "requests_per_second p99_ms".
measure() {
  wrk -t1 -c"$connections" -d"$2"s --latency "$base/$1" | awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ { v = $2; unit = v; sub(/[0-9.]+/, "", unit); sub(/[a-z]+$/, "", v)
               ms = (unit == "us") ? v / 1000 : (unit == "s") ? v * 1000 : v }
    END { printf "%.0f %.3f\n", rps, ms }'
}

for route in "${routes[@]}"; do measure "$route" 2 >/dev/null; done # warm up: JIT, pools, tiered code
for round in $(seq 0 $((rounds - 1))); do
  for i in "${!routes[@]}"; do
    route=${routes[$(((i + round) % ${#routes[@]}))]}
    read -r rps p99 < <(measure "$route" "$seconds")
    echo "$rps" >>"$work/$route.rps"; echo "$p99" >>"$work/$route.p99"
    printf 'round %d  %-12s %8s req/s  p99 %7s ms\n' "$((round + 1))" "$route" "$rps" "$p99"
  done
done

median() { sort -g "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
printf '%-12s %12s %10s\n' route "req/s (med)" "p99 ms"
for route in "${routes[@]}"; do
  printf '%-12s %12s %10s\n' "$route" "$(median "$work/$route.rps")" "$(median "$work/$route.p99")"
done
ratio() { awk -v a="$(median "$work/$1.rps")" -v b="$(median "$work/$2.rps")" 'BEGIN { printf "%.2f", a / b }'; }
echo "http: pages/handwritten=$(ratio pages handwritten) pages/razorslices=$(ratio pages razorslices) pages/razorpages=$(ratio pages razorpages) pages/blazor=$(ratio pages blazor)"
