#!/usr/bin/env bash
# Adds an AppCDS archive to a Linux app-image: a training run of the GUI (with the demo cluster)
# under Xvfb records the classes it loads into lib/app/pulsegrid.jsa, and the launcher's .cfg
# gets -XX:SharedArchiveFile so later starts map those classes instead of parsing them.
# JDK 17 has no -XX:+AutoCreateSharedArchive (JDK 19), hence -XX:ArchiveClassesAtExit.
# The archive is on top of the runtime's base archive (jlink --generate-cds-archive) and is valid
# only for this exact runtime and jar; the JVM silently ignores a mismatched one.
# Usage: packaging/linux/appcds.sh target/dist/Pulsegrid
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$(cd "${1:?usage: $0 APP_IMAGE_DIR}" && pwd)"
cfg="$app/lib/app/Pulsegrid.cfg"
jsa="$app/lib/app/pulsegrid.jsa"
for tool in xvfb-run xdotool; do
    command -v "$tool" >/dev/null || { echo "appcds.sh: $tool missing (apt-get install -y xvfb xdotool); no archive" >&2; exit 0; }
done
rm -f "$jsa"
# Port 0: the training run must not collide with a monitor already on 9797.
JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$jsa" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$here/window-probe.sh" 60 3 "$app/bin/Pulsegrid" gui --demo --port 0 >/dev/null
if [ ! -s "$jsa" ]; then
    echo "appcds.sh: the training run left no archive; the image starts without one" >&2
    exit 0
fi
grep -q 'SharedArchiveFile' "$cfg" || sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/pulsegrid.jsa' "$cfg"
echo "appcds.sh: $(du -h "$jsa" | cut -f1) archive, $cfg updated"
