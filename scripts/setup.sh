#!/usr/bin/env bash
# The README's first command: install what is missing, build, and run the main job on
# the bundled default data: the places and events of events/sample-report.txt.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/install-deps.sh"
"$here/scripts/build.sh" -DBORDERMAP_WERROR=OFF
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
