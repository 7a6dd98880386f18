#!/usr/bin/env bash
# Render benchmark (issue 7, part 1): the Fortunes page and a layout + 3 components + 100-row table page,
# rendered into the same in-memory pipe by Pages, hand-written code, RazorSlices and Blazor's HtmlRenderer.
# The engines' bytes are compared first (a difference fails the run); then BenchmarkDotNet times them.
# The request path (issue 11): Fortunes through the page's endpoint RequestDelegate on a fresh DefaultHttpContext,
# against hand-written code through a delegate of the same shape; "over" is what the endpoint itself costs.
#
#   benchmarks/render.sh           default BenchmarkDotNet job (about 10 minutes on 2 cores)
#   benchmarks/render.sh --quick   short job (3 iterations; about 2 minutes): a smoke run, ratios are rough
#
# Ends with: render: pages/handwritten=X razorslices/pages=Y blazor/pages=Z endpoint-over=N ns/B bytes
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
project=benchmarks/Render
artifacts=$root/$project/BenchmarkDotNet.Artifacts

mode=()
for arg in "$@"; do
  case "$arg" in
    --quick) mode=(--quick) ;;
    *) echo "usage: benchmarks/render.sh [--quick]" >&2; exit 2 ;;
  esac
done

command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }

dotnet build "$project" -c Release -nologo -v quiet -warnaserror
rm -rf "$artifacts"
dotnet "$project/bin/Release/net10.0/Pages.Benchmarks.Render.dll" "${mode[@]}" \
  --filter '*' --artifacts "$artifacts" --exporters json

results=$artifacts/results
fortunes=$results/Bench.Render.FortunesBenchmarks-report-full.json
dashboard=$results/Bench.Render.DashboardBenchmarks-report-full.json
endpoint=$results/Bench.Render.EndpointBenchmarks-report-full.json

# Mean time (ns) and bytes allocated per operation of one method in one report.
mean() { jq -r --arg m "$2" '.Benchmarks[] | select(.Method == $m) | .Statistics.Mean' "$1"; }
alloc() { jq -r --arg m "$2" '.Benchmarks[] | select(.Method == $m) | .Memory.BytesAllocatedPerOperation' "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

hw=$(mean "$fortunes" HandWritten); pg=$(mean "$fortunes" Pages)
rs=$(mean "$fortunes" RazorSlices); bz=$(mean "$fortunes" Blazor)
dpg=$(mean "$dashboard" Pages); drs=$(mean "$dashboard" RazorSlices); dbz=$(mean "$dashboard" Blazor)
ehw=$(mean "$endpoint" HandWrittenEndpoint); epg=$(mean "$endpoint" PagesEndpoint)
ehwb=$(alloc "$endpoint" HandWrittenEndpoint); epgb=$(alloc "$endpoint" PagesEndpoint)
over_ns=$(awk -v a="$epg" -v b="$ehw" 'BEGIN { printf "%.0f", a - b }'); over_b=$((epgb - ehwb))

echo
printf 'fortunes (ns):  handwritten=%.0f pages=%.0f razorslices=%.0f blazor=%.0f\n' "$hw" "$pg" "$rs" "$bz"
echo "fortunes (B/op): handwritten=$(alloc "$fortunes" HandWritten) pages=$(alloc "$fortunes" Pages) razorslices=$(alloc "$fortunes" RazorSlices) blazor=$(alloc "$fortunes" Blazor)"
printf 'dashboard (ns): pages=%.0f razorslices=%.0f blazor=%.0f\n' "$dpg" "$drs" "$dbz"
echo "dashboard (B/op): pages=$(alloc "$dashboard" Pages) razorslices=$(alloc "$dashboard" RazorSlices) blazor=$(alloc "$dashboard" Blazor)"
printf 'endpoint (ns): handwritten=%.0f pages=%.0f over=%s (target <= 100)\n' "$ehw" "$epg" "$over_ns"
echo "endpoint (B/op): handwritten=$ehwb pages=$epgb over=$over_b (target <= 64)"
echo "render-dashboard: razorslices/pages=$(ratio "$drs" "$dpg") blazor/pages=$(ratio "$dbz" "$dpg")"
echo "render: pages/handwritten=$(ratio "$pg" "$hw") razorslices/pages=$(ratio "$rs" "$pg") blazor/pages=$(ratio "$bz" "$pg") endpoint-over=${over_ns}ns/${over_b}B"
