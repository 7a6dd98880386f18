#!/usr/bin/env bash
# Packs src/Runtime (the one Pages package) into benchmarks/Export/.feed, the local feed that the benchmark site
# (PagesSite) restores Pages from, as a user's app has it: one PackageReference, no project references. Untimed; called
# by export.sh and content-compile.sh. Each pack gets a version no earlier pack had (0.1.0-bench.<UTC time>.<pid>):
# the global packages folder never hands back a stale copy, and two worktrees packing at once do not clash. The
# version goes into .feed/PagesVersion.props, which PagesSite.csproj imports; the previous version is removed from
# the feed and the global packages folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
feed=$PWD/benchmarks/Export/.feed
version="0.1.0-bench.$(date -u +%Y%m%d%H%M%S).$$"
mkdir -p "$feed"
previous=$(sed -n 's:.*<PagesBenchmarkPackageVersion>\(.*\)</PagesBenchmarkPackageVersion>.*:\1:p' "$feed/PagesVersion.props" 2>/dev/null || true)
nuspec=$(mktemp -d)
trap 'rm -rf "$nuspec"' EXIT
dotnet pack src/Runtime/Pages.csproj -c Release -nologo -v quiet -nodeReuse:false -o "$feed" \
  "-p:PackageVersion=$version" "-p:NuspecOutputPath=$nuspec/" >"$nuspec/pack.log" 2>&1 \
  || { tail -n 30 "$nuspec/pack.log" >&2; exit 1; }
cat >"$feed/PagesVersion.props" <<XML
<Project>
  <PropertyGroup>
    <PagesBenchmarkPackageVersion>$version</PagesBenchmarkPackageVersion>
  </PropertyGroup>
</Project>
XML
if [ -n "$previous" ] && [ "$previous" != "$version" ]; then
  rm -f "$feed/Pages.$previous.nupkg" "$feed/Pages.$previous.snupkg"
  rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/pages/$previous"
fi
echo "packed Pages $version into $feed"
