#!/usr/bin/env bash
# Remakes assets/pulsegrid-<N>.png (and the packaging icons) from assets/pulsegrid.svg.
# Needs rsvg-convert (Debian: librsvg2-bin; falls back to ImageMagick's convert), ImageMagick for
# the Windows .ico and png2icns (Debian: icnsutils) for the macOS .icns.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
svg="$here/pulsegrid.svg"
render() { # svg size out
    if command -v rsvg-convert >/dev/null; then
        rsvg-convert -w "$2" -h "$2" "$1" -o "$3"
    else
        convert -background none -density 384 "$1" -resize "$2x$2" "$3"
    fi
}
# At 16 px the pulse trace is mud: that size has its own grid-only drawing.
render "$here/pulsegrid-small.svg" 16 "$here/pulsegrid-16.png"
for n in 32 48 64 128 256 512; do
    render "$svg" "$n" "$here/pulsegrid-$n.png"
done
# Linux desktop entry / jpackage --icon wants one PNG; the app window uses several sizes.
cp "$here/pulsegrid-256.png" "$here/../packaging/linux/pulsegrid.png"
# Window icons for the JavaFX stage (stage.getIcons()), from the class path.
mkdir -p "$here/../src/main/resources/dev/pulsegrid/icon"
for n in 16 32 48 64 128 256; do
    cp "$here/pulsegrid-$n.png" "$here/../src/main/resources/dev/pulsegrid/icon/"
done
# Windows .ico (multi-size) if ImageMagick is present.
if command -v convert >/dev/null && convert -version 2>/dev/null | grep -q ImageMagick; then
    convert "$here"/pulsegrid-{16,32,48,64,128,256}.png "$here/../packaging/windows/pulsegrid.ico"
fi
# macOS .icns (jpackage --icon on mac) from png2icns (Debian: icnsutils), so no Mac is needed.
if command -v png2icns >/dev/null; then
    png2icns "$here/../packaging/mac/pulsegrid.icns" "$here"/pulsegrid-{16,32,128,256,512}.png >/dev/null
fi
echo "rendered: $(ls "$here"/pulsegrid-*.png | wc -l) PNGs"
