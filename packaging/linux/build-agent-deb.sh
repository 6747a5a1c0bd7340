#!/usr/bin/env bash
# Builds pulsegrid-agent_<version>_all.deb: the systemd unit and its settings file, depending on
# the pulsegrid .deb of the same version for the launcher. A second package because jpackage 17
# puts everything under /opt/pulsegrid (--app-content, JDK 18+, would still not reach
# /lib/systemd), and a file written by a maintainer script belongs to no package.
# Usage: packaging/linux/build-agent-deb.sh DEB_VERSION DEST_DIR     (e.g. 0.1.0-1 target/dist)
set -euo pipefail
deb_version=${1:?usage: $0 DEB_VERSION DEST_DIR}
dest=${2:?usage: $0 DEB_VERSION DEST_DIR}
here="$(cd "$(dirname "$0")" && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
chmod 0755 "$stage"

install -D -m 0644 "$here/pulsegrid-agent.service" "$stage/lib/systemd/system/pulsegrid-agent.service"
install -D -m 0644 "$here/pulsegrid-agent.default" "$stage/etc/default/pulsegrid-agent"
install -d -m 0755 "$stage/DEBIAN"
sed "s/@DEB_VERSION@/$deb_version/g" "$here/agent/control" > "$stage/DEBIAN/control"
for s in postinst prerm postrm; do
    install -m 0755 "$here/agent/$s" "$stage/DEBIAN/$s"
done
# dpkg keeps an edited /etc/default/pulsegrid-agent on upgrade and removes it only on purge.
echo /etc/default/pulsegrid-agent > "$stage/DEBIAN/conffiles"

mkdir -p "$dest"
out="$dest/pulsegrid-agent_${deb_version}_all.deb"
dpkg-deb --root-owner-group -Zxz --build "$stage" "$out" >/dev/null
echo "$out"
