#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) in build-fuzz/ and
# runs each for a bounded time, seeded from tests/fuzz/corpus/<target>/.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 60 s, every target)
#
# FUZZ_RUNS=N stops a target after N executions (SECONDS still bounds it); FUZZ_MAX_LEN
# overrides the per-target input size limit below. Every run appends its figures to
# build-fuzz/totals.tsv, so executions can be summed over several runs.
# New interesting inputs accumulate in build-fuzz/corpus/<target>/ (so a later run goes
# on where this one stopped); crashes land in build-fuzz/crashes/<target>/. Each crash's
# input joins tests/fuzz/corpus/<target>/, which ctest replays (fuzz_replay.*), and gets a
# test in the module's tests where it shows a module's bug. Exit status 1
# when any target crashed. Needs the runtime data of the normal build (build/data) or
# $BORDERMAP_DATA.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
shift || true
build="$here/build-fuzz"
data=${BORDERMAP_DATA:-$here/build/data}
cxx=${CXX_FUZZ:-clang++-14}
cc=${CC_FUZZ:-clang-14}

if [[ ! -f "$data/gazetteer.bmx" ]]; then
  echo "fuzz.sh: no runtime data in $data: run scripts/build.sh first" >&2
  exit 3
fi

all_targets=()
for src in "$here"/tests/fuzz/fuzz_*.cpp; do all_targets+=("$(basename "$src" .cpp)"); done
targets=("${@:-${all_targets[@]}}")

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DBORDERMAP_FUZZ=ON -DBUILD_TESTING=OFF -DBORDERMAP_BUILD_GEODATA=OFF -DBORDERMAP_WERROR=OFF \
  -DBORDERMAP_DATA_DIR="$data" >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

export BORDERMAP_DATA="$data"
# Leaks in a fuzz target are real bugs too, except in the GL driver (never loaded here).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# Input size limits: a report paragraph of a few sentences for the text pipeline (its
# cross-sentence state needs several; whole documents are the seed corpus's and the
# bad-input suite's job), a few dozen rows or features for the importers and JSONL, and
# far more than the 64 arguments the CLI target reads.
max_len_of() {
  if [[ -n ${FUZZ_MAX_LEN:-} ]]; then echo "$FUZZ_MAX_LEN"; return; fi
  case $1 in
    fuzz_text_pipeline) echo 1024 ;;
    fuzz_import | fuzz_jsonl) echo 4096 ;;
    *) echo 2048 ;;
  esac
}

totals="$build/totals.tsv"
[[ -f $totals ]] || printf 'finished\ttarget\tseconds\tmax_len\texecutions\texec_per_s\tcrashes\n' >"$totals"

status=0
printf '%-20s %12s %10s %8s\n' target executions exec/s crashes
for t in "${targets[@]}"; do
  corpus="$build/corpus/$t"
  crashes="$build/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  seeds="$here/tests/fuzz/corpus/$t"
  # One log per run: two runs of the same target may share a corpus, one per core.
  log="$build/$t.$(date -u +%Y%m%dT%H%M%S).$$.log"
  # -rss_limit_mb: bounded memory is part of the contract; -timeout: a hang is a bug.
  dirs=("$corpus")
  [[ -d $seeds ]] && dirs+=("$seeds")
  max_len=$(max_len_of "$t")
  runs=()
  [[ -n ${FUZZ_RUNS:-} ]] && runs=(-runs="$FUZZ_RUNS")
  set +e
  "$build/fuzz/$t" "${dirs[@]}" "${runs[@]}" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=20 -rss_limit_mb=2560 \
    -artifact_prefix="$crashes/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  found=$(find "$crashes" -type f | wc -l)
  printf '%-20s %12s %10s %8s\n' "$t" "${execs:-?}" "${rate:-?}" "$found"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$seconds" "$max_len" "${execs:-?}" "${rate:-?}" \
    "$found" >>"$totals"
  if [[ $rc -ne 0 || $found -ne 0 ]]; then
    status=1
    echo "  $t: exit $rc, see $log and $crashes/" >&2
  fi
done
exit $status
