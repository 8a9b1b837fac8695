#!/usr/bin/env bash
# Renders packaging/macos/spoolbridge.icns from resources/icons/spoolbridge.svg (run on macOS:
# needs iconutil from Xcode, and rsvg-convert from Homebrew's librsvg).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
svg=resources/icons/spoolbridge.svg
set_dir=$(mktemp -d)/spoolbridge.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$set_dir/icon_${size}x${size}.png"
    rsvg-convert -w $((size * 2)) -h $((size * 2)) "$svg" -o "$set_dir/icon_${size}x${size}@2x.png"
done
iconutil -c icns "$set_dir" -o packaging/macos/spoolbridge.icns
echo "make-icns: wrote packaging/macos/spoolbridge.icns"
