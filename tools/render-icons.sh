#!/usr/bin/env bash
# Renders the hicolor PNG icons from resources/icons/spoolbridge.svg into packaging/icons/.
# Run after changing the SVG and commit the result (needs rsvg-convert: librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
svg=resources/icons/spoolbridge.svg
id=io.github.spoolbridge.Spoolbridge
for size in 16 22 24 32 48 64 128 256 512; do
    dir=packaging/icons/hicolor/${size}x${size}/apps
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$svg" -o "$dir/$id.png"
done
echo "render-icons: PNG icons written to packaging/icons/hicolor/."
