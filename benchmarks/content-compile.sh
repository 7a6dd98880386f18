#!/usr/bin/env bash
# Content compile benchmark (issue 11): how long the C# compiler takes over a site with N Markdown posts in one
# content collection (benchmarks/Export/PagesSite and the corpus of benchmarks/Export/corpus.mjs, as export.sh
# makes them). Each round compiles the site from an empty obj/Release without build servers (restore and the
# packing of this tree's Pages package excluded) and reads the Csc task's time (-clp:PerformanceSummary) and the Pages
# generator's share of it (-p:ReportAnalyzer=true). Also prints the size of the generated PagesContent.g.cs.
#
#   benchmarks/content-compile.sh                 N = 4,000, 3 rounds
#   benchmarks/content-compile.sh --n 200 --runs 1
#
# Ends with: content-compile: csc_s=X generator_s=Y content_bytes=Z n=N
set -euo pipefail
cd "$(dirname "$0")/.."
n=4000; runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --n) [ $# -ge 2 ] || { echo "--n needs a number" >&2; exit 2; }; n=$2; shift ;;
    --runs) [ $# -ge 2 ] || { echo "--runs needs a number" >&2; exit 2; }; runs=$2; shift ;;
    *) echo "usage: benchmarks/content-compile.sh [--n N] [--runs R]" >&2; exit 2 ;;
  esac
  shift
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
site=benchmarks/Export/PagesSite
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node benchmarks/Export/corpus.mjs "$n" "$site/Content/posts" >/dev/null
# The site restores Pages from benchmarks/Export/.feed: pack this tree's runtime and generator (untimed).
benchmarks/Export/pack.sh >/dev/null
# Restore, once and untimed; the generated file is kept on disk to be measured.
dotnet build "$site" -c Release -nologo -v quiet -nodeReuse:false -p:EmitCompilerGeneratedFiles=true >"$work/first.log" 2>&1 \
  || { tail -n 30 "$work/first.log" >&2; exit 1; }
bytes=$(find "$site/obj/Release" -name PagesContent.g.cs -exec wc -c {} + | awk '{ print $1 }' | head -n 1)

for round in $(seq 1 "$runs"); do
  rm -rf "$site/obj/Release" "$site/bin/Release"
  dotnet build "$site" -c Release -nologo -nodeReuse:false --no-restore --no-dependencies --disable-build-servers \
    -clp:PerformanceSummary -v d -p:ReportAnalyzer=true >"$work/round.log" 2>&1 || { tail -n 30 "$work/round.log" >&2; exit 1; }
  csc=$(awk '$2 == "ms" && $3 == "Csc" { printf "%.2f\n", $1 / 1000 }' "$work/round.log" | head -n 1)
  generator=$(awk '$3 == "Pages.Generators.PagesGenerator" { print $1 }' "$work/round.log" | head -n 1)
  echo "$csc" >>"$work/csc"; echo "$generator" >>"$work/generator"
  printf 'round %d  n=%d  Csc %6.2f s  of which the Pages generator %6.2f s\n' "$round" "$n" "$csc" "$generator"
done

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "content-compile: csc_s=$(median <"$work/csc") generator_s=$(median <"$work/generator") content_bytes=$bytes n=$n"
