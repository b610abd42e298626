#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer (gcc), in
# build-asan/. Runs after scripts/test.sh, whose normal build derived the runtime data
# (build/data) that this build reuses instead of deriving it again.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build="$here/build-asan"
data="$here/build/data"
if [[ ! -f "$data/gazetteer.bmx" ]]; then
  echo "test-sanitizers.sh: no runtime data in $data: run scripts/test.sh first" >&2
  exit 3
fi
start=$(date +%s)

# -O1 keeps the instrumented build and run fast enough for CI; frame pointers give
# readable stacks; no recovery, so any UB report fails the test that triggered it.
# Warnings are enforced by the normal build (scripts/test.sh, -Werror); gcc's
# instrumentation adds false positives (-Wmaybe-uninitialized, -Wstringop-*), so not here.
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
  -DCMAKE_C_FLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
  -DBORDERMAP_BUILD_GEODATA=OFF -DBORDERMAP_DATA_DIR="$data" -DBORDERMAP_WERROR=OFF >/dev/null
cmake --build "$build" -j"$(nproc)" --target bordermap bordermap_tests fuzz_replays

# Leaks inside Mesa / the GL loader are the driver's, not ours: scripts/lsan.supp names
# only those libraries. Everything of bordermap's own stays checked.
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$here/scripts/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
cd "$build"
ctest --output-on-failure -j"$(nproc)" --timeout 900
echo "test-sanitizers.sh: ASan+UBSan suite passed in $(( $(date +%s) - start )) s"
