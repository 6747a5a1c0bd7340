#!/usr/bin/env bash
# Class-data sharing (AppCDS) for a Linux app-image: a training run of the GUI (demo cluster)
# under Xvfb records the classes it loads in lib/app/pulsegrid.classlist; `java -Xshare:dump`
# turns that list into lib/app/pulsegrid.jsa, which the launcher maps at start (its .cfg gets
# -XX:SharedArchiveFile) instead of loading and verifying those classes one by one.
#
# The archive pins the jar's absolute path and modification time, so an archive made here is
# useless once the .deb installs the jar in /opt with a new mtime (JDK 17 logs "APP classpath
# mismatch"; -XX:ArchiveClassesAtExit archives fail the same way). So the .deb ships only the
# class list and its postinst dumps the archive in place (~6 s of CPU); the archive made here
# serves runs of the app-image where it stands (startup-bench.sh).
# Usage: packaging/linux/appcds.sh target/dist/Pulsegrid
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$(cd "${1:?usage: $0 APP_IMAGE_DIR}" && pwd)"
cfg="$app/lib/app/Pulsegrid.cfg"
list="$app/lib/app/pulsegrid.classlist"
jsa="$app/lib/app/pulsegrid.jsa"
for tool in xvfb-run xdotool; do
    command -v "$tool" >/dev/null || { echo "appcds.sh: $tool missing (apt-get install -y xvfb xdotool); no archive" >&2; exit 0; }
done
rm -f "$list" "$jsa"
# Port 0: the training run must not collide with a monitor already on 9797.
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$list" xvfb-run -a -s "-screen 0 1600x1000x24" \
    "$here/window-probe.sh" 90 3 "$app/bin/Pulsegrid" gui --demo --port 0 >/dev/null
if [ ! -s "$list" ]; then
    echo "appcds.sh: the training run recorded no class list; the image starts without AppCDS" >&2
    exit 0
fi
# Same command as the .deb's postinst (packaging/linux/resources/postinst).
"$app/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$list" \
    -XX:SharedArchiveFile="$jsa" -cp "$app/lib/app/pulsegrid.jar" >/dev/null 2>&1 || rm -f "$jsa"
grep -q 'SharedArchiveFile' "$cfg" || sed -i '/^\[JavaOptions\]/a java-options=-XX:SharedArchiveFile=$APPDIR/pulsegrid.jsa' "$cfg"
echo "appcds.sh: $(wc -l <"$list") classes listed, archive $(du -h "$jsa" 2>/dev/null | cut -f1 || echo missing)"
