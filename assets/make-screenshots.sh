#!/usr/bin/env bash
# Remakes the README screenshots after a UI change: the real app under Xvfb with the embedded demo
# cluster, arranged by ScreenshotTour (src/test/java/dev/pulsegrid/ui), captured with ImageMagick.
# Needs: apt-get install -y xvfb imagemagick libgtk-3-0. Run from anywhere: assets/make-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/cp.txt)"

# shot OUT.png JAVA_PROPERTIES...: the window, $WAIT (12) s after start (demo running, tour arranged at 6 s)
shot() {
    local out=$1
    shift
    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c "
        java $* -Dpulsegrid.port=0 -cp '$cp' dev.pulsegrid.ui.ScreenshotTour >/dev/null 2>&1 &
        pid=\$!
        sleep ${WAIT:-12}
        import -window root '$out'
        kill \$pid"
    echo "wrote $out"
}

shot assets/screenshot.png -Dpulsegrid.demo=300 -Dtour.group=zone -Dtour.select=db-003
shot assets/screenshot-light.png -Dpulsegrid.demo=300 -Dtour.theme=light
WAIT=30 shot assets/screenshot-100k-xvfb.png -Dpulsegrid.demo=100000 -Xmx2g
