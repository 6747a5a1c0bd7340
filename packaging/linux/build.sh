#!/usr/bin/env bash
# Builds the Linux packages into target/dist/:
#   Pulsegrid/                          app-image (trimmed runtime + launcher), runnable in place
#   pulsegrid_<v>-1_amd64.deb           the application (GUI + CLI), /opt/pulsegrid, menu entry
#   pulsegrid-agent_<v>-1_all.deb       the agent as a systemd service, installed disabled
# Usage: packaging/linux/build.sh        (from anywhere; reuses target/pulsegrid.jar if present)
# Needs JDK 17 (jpackage, jlink, jdeps), binutils (objcopy), fakeroot, dpkg-deb, unzip:
#   apt-get install -y binutils fakeroot unzip
# Env: SKIP_JDEPS=1 skips the module check (~15 s); PULSEGRID_APPCDS=0 skips the AppCDS archive.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
start=$(date +%s)

for tool in jpackage jlink jdeps objcopy fakeroot dpkg-deb unzip; do
    command -v "$tool" >/dev/null || { echo "build.sh: $tool not found (apt-get install -y binutils fakeroot unzip; JDK 17 for the j* tools)" >&2; exit 1; }
done

jar=target/pulsegrid.jar
if [ ! -f "$jar" ]; then
    PULSEGRID_COMMIT="$(git rev-parse --short=12 HEAD 2>/dev/null || echo unknown)" \
        mvn -q -B package -DskipTests
fi

# The installer version is the jar's own (filtered from the pom), without qualifier: jpackage
# takes numbers only (0.1.0-SNAPSHOT -> 0.1.0). Older jars without build.properties: manifest.
version="$({ unzip -p "$jar" dev/pulsegrid/build.properties 2>/dev/null || true; } | sed -n 's/^version=//p' | tr -d '\r')"
[ -n "$version" ] || version="$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: //p' | tr -d '\r')"
[ -n "$version" ] || { echo "build.sh: no version in $jar (rebuild it: mvn package)" >&2; exit 1; }
app_version="${version%%-*}"
deb_version="$app_version-1"
echo "build.sh: Pulsegrid $version -> installer version $deb_version"

work=target/jpackage
dist=target/dist
rm -rf "$work" "$dist"
mkdir -p "$work/input" "$dist"
cp "$jar" "$work/input/"
sed "s/@APP_VERSION@/$app_version/" packaging/common.jpackage > "$work/common.jpackage"

# The runtime holds the modules listed in runtime.jlink; stop if the jar now needs another one
# (a new dependency), rather than ship a runtime that fails with NoClassDefFoundError later.
listed="$(sed -n 's/^--add-modules //p' packaging/runtime.jlink)"
if [ "${SKIP_JDEPS:-0}" != 1 ]; then
    needed="$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")"
    missing="$(comm -23 <(tr ',' '\n' <<<"$needed" | sort) <(tr ',' '\n' <<<"$listed" | sort))"
    if [ -n "$missing" ]; then
        echo "build.sh: the jar needs modules missing from packaging/runtime.jlink: $(echo $missing)" >&2
        echo "          add them to its --add-modules line (jdeps says: $needed)" >&2
        exit 1
    fi
fi
# Without AppCDS, at least the JDK's own classes come from a (base) CDS archive.
cds_base=()
[ "${PULSEGRID_APPCDS:-1}" = 1 ] || cds_base=(--generate-cds-archive)
jlink @packaging/runtime.jlink "${cds_base[@]}" --output "$work/runtime"

jpackage --type app-image @"$work/common.jpackage" @packaging/launcher.jpackage \
    --icon packaging/linux/pulsegrid.png \
    --input "$work/input" --runtime-image "$work/runtime" --dest "$dist"

if [ "${PULSEGRID_APPCDS:-1}" = 1 ]; then
    packaging/linux/appcds.sh "$dist/Pulsegrid"
fi

# jpackage gives no say over compression and dpkg-deb's default (xz -6) spent 300 s on this 100 MB
# image (2 busy cores) for 60.1 MB; gzip -6: 20 s for 65.7 MB and every dpkg reads it (zstd 9 was
# 15 s / 63.3 MB, but Debian 11's dpkg cannot read zstd).
# The .deb carries the class list, not the archive: postinst dumps it at /opt (see appcds.sh).
jsa="$dist/Pulsegrid/lib/app/pulsegrid.jsa"
[ ! -f "$jsa" ] || mv "$jsa" "$work/pulsegrid.jsa"
DPKG_DEB_COMPRESSOR_TYPE=gzip DPKG_DEB_COMPRESSOR_LEVEL=6 \
jpackage --type deb --app-image "$dist/Pulsegrid" @"$work/common.jpackage" \
    @packaging/linux/linux.jpackage --dest "$dist"
[ ! -f "$work/pulsegrid.jsa" ] || mv "$work/pulsegrid.jsa" "$jsa"
packaging/linux/build-agent-deb.sh "$deb_version" "$dist" >/dev/null

echo "build.sh: done in $(( $(date +%s) - start )) s"
du -sh "$dist/Pulsegrid"
ls -l "$dist"/*.deb
