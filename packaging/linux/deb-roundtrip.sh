#!/usr/bin/env bash
# The .deb round trip, rerunnable: build, dpkg -i, use the installed program, remove, purge,
# and prove nothing is left. Run as root on a Debian-like machine without systemd as PID 1 or
# with it (the agent is exercised directly, as the unit would run it, not through systemctl).
# Usage: packaging/linux/deb-roundtrip.sh        SKIP_BUILD=1 reuses target/dist/*.deb
# Needs: what build.sh needs, plus xvfb xdotool (apt-get install -y xvfb xdotool).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
[ "$(id -u)" = 0 ] || { echo "deb-roundtrip.sh: run as root (dpkg -i)" >&2; exit 1; }

t0=$(date +%s)
phase_start=$t0
phase() { local now; now=$(date +%s); echo "== $1 (previous phase $(( now - phase_start )) s)"; phase_start=$now; }
fail() { echo "deb-roundtrip.sh: FAIL: $*" >&2; exit 1; }
ok() { echo "   ok: $*"; }

cleanup_installed() {
    for p in pulsegrid-agent pulsegrid; do
        if dpkg -s "$p" >/dev/null 2>&1 || dpkg -l "$p" 2>/dev/null | grep -q "^rc"; then
            dpkg --purge "$p" >/dev/null
        fi
    done
}

phase "build"
if [ "${SKIP_BUILD:-0}" != 1 ] || ! ls target/dist/pulsegrid_*.deb >/dev/null 2>&1; then
    packaging/linux/build.sh
fi
app_deb=$(ls target/dist/pulsegrid_*_amd64.deb)
agent_deb=$(ls target/dist/pulsegrid-agent_*_all.deb)
version=$(dpkg-deb -f "$app_deb" Version)
echo "   $app_deb ($(du -h "$app_deb" | cut -f1)), $agent_deb"

phase "install (dpkg -i)"
cleanup_installed   # a previous run that stopped half-way
# dpkg -i does not fetch dependencies: install the missing ones from the archive first.
missing=()
for dep in $(dpkg-deb -f "$app_deb" Depends | tr ',' '\n' | sed 's/(.*)//; s/|.*//' | tr -d ' ' | sort -u); do
    dpkg -s "$dep" >/dev/null 2>&1 || missing+=("$dep")
done
if ((${#missing[@]})); then
    echo "   installing dependencies: ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
dpkg -i "$app_deb" "$agent_deb" >/dev/null
[ "$(dpkg-query -W -f '${Status}' pulsegrid)" = "install ok installed" ] || fail "pulsegrid not installed"
[ "$(dpkg-query -W -f '${Status}' pulsegrid-agent)" = "install ok installed" ] || fail "pulsegrid-agent not installed"
ok "pulsegrid $version and pulsegrid-agent installed"

phase "installed files"
[ -x /opt/pulsegrid/bin/Pulsegrid ] || fail "/opt/pulsegrid/bin/Pulsegrid missing"
[ "$(readlink /usr/bin/pulsegrid)" = /opt/pulsegrid/bin/Pulsegrid ] || fail "/usr/bin/pulsegrid link missing"
desktop=/usr/share/applications/pulsegrid-Pulsegrid.desktop
[ -f "$desktop" ] || fail "$desktop missing (xdg-desktop-menu install)"
grep -q '^Exec=/opt/pulsegrid/bin/Pulsegrid' "$desktop" || fail "$desktop does not start the launcher"
ok "launcher, /usr/bin/pulsegrid, menu entry"
unit=/lib/systemd/system/pulsegrid-agent.service
[ -f "$unit" ] || fail "$unit missing"
[ -f /etc/default/pulsegrid-agent ] || fail "/etc/default/pulsegrid-agent missing"
state=$(systemctl is-enabled pulsegrid-agent.service 2>/dev/null || true)
[ "$state" = disabled ] || fail "pulsegrid-agent.service is '$state', expected disabled"
systemd-analyze verify "$unit" || fail "systemd-analyze verify $unit"
ok "agent unit installed, verified by systemd-analyze, disabled"

phase "installed launcher: --version"
out=$(pulsegrid --version 2>&1) || fail "pulsegrid --version exited $?: $out"
grep -qF "${version%-*}" <<<"$out" || fail "--version does not show ${version%-*}: $out"
ok "$(head -1 <<<"$out")"

if [ -f /opt/pulsegrid/lib/app/pulsegrid.classlist ]; then
    [ -f /opt/pulsegrid/lib/app/pulsegrid.jsa ] || fail "postinst made no AppCDS archive"
    # -Xshare:on turns "archive does not match the jar" from a silent slow start into an error.
    JAVA_TOOL_OPTIONS=-Xshare:on pulsegrid --version >/dev/null 2>&1 \
        || fail "the installed launcher cannot use its AppCDS archive (JAVA_TOOL_OPTIONS=-Xshare:on pulsegrid --version)"
    ok "installed launcher loads its classes from the AppCDS archive made by postinst"
fi

phase "installed launcher: GUI window under Xvfb"
# An idle window: no demo, no heartbeats (port 0, so a monitor on 9797 does not matter).
probe=$(xvfb-run -a -s "-screen 0 1600x1000x24" packaging/linux/window-probe.sh 60 5 \
    /opt/pulsegrid/bin/Pulsegrid gui --port 0) || fail "no window"
ok "window ($probe)"

phase "agent as the unit runs it: heartbeats, then LEAVE on SIGTERM"
port=$(( 20000 + RANDOM % 40000 ))
while ss -Hlun "sport = :$port" | grep -q .; do port=$(( 20000 + RANDOM % 40000 )); done
watch_out=$(mktemp)
pulsegrid watch --port "$port" >"$watch_out" 2>/dev/null &
watch_pid=$!
# The unit's ExecStart with the shipped env file and its PULSEGRID_TO pointed at our watcher.
( set -a; . /etc/default/pulsegrid-agent; set +a
  exec /opt/pulsegrid/bin/Pulsegrid agent --id roundtrip-agent --to "127.0.0.1:$port" \
      --interval "$PULSEGRID_INTERVAL" $PULSEGRID_OPTS ) >/dev/null 2>&1 &
agent_pid=$!
for _ in $(seq 600); do grep -q '"to":"ALIVE"' "$watch_out" && break; sleep 0.1; done
grep -q '"node":"roundtrip-agent".*"to":"ALIVE"' "$watch_out" || { kill "$agent_pid" "$watch_pid"; fail "watch never saw the agent ALIVE"; }
kill -TERM "$agent_pid"; wait "$agent_pid" || true
for _ in $(seq 300); do grep -q '"to":"LEFT"' "$watch_out" && break; sleep 0.1; done
kill -TERM "$watch_pid"; wait "$watch_pid" || true
grep -q '^\[' "$watch_out" && fail "JVM log lines on watch's stdout: $(grep '^\[' "$watch_out")"
grep -q '"node":"roundtrip-agent".*"to":"LEFT"' "$watch_out" || fail "SIGTERM on the agent did not reach watch as LEFT: $(cat "$watch_out")"
rm -f "$watch_out"
ok "ALIVE, then LEFT after SIGTERM"

phase "remove, then purge"
dpkg -r pulsegrid-agent pulsegrid >/dev/null
[ ! -e /lib/systemd/system/pulsegrid-agent.service ] || fail "unit left after dpkg -r"
[ -f /etc/default/pulsegrid-agent ] || fail "dpkg -r removed the conffile (it must stay until purge)"
dpkg --purge pulsegrid-agent pulsegrid >/dev/null
for f in /opt/pulsegrid /usr/bin/pulsegrid "$desktop" /etc/default/pulsegrid-agent \
         /lib/systemd/system/pulsegrid-agent.service; do
    [ ! -e "$f" ] && [ ! -L "$f" ] || fail "$f left after purge"
done
dpkg -l pulsegrid pulsegrid-agent 2>/dev/null | grep -qE '^(ii|rc)' && fail "dpkg still lists a package"
ok "nothing left in /opt/pulsegrid, /usr/bin, the menu, /etc/default, /lib/systemd"

phase "done"
echo "deb-roundtrip.sh: PASS in $(( $(date +%s) - t0 )) s"
