#!/usr/bin/env bash
# Generator benchmark (issue 7, part 4; issue 11): the Pages generator run by Roslyn's driver over a made-up project
# of 200 pages (plus 2 components): the cold run (first in a fresh process) in ms per page, and one page edited in a
# warm driver: its time and the files re-emitted (must be 1).
#
# By default it runs on the SDK's own Microsoft.CodeAnalysis (ReadyToRun), the one the compiler server loads: that
# cold figure is what a build pays. --package-roslyn runs it on the NuGet package's IL-only copy instead (its JIT
# cost is Roslyn's, not the generator's, and no real host pays it).
#
#   benchmarks/generator.sh                    200 pages, 10 warm runs and 10 edits
#   benchmarks/generator.sh --quick            200 pages, 3 of each
#   benchmarks/generator.sh --package-roslyn   the package's Roslyn
#
# Ends with: generator: ms_per_page=X edit_ms=Y edit_outputs=N roslyn=sdk|package
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/Generator
warm=10
host=sdk-roslyn/
for arg in "$@"; do
  case "$arg" in
    --quick) warm=3 ;;
    --package-roslyn) host= ;;
    *) echo "usage: benchmarks/generator.sh [--quick] [--package-roslyn]" >&2; exit 2 ;;
  esac
done
dotnet build "$project" -c Release -nologo -v quiet -warnaserror
program="$project/bin/Release/net10.0/${host}Pages.Benchmarks.Generator.dll"
if [ ! -f "$program" ]; then
  echo "generator.sh: $program is missing: this SDK keeps its compiler's Microsoft.CodeAnalysis.dll somewhere other than Roslyn/bincore; run with --package-roslyn" >&2
  exit 1
fi
dotnet "$program" 200 "$warm"
