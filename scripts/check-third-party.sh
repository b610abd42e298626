#!/usr/bin/env bash
# Fails when a package that scripts/install-deps.sh installs, or that the npm manifests pin,
# has no row in third_party/README.md (the licence manifest). Prints the missing names.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
manifest="$root/third_party/README.md"
missing=0
check() {
  if ! grep -qF "| \`$1\`" "$manifest"; then
    echo "third_party/README.md has no row for '$1' ($2)"
    missing=$((missing + 1))
  fi
}
# The apt list: the words of the apt_packages=( … ) array, plus the conditional nodejs/npm.
apt=$(sed -n '/^apt_packages=(/,/^)/p' "$root/scripts/install-deps.sh" | sed '1s/^apt_packages=(//; $s/)$//')
for p in $apt nodejs npm; do check "$p" "scripts/install-deps.sh"; done
for json in "$root/geodata/package.json" "$root/tests/tools/package.json"; do
  for p in $(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1])).get("dependencies", {})))' "$json"); do
    check "$p" "${json#"$root"/}"
  done
done
if ((missing)); then exit 1; fi
echo "third_party/README.md lists every installed package"
