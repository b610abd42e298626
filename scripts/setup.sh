#!/usr/bin/env bash
# The README's first command: install what is missing, build, and run the main job on
# the bundled default data: the places and events of events/sample-report.txt, a
# briefing image of them, and (on a desktop) the viewer.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh" -DBORDERMAP_WERROR=ON
cd "$here"
bm=build/bordermap
echo
echo "== Places in the bundled sample report (events/sample-report.txt)"
$bm geocode --format table events/sample-report.txt
echo
echo "== The Afghanistan-Tajikistan border"
$bm border --pair AF-TJ
echo
echo "== Events of the sample report, stored in build/sample-events.gpkg"
$bm ingest --store build/sample-events.gpkg --date 2021-09-27 --source "bordermap sample report" events/sample-report.txt
$bm events --store build/sample-events.gpkg
$bm export --store build/sample-events.gpkg build/sample-events.geojson
echo "GeoJSON layer for QGIS / kepler.gl: build/sample-events.geojson"
echo
echo "== A briefing image of those events (no display needed)"
$bm render --store build/sample-events.gpkg --fit events --title "Afghanistan – Tajikistan border" \
  --subtitle "Events of the bundled sample report" --sources build/sample-briefing.png
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -t 0 && -z "${CI:-}" ]]; then
  echo
  echo "== The viewer on the stored events (close the window to finish)"
  $bm view build/sample-events.gpkg || echo "the viewer could not start; the briefing image is build/sample-briefing.png"
else
  echo "No display here: open build/sample-briefing.png, or run 'build/bordermap view' on a desktop."
fi
