#!/usr/bin/env bash
# The README's first command: install what is missing, build, and run the main job on
# the bundled default data.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh" -DBORDERMAP_WERROR=OFF
cd "$here"
echo
echo "== Places in the bundled sample report (events/sample-report.txt)"
build/bordermap geocode --format table events/sample-report.txt
echo
echo "== The Afghanistan-Tajikistan border"
build/bordermap border --pair AF-TJ
