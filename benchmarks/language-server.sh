#!/usr/bin/env bash
# Language server benchmark (issue 10, acceptance 1): the real server on a copy of tests/Fixtures/LspSite plus
# 200 generated pages. Prints completion latency after an edit and change -> diagnostics latency (median, p95).
# Targets: completion median <= 100 ms, diagnostics <= 500 ms.
#
#   benchmarks/language-server.sh              200 pages, 40 rounds each
#   benchmarks/language-server.sh --quick      200 pages, 10 rounds each
#
# Ends with: language-server: completion_median_ms=X completion_p95_ms=Y diagnostics_median_ms=Z diagnostics_p95_ms=W
set -euo pipefail
cd "$(dirname "$0")/.."
project=benchmarks/LanguageServer
rounds=40
for arg in "$@"; do
  case "$arg" in
    --quick) rounds=10 ;;
    *) echo "usage: benchmarks/language-server.sh [--quick]" >&2; exit 2 ;;
  esac
done
dotnet build "$project" -c Release -nologo -v quiet -warnaserror -nodeReuse:false
# The machine's load is printed with the figures: on a shared machine, wall times grow with it.
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet "$project/bin/Release/net10.0/Pages.Benchmarks.LanguageServer.dll" 200 "$rounds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
