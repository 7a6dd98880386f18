#!/usr/bin/env bash
# Static export benchmark (issue 7, part 3): the same Markdown corpus (N posts, benchmarks/Export/corpus.mjs) built
# into a static site by Pages, Astro 5 and Hugo. Pages is measured twice: the export alone with the app already
# built (`dotnet Pages.Benchmarks.Export.dll build --out dist`), and the whole thing from a clean tree
# (bin/obj moved away, `dotnet build` without build servers, then the export). Every run is cold: the tool's outputs
# and caches are moved away first. Each tool must write N post pages and the index, or the run fails.
# Then the edit loop (issue 11): one post's body is edited and the site rebuilt as a user would, Pages with
# `dotnet run -c Release -- build` (compiler server warm, the last export's dist/ in place: an incremental export
# that must write exactly that post's page) and Hugo with `hugo` over its last public/ (its own rebuild).
#
#   benchmarks/export.sh           N = 1,000 and 4,000, median of 3 runs (about 10 minutes)
#   benchmarks/export.sh --quick   N = 200, 1 run: a smoke run
#   benchmarks/export.sh --n 4000 --runs 1   any sizes (repeat --n) and number of runs
#
# Ends with: export: astro/pages=X pages/hugo=Y fullbuild/hugo=Z incremental/hugo=W n=N (the largest N)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
bench=$root/benchmarks/Export
sizes=(1000 4000); runs=3
custom=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) sizes=(200); runs=1 ;;
    --n) [ $# -ge 2 ] || { echo "--n needs a number" >&2; exit 2; }; custom+=("$2"); shift ;;
    --runs) [ $# -ge 2 ] || { echo "--runs needs a number" >&2; exit 2; }; runs=$2; shift ;;
    *) echo "usage: benchmarks/export.sh [--quick] [--n N]... [--runs R]" >&2; exit 2 ;;
  esac
  shift
done
[ ${#custom[@]} -eq 0 ] || sizes=("${custom[@]}")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 ASTRO_TELEMETRY_DISABLED=1 CI=true

# What the peers need, installed once.
apt_install() { apt-get update -qq && apt-get install -y -qq "$@" >/dev/null; }
[ -x /usr/bin/time ] || apt_install time
command -v hugo >/dev/null || apt_install hugo
command -v node >/dev/null || apt_install nodejs npm
[ -x "$bench/astro/node_modules/.bin/astro" ] || (cd "$bench/astro" && npm install --no-audit --no-fund --loglevel=error)

pages=$bench/PagesSite
pages_dll=$pages/bin/Release/net10.0/Pages.Benchmarks.Export.dll
work=$(mktemp -d)
# Outputs and caches are moved out of the way before each run, not deleted: this machine's ext4 (no journal)
# skips inodes freed in the last 30 s (dirty_expire) when it allocates new ones, so deleting thousands of files
# just before a run made every tool's file creation slower, and slower with each round. The trash is a folder on
# the same file system (a move is a rename), deleted when the script ends.
trash=$bench/.trash
mkdir -p "$trash"
trap 'rm -rf "$work" "$trash"' EXIT
discard() {
  local path
  for path in "$@"; do
    if [ -e "$path" ]; then mv "$path" "$trash/$(date +%s%N)-$RANDOM"; fi
  done
}

# run LABEL N DIR CMD...: runs CMD in DIR under /usr/bin/time -v, appends "seconds peak_kib cpu_seconds" to
# $work/LABEL.N (CPU = user + system time of the command and everything it waited for).
run() {
  local label=$1 n=$2 dir=$3; shift 3
  local start end
  # Each run starts with no dirty pages of the previous tool's output left to write back: without this, the kernel's
  # writeback of Astro's 4,000 pages ran during Hugo's run and Hugo's during the Pages export, and each paid the
  # other's disk time in system CPU (measured: the Pages export 2.05 s in the script, 1.5 s after a sync).
  sync
  start=$(date +%s.%N)
  if ! (cd "$dir" && /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/$label.log" 2>&1); then
    echo "export: $label (n=$n) failed:" >&2; tail -n 30 "$work/$label.log" >&2; exit 1
  fi
  end=$(date +%s.%N)
  local kib cpu
  kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
  cpu=$(awk -F': ' '/User time|System time/ { t += $2 } END { print t }' "$work/time.txt")
  awk -v s="$start" -v e="$end" -v k="$kib" -v c="$cpu" 'BEGIN { printf "%.3f %d %.2f\n", e - s, k, c }' >>"$work/$label.$n"
}

# check LABEL N OUT: the output has the index and exactly N post pages, and the last post's title.
check() {
  local label=$1 n=$2 out=$3
  local pages_written; pages_written=$(find "$out/posts" -mindepth 2 -maxdepth 2 -name index.html 2>/dev/null | wc -l)
  local last; last=$(printf 'post-%04d' "$n")
  local title; title=$(sed -n 's/^title: //p' "$pages/Content/posts/$last.md")
  if [ "$pages_written" -ne "$n" ] || [ ! -f "$out/index.html" ] || ! grep -qF "<h1>$title</h1>" "$out/posts/$last/index.html"; then
    echo "export: $label (n=$n) wrote $pages_written post pages, not $n (or no index.html, or $last lacks its title)" >&2
    tail -n 30 "$work/$label.log" >&2; exit 1
  fi
}

# The Pages export's own summary ("... in 0.37 s"): the time inside the app, without starting it.
inner() { sed -n 's/^Exported .* in \([0-9.]*\) s .*/\1/p' "$work/$1.log" | tail -n 1 >>"$work/$1-inner.$2"; }
# The export's link check ("Checked N links in M HTML files in X s, after Y s of reading pages as they were written"):
# X the check after the export, Y the page scanning summed over the render workers (part of the export phase).
linkcheck() { sed -n 's/^Checked .* in \([0-9.]*\) s, after \([0-9.]*\) s .*/\1 \2/p' "$work/$1.log" | tail -n 1 >>"$work/$1-links.$2"; }

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
seconds() { awk '{ print $1 }' "$work/$1.$2" | median; }
mib() { awk '{ printf "%.0f\n", $2 / 1024 }' "$work/$1.$2" | median; }
cpu() { awk '{ print $3 }' "$work/$1.$2" | median; }
range() { awk '{ print $1 }' "$work/$1.$2" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%s–%s", lo, hi }'; }

# The site restores Pages from a local feed, as a user's app restores it from nuget.org: pack this tree (untimed).
"$bench/pack.sh"

for n in "${sizes[@]}"; do
  discard "$bench/astro/content/posts" "$bench/hugo/content/posts" "$pages/Content/posts"
  node "$bench/corpus.mjs" "$n" "$bench/astro/content/posts" "$bench/hugo/content/posts" "$pages/Content/posts"
  # The content is compiled into the app: build it for this corpus (untimed) before timing the export alone.
  dotnet build "$pages" -c Release -nologo -v quiet -warnaserror >"$work/prebuild.log" 2>&1 || { cat "$work/prebuild.log" >&2; exit 1; }
  for round in $(seq 1 "$runs"); do
    discard "$bench/astro/dist" "$bench/astro/.astro" "$bench/astro/node_modules/.astro"
    run astro "$n" "$bench/astro" node_modules/.bin/astro build
    check astro "$n" "$bench/astro/dist"

    discard "$bench/hugo/public" "$bench/hugo/resources"
    run hugo "$n" "$bench/hugo" hugo --quiet
    check hugo "$n" "$bench/hugo/public"

    discard "$pages/dist"
    run pages "$n" "$pages" dotnet "$pages_dll" build --out dist
    check pages "$n" "$pages/dist"; inner pages "$n"; linkcheck pages "$n"

    discard "$pages/dist" "$pages/bin" "$pages/obj"
    run fullbuild "$n" "$pages" bash -c 'dotnet build -c Release -nologo -v quiet --disable-build-servers -warnaserror && dotnet "$1" build --out dist' _ "$pages_dll"
    check fullbuild "$n" "$pages/dist"; inner fullbuild "$n"

    # The edit loop: untimed, a no-op build starts the compiler server (as an editing user has it); then one post's
    # body changes in both trees and each tool rebuilds over its last output.
    dotnet build "$pages" -c Release -nologo -v quiet -warnaserror >"$work/prebuild.log" 2>&1 || { cat "$work/prebuild.log" >&2; exit 1; }
    edited=$(printf 'post-%04d' $(( (n + 1) / 2 )))
    for tree in "$pages/Content/posts" "$bench/hugo/content/posts"; do
      printf '\nEdited in round %d of the edit loop.\n' "$round" >>"$tree/$edited.md"
    done
    run incremental "$n" "$pages" dotnet run -c Release --no-launch-profile -- build --out dist
    check incremental "$n" "$pages/dist"; inner incremental "$n"
    written=$(sed -n 's/^Exported .*; \([0-9]*\) written, .*/\1/p' "$work/incremental.log" | tail -n 1)
    if [ "$written" != 1 ] || ! grep -qF "Edited in round $round" "$pages/dist/posts/$edited/index.html"; then
      echo "export: the incremental export (n=$n) wrote ${written:-?} files, not exactly the edited post's page:" >&2
      tail -n 5 "$work/incremental.log" >&2; exit 1
    fi
    run hugoedit "$n" "$bench/hugo" hugo --quiet
    check hugoedit "$n" "$bench/hugo/public"

    printf 'n=%-5d run %d  astro %6.2f s  hugo %6.2f s  pages %6.2f s  pages clean build + export %6.2f s  edit: pages %6.2f s hugo %6.2f s\n' "$n" "$round" \
      "$(tail -n 1 "$work/astro.$n" | cut -d' ' -f1)" "$(tail -n 1 "$work/hugo.$n" | cut -d' ' -f1)" \
      "$(tail -n 1 "$work/pages.$n" | cut -d' ' -f1)" "$(tail -n 1 "$work/fullbuild.$n" | cut -d' ' -f1)" \
      "$(tail -n 1 "$work/incremental.$n" | cut -d' ' -f1)" "$(tail -n 1 "$work/hugoedit.$n" | cut -d' ' -f1)"
  done
done

echo
printf '%-6s %-30s %9s %14s %8s %9s %15s\n' n tool "median s" "range s" "CPU s" "peak MiB" "export phase s"
for n in "${sizes[@]}"; do
  for label in astro hugo pages fullbuild incremental hugoedit; do
    case $label in
      astro) name="Astro $(cd "$bench/astro" && node -p "require('./node_modules/astro/package.json').version")" ;;
      hugo) name="Hugo $(hugo version | sed -n 's/^hugo v\([0-9.]*\).*/\1/p')" ;;
      pages) name="Pages: export (app built)" ;;
      fullbuild) name="Pages: clean build + export" ;;
      incremental) name="Pages: edit, dotnet run -- build" ;;
      hugoedit) name="Hugo: edit, hugo" ;;
    esac
    phase=-; [ -f "$work/$label-inner.$n" ] && phase=$(median <"$work/$label-inner.$n")
    printf '%-6s %-30s %9s %14s %8s %9s %15s\n' "$n" "$name" "$(seconds "$label" "$n")" "$(range "$label" "$n")" "$(cpu "$label" "$n")" "$(mib "$label" "$n")" "$phase"
  done
done
for n in "${sizes[@]}"; do
  if [ -s "$work/pages-links.$n" ]; then
    printf 'n=%-5d Pages link check: %s s after the export, %s s of page reading during it (medians; export phase %s s)\n' "$n" \
      "$(awk '{ print $1 }' "$work/pages-links.$n" | median)" "$(awk '{ print $2 }' "$work/pages-links.$n" | median)" "$(median <"$work/pages-inner.$n")"
  fi
done
n=${sizes[-1]}
ratio() { awk -v a="$(seconds "$1" "$n")" -v b="$(seconds "$2" "$n")" 'BEGIN { printf "%.2f", a / b }'; }
echo "export: astro/pages=$(ratio astro pages) pages/hugo=$(ratio pages hugo) fullbuild/hugo=$(ratio fullbuild hugo) incremental/hugo=$(ratio incremental hugoedit) n=$n"
