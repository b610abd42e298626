#!/usr/bin/env bash
# Event extraction against ACLED's own coding: runs the development split's scorer
# (../shared/events-dev/score.py, real ACLED notes that never enter this repository) on a
# bordermap binary and prints its per-set lines and summary. Skips cleanly without the split.
# Usage: bench/event_extraction_accuracy.sh [BINARY] [DETAILS.tsv]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-"$root/build/bordermap"}
scorer="$root/../shared/events-dev/score.py"
if [[ ! -f "$scorer" ]]; then
  echo "skipped: no ../shared/events-dev next to the checkout"
  exit 0
fi
args=("$bin")
[[ -n "${2:-}" ]] && args+=(--details "$2")
python3 "$scorer" "${args[@]}" | grep -E '^(set |region |conditional|set A ACLED|docs=)'
