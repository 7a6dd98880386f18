#!/usr/bin/env bash
# Generator benchmark (issue 7, part 4; issue 11): the Pages generator run by Roslyn's driver over a made-up project
# of 200 pages (plus 2 components): the cold run (first in a fresh process) in ms per page, and one page edited in a
# warm driver: its time and the files re-emitted (must be 1).
#
# By default it runs the generator as the package ships it to `dotnet build` on this host (on linux-x64 the ReadyToRun
# copy, see src/Runtime/buildTransitive/Pages.GeneratorReadyToRun.targets) on the SDK's own Microsoft.CodeAnalysis (ReadyToRun),
# the one the compiler server loads: that cold figure is what a build pays. --il-generator runs the IL generator instead
# (what every other host loads); --package-roslyn runs on the NuGet package's IL-only Roslyn and the IL generator (its
# JIT cost is Roslyn's, not the generator's, and no real host pays it). --after-framework-generators first runs the
# framework's own generators (System.Text.Json, Regex, logging, ...) in the same process, as a real build does, and
# then the cold run: an extra reading, never the benchmark's figure.
#
#   benchmarks/generator.sh                               200 pages, 10 warm runs and 10 edits
#   benchmarks/generator.sh --quick                       200 pages, 3 of each
#   benchmarks/generator.sh --il-generator                the IL generator
#   benchmarks/generator.sh --package-roslyn              the package's Roslyn (and the IL generator)
#   benchmarks/generator.sh --after-framework-generators  the cold run after the framework's generators
#   benchmarks/generator.sh --content 4000                the content pipeline instead: two pages, a Post schema and
#                                                         the frontmatter file of 4,000 posts of the export benchmark's
#                                                         corpus (cold run, warm driver, each content stage, size emitted)
#
# Ends with: generator: ms_per_page=X edit_ms=Y edit_outputs=N roslyn=sdk|package image=readytorun|il before=none|framework-generators
# (with --content: generator-content: entries=N cold_ms=X cold_cpu_ms=X cold_jit_methods=N warm_ms=X bind_ms=X emitted_bytes=N)
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/Generator
warm=10
host=sdk-roslyn/
extra=()
content=
while [ $# -gt 0 ]; do
  arg=$1
  case "$arg" in
    --quick) warm=3 ;;
    --il-generator) host=sdk-roslyn-il/ ;;
    --package-roslyn) host= ;;
    --after-framework-generators) extra+=(--after-framework-generators) ;;
    --content) [ $# -ge 2 ] || { echo "--content needs a number of posts" >&2; exit 2; }; content=$2; shift ;;
    *) echo "usage: benchmarks/generator.sh [--quick] [--il-generator] [--package-roslyn] [--after-framework-generators] [--content N]" >&2; exit 2 ;;
  esac
  shift
done
dotnet build "$project" -c Release -nologo -v quiet -warnaserror
program="$project/bin/Release/net10.0/${host}Pages.Benchmarks.Generator.dll"
if [ ! -f "$program" ]; then
  echo "generator.sh: $program is missing: this SDK keeps its compiler's Microsoft.CodeAnalysis.dll somewhere other than Roslyn/bincore; run with --package-roslyn" >&2
  exit 1
fi
if [ -n "$content" ]; then
  posts=$(mktemp -d)
  trap 'rm -rf "$posts"' EXIT
  node benchmarks/Export/corpus.mjs "$content" "$posts" >/dev/null
  dotnet "$program" 200 "$warm" --content "$posts" ${extra[@]+"${extra[@]}"}
else
  dotnet "$program" 200 "$warm" ${extra[@]+"${extra[@]}"}
fi
