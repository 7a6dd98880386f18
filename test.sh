#!/usr/bin/env bash
# Runs every test: generator (parser, routing, emitted C#, incremental), runtime, integration on Kestrel,
# and the package tests (packed .nupkg consumed by a fresh project; Native AOT publish).
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Pages.sln -c Release -warnaserror
dotnet test Pages.sln -c Release --no-build "$@"
