#!/usr/bin/env bash
# Builds target/dist/Pulsegrid-<version>.dmg on macOS.
# NOT BUILT OR TESTED HERE (the team builds on Linux). Needs a Mac with JDK 17+ (jpackage, jlink),
# Maven and the Xcode command line tools. Run from anywhere: packaging/mac/build.sh
# The shaded jar must be built ON the Mac: it carries the JavaFX natives of the OS that ran Maven.
#
# macOS rejects a version whose first number is 0 (CFBundleVersion), so while Pulsegrid is 0.x
# the script stops unless MAC_APP_VERSION gives a 1.x-or-later number for the bundle, e.g.
#   MAC_APP_VERSION=1.0.0 packaging/mac/build.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
jar=target/pulsegrid.jar
[ -f "$jar" ] || PULSEGRID_COMMIT="$(git rev-parse --short=12 HEAD 2>/dev/null || true)" mvn -q -B package -DskipTests

version="$(unzip -p "$jar" dev/pulsegrid/build.properties | sed -n 's/^version=//p' | tr -d '\r')"
app_version="${MAC_APP_VERSION:-${version%%-*}}"
if [[ "$app_version" == 0* ]]; then
    echo "mac/build.sh: macOS refuses bundle version $app_version (the first number must be >= 1);" \
         "set MAC_APP_VERSION, e.g. MAC_APP_VERSION=1.${app_version#0.}" >&2
    exit 2
fi

work=target/jpackage
rm -rf "$work" target/dist
mkdir -p "$work/input"
cp "$jar" "$work/input/"
sed "s/@APP_VERSION@/$app_version/" packaging/common.jpackage > "$work/common.jpackage"
jlink @packaging/runtime.jlink --output "$work/runtime"
jpackage @"$work/common.jpackage" @packaging/launcher.jpackage @packaging/mac/mac.jpackage \
    --input "$work/input" --runtime-image "$work/runtime" --dest target/dist
ls -l target/dist
