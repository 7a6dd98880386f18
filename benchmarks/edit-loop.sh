#!/usr/bin/env bash
# Save -> served latency of the edit loop under `dotnet watch`: copies the small site of tests/Pages.WatchTests/Site
# to a temp folder (built against this repository's runtime and generator, like the watch tests), starts dotnet watch,
# makes one warm-up edit (the first Hot Reload update of a session warms up the compiler), then N template edits and
# N Markdown body edits, each timed from the file write to the first GET that serves the new text (polled every
# 20 ms), and prints p50/p95. Usage: bash benchmarks/edit-loop.sh [edits per kind, default 10]
# If the runtime refuses a Hot Reload update (see docs/authoring.md, "Debug builds write template text as strings"),
# the script says so and stops. Body edits need no Hot Reload update at all.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_WATCH_SUPPRESS_EMOJIS=1 MSBUILDDISABLENODEREUSE=1
edits="${1:-10}"
repo="$(pwd)"
dotnet build src/Runtime/Pages.csproj -c Release -nodeReuse:false -v:q >/dev/null
yaml="$(find "${NUGET_PACKAGES:-$HOME/.nuget/packages}/yamldotnet" -path '*lib/netstandard2.0/YamlDotNet.dll' | sort | tail -1)"

root="$(mktemp -d)"; site="$root/WatchSite"; port=$((20000 + RANDOM % 20000))
cp -r tests/Pages.WatchTests/Site "$site"
for f in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo "<Project />" > "$root/$f"; done
cat > "$site/WatchSite.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/src/Runtime/buildTransitive/Pages.props" />
  <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings><RootNamespace>WatchSite</RootNamespace></PropertyGroup>
  <ItemGroup>
    <Using Include="Pages" />
    <FrameworkReference Include="Microsoft.AspNetCore.App" />
    <Reference Include="Pages" HintPath="$repo/src/Runtime/bin/Release/net10.0/Pages.dll" />
    <PackageReference Include="Markdig" Version="1.6.0" />
    <Analyzer Include="$repo/src/Generators/bin/Release/netstandard2.0/Pages.Generators.dll" />
    <Analyzer Include="$yaml" />
  </ItemGroup>
  <Import Project="$repo/src/Runtime/buildTransitive/Pages.targets" />
</Project>
XML

log="$root/watch.log"; : > "$log"
# setsid: dotnet watch and the app it starts get their own process group, killed as a whole at the end.
cd "$site"
setsid dotnet watch --non-interactive -- --urls "http://127.0.0.1:$port" >"$log" 2>&1 </dev/null &
watcher=$!
disown "$watcher"   # no "Killed" line at the end
cd "$repo"
cleanup() { kill -9 -- "-$watcher" 2>/dev/null || true; [ -n "${KEEP_LOG:-}" ] && cp "$log" "$KEEP_LOG"; rm -rf "$root"; }
trap cleanup EXIT
until grep -q "Waiting for changes" "$log"; do
  if grep -q "An unexpected error occurred" "$log"; then cat "$log"; exit 1; fi
  sleep 0.5
done
until curl -sf "http://127.0.0.1:$port/pid" >/dev/null; do sleep 0.2; done
pid_before="$(curl -s "http://127.0.0.1:$port/pid")"

# time_edit FILE OLD NEW PATH: rewrites OLD to NEW in FILE and prints the ms until PATH serves NEW.
time_edit() {
  local start; start=$(date +%s%N)
  sed -i "s|$2|$3|" "$site/$1"
  until curl -s "http://127.0.0.1:$port$4" | grep -q "$3"; do
    if grep -q "Further changes won't be applied" "$log"; then echo "the runtime refused a Hot Reload update at $1 ($3): $(grep -m1 'failed to applying' "$log")" >&2; exit 1; fi
    if [ $(( ($(date +%s%N) - start) / 1000000000 )) -gt 120 ]; then echo "not served after 120 s: $1 ($3)" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start) / 1000000 ))
}
stats() { sort -n | awk '{ v[NR] = $1 } END { p50 = v[int((NR + 1) / 2)]; i = int(NR * 0.95 + 0.999); if (i > NR) i = NR; printf "p50 %d ms, p95 %d ms (n=%d)\n", p50, v[i], NR }'; }

echo "warm-up (first Hot Reload update): $(time_edit Pages/editable.page editable-0 editable-w /editable) ms"
prev=0; template=()
for i in $(seq 1 "$edits"); do template+=("$(time_edit Pages/index.page "template-$prev" "template-$i" /)"); prev=$i; sleep 0.3; done
prev=0; body=()
for i in $(seq 1 "$edits"); do body+=("$(time_edit Content/notes/hello.md "body-$prev" "body-$i" /note)"); prev=$i; sleep 0.3; done
echo "template edit -> served: $(printf '%s\n' "${template[@]}" | stats)"
echo "Markdown body edit -> served: $(printf '%s\n' "${body[@]}" | stats)"
[ "$pid_before" = "$(curl -s "http://127.0.0.1:$port/pid")" ] && echo "same process throughout (no restart)" || echo "the app restarted"
