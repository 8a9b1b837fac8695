#!/usr/bin/env bash
# bench/sync-latency and bench/spoolman-traffic (one executable, two modes).
#
#   bench/spoolman/run.sh latency [--spools 60] [--debounce-ms 0] [--spoolman URL] [--websocket]
#   bench/spoolman/run.sh traffic [--seed 10000] [--changes 5] [--idle-seconds 120] [--spoolman URL] [--websocket] [--color RRGGBB]
#
# Without --spoolman the Spoolman stand-in runs as a child process (fresh database; seeded with
# --seed spools for traffic). With --spoolman URL any Spoolman works (traffic needs at least
# --changes tagged spools there, and the run creates spools: use a scratch server).
# --websocket: the engine also gets the app's websocket feed, spool cache and catalog cache.
# Prints the raw JSON result on stdout.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build/bench"
cd "$root"
[ -f "$build/build.ninja" ] || cmake --preset bench >/dev/null
cmake --build "$build" --target spoolbridge-bench-spoolman >/dev/null
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false;*.info=false}"
exec "$build/bench/spoolbridge-bench-spoolman" "$@"
