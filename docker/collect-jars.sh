#!/usr/bin/env bash
# collect-jars.sh DEST MODULE...: copies each module's jar (as app.jar) and its runtime libraries
# (target/lib, made by the package phase) to DEST/MODULE, the layout the image entry points expect.
set -euo pipefail
dest="$1"; shift
for module in "$@"; do
  jar="$(ls "$module"/target/adtrigger-"$module"-*.jar | grep -v -e sources -e tests | head -1)"
  [[ -n "$jar" && -d "$module/target/lib" ]] || { echo "collect-jars: $module has no jar or target/lib" >&2; exit 1; }
  mkdir -p "$dest/$module"
  cp "$jar" "$dest/$module/app.jar"
  cp -r "$module/target/lib" "$dest/$module/lib"
done
