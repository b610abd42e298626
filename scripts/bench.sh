#!/usr/bin/env bash
# Benchmarks (not part of the test suite): builds Release into build-bench/ and runs
#   geoparse_accuracy       LGL, TR-News, GeoWebNews from ../shared/corpora (skipped when absent)
#   border_region_accuracy  the shared seed text(s) and tests/data/geoparse golden texts
#   geoparse_throughput     docs/s and MB/s, one thread and all cores
#   event_extraction_accuracy.sh  the events-dev scorer's lines (../shared/events-dev; skipped when absent)
# and the CLI's start-up time. JSON results go to build-bench/bench-results/.
#
# Environment: BORDERMAP_DATA (runtime data; default build-bench/data, else build/data),
# BENCH_ERRORS (worst errors listed per corpus, default 10), BENCH_SECONDS (per throughput
# mode, default 3), BENCH_NO_BUILD=1 to skip the build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
out="$build/bench-results"
errors=${BENCH_ERRORS:-10}
seconds=${BENCH_SECONDS:-3}

if [[ "${BENCH_NO_BUILD:-0}" != 1 ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DBORDERMAP_BUILD_GEODATA=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
  targets=(bordermap)
  for src in "$root"/bench/*.cpp; do targets+=("$(basename "$src" .cpp)"); done
  cmake --build "$build" --target "${targets[@]}"
fi

if [[ -z "${BORDERMAP_DATA:-}" ]]; then
  for d in "$build/data" "$root/build/data"; do
    if [[ -f "$d/gazetteer.bmx" ]]; then export BORDERMAP_DATA="$d"; break; fi
  done
fi
if [[ ! -f "${BORDERMAP_DATA:-/nonexistent}/gazetteer.bmx" ]]; then
  echo "bench.sh: no runtime data (gazetteer.bmx); run scripts/build.sh or set BORDERMAP_DATA" >&2
  exit 3
fi
echo "runtime data: $BORDERMAP_DATA"
echo "source: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?') with $(git -C "$root" status --porcelain 2>/dev/null | wc -l) changed paths; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
mkdir -p "$out"

section() { printf '\n==== %s ====\n' "$1"; }

section "geoparsing accuracy on the public corpora"
"$build/geoparse_accuracy" --errors "$errors" --json "$out/geoparse_accuracy.json"

section "border-region accuracy (seed text, golden texts)"
"$build/border_region_accuracy" --json "$out/border_region_accuracy.json"

section "throughput"
"$build/geoparse_throughput" --seconds "$seconds" --json "$out/geoparse_throughput.json"

section "event extraction against ACLED's coding (../shared/events-dev, when present)"
"$root/bench/event_extraction_accuracy.sh" "$build/bordermap" "$out/event_extraction_details.tsv"

section "ingest into a GeoPackage store (documents/s)"
"$build/ingest_bench" --docs 500

section "export of 1M events to GeoJSON, bordermap beside ogr2ogr"
"$build/export_bench" --json "$out/export_bench.json"

section "CLI start-up (process start, open data, answer; page cache warm)"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'Fayzabad\n' >"$tmp/one-word.txt"
geocode=("$build/bordermap" geocode --format json "$tmp/one-word.txt")
place=("$build/bordermap" place Fayzabad)
"${geocode[@]}" >/dev/null  # fail loudly here rather than inside the timing
"${place[@]}" >/dev/null
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs 30 --export-json "$out/cli_startup.json" \
    "${geocode[*]}" "${place[*]}"
else
  for cmd in geocode place; do
    declare -n argv=$cmd
    times=()
    for _ in $(seq 30); do
      t0=$(date +%s%N); "${argv[@]}" >/dev/null; t1=$(date +%s%N)
      times+=($(((t1 - t0) / 1000)))
    done
    sorted=$(printf '%s\n' "${times[@]}" | sort -n)
    echo "bordermap $cmd: median $(echo "$sorted" | sed -n 15p) µs, min $(echo "$sorted" | head -1) µs (30 runs)"
  done
fi
echo
echo "results: $out/"
