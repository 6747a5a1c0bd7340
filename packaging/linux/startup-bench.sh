#!/usr/bin/env bash
# Time to a visible window and idle memory of an app-image, with and without class-data sharing,
# rounds interleaved so that changing load on the machine hits both variants alike.
#   appcds  the static AppCDS archive of appcds.sh (what the .deb's postinst makes)
#   nocds   pulsegrid.jsa moved aside (the launcher's SharedArchiveFile then maps nothing)
# Usage: packaging/linux/startup-bench.sh [APP_IMAGE_DIR] [ROUNDS]    (default target/dist/Pulsegrid 3)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="${1:-target/dist/Pulsegrid}"
rounds="${2:-3}"
jsa="$app/lib/app/pulsegrid.jsa"
[ -f "$jsa" ] || { echo "startup-bench.sh: $jsa missing: run packaging/linux/appcds.sh $app" >&2; exit 1; }
trap '[ -f "$jsa.off" ] && mv "$jsa.off" "$jsa"' EXIT
probe() { xvfb-run -a -s "-screen 0 1600x1000x24" "$here/window-probe.sh" 60 5 "$app/bin/Pulsegrid" gui --demo --port 0; }
for r in $(seq "$rounds"); do
    echo "round $r appcds $(probe)"
    mv "$jsa" "$jsa.off"
    echo "round $r nocds  $(probe)"
    mv "$jsa.off" "$jsa"
done
