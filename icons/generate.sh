#!/usr/bin/env bash
# Renders the app icon from its SVG sources into everything the build and the installers use:
#   icons/png/icm-<size>.png        16, 24, 32 (from icm-small.svg), 48 ... 1024 (from icm.svg)
#   icons/icm.ico                   Windows, 16 ... 256 in one file
#   icons/icm.icns                  macOS, 16 ... 1024 in one file
#   src/main/resources/co/pump/icm/icons/icm-<size>.png   the window icons, 16 ... 256
# The results are committed; run this after changing an SVG and commit what it wrote.
# It installs nothing: on Debian the tools come from librsvg2-bin, imagemagick and icnsutils.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
resources="$root/src/main/resources/co/pump/icm/icons"

missing=()
command -v rsvg-convert >/dev/null || missing+=("rsvg-convert (Debian package librsvg2-bin)")
command -v convert >/dev/null || missing+=("convert (Debian package imagemagick)")
command -v png2icns >/dev/null || missing+=("png2icns (Debian package icnsutils)")
if ((${#missing[@]})); then
    echo "icons/generate.sh: missing tools:" >&2
    printf '  %s\n' "${missing[@]}" >&2
    echo "Install them, e.g.: sudo apt-get install librsvg2-bin imagemagick icnsutils" >&2
    exit 1
fi

small_sizes=(16 24 32)
large_sizes=(48 64 128 256 512 1024)
window_sizes=(16 24 32 48 64 128 256)

mkdir -p "$here/png" "$resources"
for size in "${small_sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" "$here/icm-small.svg" --output "$here/png/icm-$size.png"
done
for size in "${large_sizes[@]}"; do
    rsvg-convert --width "$size" --height "$size" "$here/icm.svg" --output "$here/png/icm-$size.png"
done

# Windows: one .ico with every size Explorer and the taskbar ask for.
convert "$here"/png/icm-{16,24,32,48,64,128,256}.png "$here/icm.ico"

# macOS: png2icns picks the icon type from each picture's size.
png2icns "$here/icm.icns" "$here"/png/icm-{16,32,48,128,256,512,1024}.png >/dev/null

for size in "${window_sizes[@]}"; do
    cp "$here/png/icm-$size.png" "$resources/icm-$size.png"
done

echo "Icons written to $here and $resources"
