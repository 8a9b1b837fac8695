#!/usr/bin/env bash
# The README's run command: installs what is missing, builds the desktop app and starts it.
# Usage: bash tools/run-app.sh [spoolbridge arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target spoolbridge spoolbridge-cli
app=build/release/app/spoolbridge
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    echo "run-app: no display found; starting Spoolbridge on a virtual display (Xvfb)." >&2
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"
