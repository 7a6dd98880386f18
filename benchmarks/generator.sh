#!/usr/bin/env bash
# Generator benchmark (issue 7, part 4): the Pages generator run by Roslyn's driver over a made-up project
# of 200 pages (plus 2 components): the cold run (first in a fresh process) in ms per page, and one page
# edited in a warm driver, counting the files re-emitted (must be 1).
#
#   benchmarks/generator.sh           200 pages, 10 warm runs
#   benchmarks/generator.sh --quick   200 pages, 3 warm runs
#
# Ends with: generator: ms_per_page=X edit_outputs=N
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/Generator
warm=10
for arg in "$@"; do
  case "$arg" in
    --quick) warm=3 ;;
    *) echo "usage: benchmarks/generator.sh [--quick]" >&2; exit 2 ;;
  esac
done
dotnet build "$project" -c Release -nologo -v quiet -warnaserror
dotnet "$project/bin/Release/net10.0/Pages.Benchmarks.Generator.dll" 200 "$warm"
