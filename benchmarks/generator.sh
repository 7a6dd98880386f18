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
#
# Ends with: generator: ms_per_page=X edit_ms=Y edit_outputs=N roslyn=sdk|package image=readytorun|il before=none|framework-generators
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/Generator
warm=10
host=sdk-roslyn/
extra=()
for arg in "$@"; do
  case "$arg" in
    --quick) warm=3 ;;
    --il-generator) host=sdk-roslyn-il/ ;;
    --package-roslyn) host= ;;
    --after-framework-generators) extra+=(--after-framework-generators) ;;
    *) echo "usage: benchmarks/generator.sh [--quick] [--il-generator] [--package-roslyn] [--after-framework-generators]" >&2; exit 2 ;;
  esac
done
dotnet build "$project" -c Release -nologo -v quiet -warnaserror
program="$project/bin/Release/net10.0/${host}Pages.Benchmarks.Generator.dll"
if [ ! -f "$program" ]; then
  echo "generator.sh: $program is missing: this SDK keeps its compiler's Microsoft.CodeAnalysis.dll somewhere other than Roslyn/bincore; run with --package-roslyn" >&2
  exit 1
fi
dotnet "$program" 200 "$warm" ${extra[@]+"${extra[@]}"}
