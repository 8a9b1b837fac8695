#!/usr/bin/env bash
# bench/gui: start-up time and idle memory of the desktop app (`spoolbridge`) with 4 printers.
#
#   bench/gui/run.sh [RUNS]     (default 5; IDLE=10 seconds idle before the RSS sample, SPOOLS=200)
#
# Starts, on 127.0.0.1, the Spoolman stand-in seeded with SPOOLS spools plus the 4 printers' RFID
# spools (bench/farm/seed_spoolman.py) and spoolbridge-bench-farm-printers --count 4 (real TLS
# broker + 4 simulated printers), writes a settings file for them (bench/farm/make_config.py:
# certificates pinned by fingerprint, access codes from the environment), then runs the real app
# under Xvfb (xvfb-run, the xcb platform) with its start-up probe (SPOOLBRIDGE_STARTUP_PROBE=1,
# SPOOLBRIDGE_STARTUP_PROBE_IDLE_S=IDLE; app/gui/startupprobe.h): one untimed warm-up run
# (creates the data files), then RUNS timed runs with the same configuration and data (XDG
# directories inside a temporary folder; nothing of the user's is read or written).
# Per run: window shown (first event-loop turn after show(), ms after process start, /proc
# resolution 10 ms), window painted, all 4 printers' AMS units in the window, VmRSS after IDLE s.
# Prints a Markdown table with the medians. For profiling, WRAP="perf record -g -o FILE" (or
# another command prefix) runs the app under that tool (the times then include its overhead).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build/bench"
runs="${1:-5}"
idle="${IDLE:-10}"
seed="${SPOOLS:-200}"
cd "$root"
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb" >&2; exit 2; }
[ -f "$build/build.ninja" ] || cmake --preset bench >/dev/null
cmake --build "$build" --target spoolbridge spoolbridge-spoolman-standin spoolbridge-bench-farm-printers >/dev/null
app="$build/app/spoolbridge"
standin="$build/tools/spoolman-standin/spoolbridge-spoolman-standin"
publisher="$build/bench/spoolbridge-bench-farm-printers"

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
wait_for() { # file pattern seconds
    local deadline=$((SECONDS + $3))
    until grep -q "$2" "$1" 2>/dev/null; do
        if [ $SECONDS -ge $deadline ]; then
            echo "timed out waiting for '$2' in $1:" >&2
            cat "$1" >&2
            return 1
        fi
        sleep 0.2
    done
}

"$standin" --port 0 --db "$work/spoolman.db" --seed-spools "$seed" >"$work/standin.out" 2>"$work/standin.err" &
pids+=($!)
wait_for "$work/standin.out" '^http' 30
url="$(head -n1 "$work/standin.out")"
"$publisher" --count 4 --spools-out "$work/spools.json" >"$work/printers.out" 2>"$work/printers.err" &
pids+=($!)
wait_for "$work/printers.out" '^FARM ' 30
python3 bench/farm/seed_spoolman.py "$url" "$work/spools.json" >/dev/null
python3 bench/farm/make_config.py --farm "$(sed -n 's/^FARM //p' "$work/printers.out")" --spoolman "$url" \
    --count 4 --config "$work/spoolbridge.conf" --env "$work/secrets.env"
mkdir -p "$work/config" "$work/data" "$work/cache" "$work/runtime"
chmod 700 "$work/runtime"

one_run() { # output file
    # shellcheck disable=SC2046 # one VAR=value word per line
    # shellcheck disable=SC2086 # WRAP is a command prefix
    env $(cat "$work/secrets.env") XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" \
        XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/runtime" QT_QPA_PLATFORM=xcb \
        SPOOLBRIDGE_STARTUP_PROBE=1 SPOOLBRIDGE_STARTUP_PROBE_IDLE_S="$idle" \
        timeout 120 xvfb-run -a -s "-screen 0 1600x1000x24" ${WRAP:-} "$app" --config "$work/spoolbridge.conf" 2>"$1" ||
        { echo "the app failed (exit $?); its log:" >&2; tail -n 20 "$1" >&2; exit 1; }
}
one_run "$work/warmup.err"
for run in $(seq "$runs"); do
    one_run "$work/run-$run.err"
done
uptime >"$work/load"
python3 - "$work" "$runs" "$idle" "$seed" <<'PY'
import statistics, sys
work, runs, idle, seed = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
values = {"window-shown": [], "window-painted": [], "printers-shown": []}
cpu = {key: [] for key in values}
rss = []
for run in range(1, runs + 1):
    for line in open("%s/run-%d.err" % (work, run)):
        parts = line.split()
        if parts[:1] != ["startup-probe:"]:
            continue
        if parts[1] == "printers-shown" and parts[2] == "4":
            parts = parts[:2] + parts[3:]
        elif parts[1] == "printers-shown":
            continue
        if parts[1] in values:
            values[parts[1]].append(float(parts[2]))
            cpu[parts[1]].append(float(parts[3]))
        elif parts[1] == "idle-rss-kb":
            rss.append(int(parts[2]) / 1024)
if not (len(values["window-shown"]) == len(values["printers-shown"]) == len(rss) == runs):
    sys.exit("incomplete probe output: %s, %d rss of %d runs" % ({k: len(v) for k, v in values.items()}, len(rss), runs))
span = lambda v, f: "median %s (%s–%s)" % (f % statistics.median(v), f % min(v), f % max(v))
cell = lambda key: "%s; CPU %.0f" % (span(values[key], "%.0f"), statistics.median(cpu[key])) if values[key] else "-"
print("| runs | window shown (ms after process start; CPU ms) | window painted (ms) | 4 printers' states shown (ms) | RSS after %s s idle (MB) |" % idle)
print("|---|---|---|---|---|")
print("| %d | %s | %s | %s | %s |" % (runs, cell("window-shown"), cell("window-painted"), cell("printers-shown"),
                                    span(rss, "%.1f")))
print()
print("Spoolman: stand-in with %s seeded spools + 48 RFID spools of the 4 printers; one warm-up run not counted;"
      " load after the runs: %s" % (seed, open(work + "/load").read().split("load average:")[-1].strip()))
PY
