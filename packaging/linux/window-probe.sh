#!/usr/bin/env bash
# Starts a command on the current X display, reports how long until a visible window named
# Pulsegrid exists and the process's resident memory once it has idled, then stops it with
# SIGTERM (so the JVM exits normally: shutdown hooks, -XX:ArchiveClassesAtExit).
# Usage (needs DISPLAY, e.g. under xvfb-run):
#   window-probe.sh TIMEOUT_S IDLE_S command [args...]
# Prints: window_ms=<n> cpu_ms=<n> rss_kb=<n>: wall time to the window, CPU time the process had
# used by then (less sensitive than wall time to other load on the machine), resident memory
# after IDLE_S seconds with the window open. Exit 0 if
# the window appeared, 1 if not (the command's output is then on stderr).
set -uo pipefail
timeout_s=$1 idle_s=$2
shift 2
command -v xdotool >/dev/null || { echo "window-probe.sh: needs xdotool (apt-get install -y xdotool)" >&2; exit 1; }
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
t0=$(date +%s%N)
"$@" >"$log" 2>&1 &
pid=$!
window_ms=
deadline=$(( t0 + timeout_s * 1000000000 ))
while [ "$(date +%s%N)" -lt "$deadline" ] && kill -0 "$pid" 2>/dev/null; do
    if xdotool search --onlyvisible --name '^Pulsegrid' >/dev/null 2>&1; then
        window_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
        # utime + stime (fields 14, 15 of /proc/PID/stat, in clock ticks)
        cpu_ms=$(awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); print int(($12 + $13) * 1000 / hz)}' "/proc/$pid/stat")
        break
    fi
    sleep 0.02
done
if [ -z "$window_ms" ]; then
    kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
    echo "window-probe.sh: no Pulsegrid window within ${timeout_s}s; output:" >&2
    cat "$log" >&2
    exit 1
fi
sleep "$idle_s"
rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
kill -TERM "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
echo "window_ms=$window_ms cpu_ms=$cpu_ms rss_kb=${rss_kb:-?}"
