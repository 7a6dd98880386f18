#!/usr/bin/env bash
# Runs every test: generator (parser, routing, emitted C#, incremental), runtime, integration on Kestrel,
# the package tests (packed .nupkg consumed by a fresh project; the dotnet new template; Native AOT publish), and the
# scale-out tests (nginx + two Kestrel instances + Redis on loopback).
# Extra arguments go to `dotnet test` (e.g. --filter ...).
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The browser tests drive Debian's chromium (installed here when missing, as root; a no-op otherwise).
bash tests/Pages.BrowserTests/install-chromium.sh

dotnet build Pages.sln -c Release -warnaserror -nodeReuse:false

# The fleet tests (tests/Pages.FleetTests) run nginx, redis-server and wrk: install them from Debian when missing
# (idempotent; a no-op when present).
bash deploy/fleet/install.sh

# -m:1 runs the test projects one after another (xunit still runs each project's test classes in parallel).
# On 2 cores, letting the package tests (child `dotnet pack/build/publish`, a Native AOT link) run beside the
# Kestrel integration tests only makes both slower and the timing-sensitive ones flaky.
dotnet test Pages.sln -c Release --no-build -m:1 -nodeReuse:false "$@"
