#!/usr/bin/env bash
# bench/gui: start-up time and idle memory of the main window with 4 printers (simulated).
#
#   bench/gui/run.sh [RUNS]        (default 5 runs; IDLE=10 seconds idle before the RSS sample)
#
# Starts spoolbridge-bench-farm-printers --count 4 (real TLS broker + 4 simulated printers), then
# RUNS times spoolbridge-bench-gui under Xvfb (xvfb-run, the xcb platform): the time from process
# start (kernel start time in /proc, 10 ms resolution) to the first event-loop turn after
# show(), the time until all 4 printers' states reached the window, and VmRSS after IDLE s idle.
# Prints a Markdown table with the medians.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build/bench"
runs="${1:-5}"
idle="${IDLE:-10}"
cd "$root"
command -v xvfb-run >/dev/null || { echo "xvfb-run is missing: apt-get install xvfb" >&2; exit 2; }
[ -f "$build/build.ninja" ] || cmake --preset bench >/dev/null
cmake --build "$build" --target spoolbridge-bench-gui spoolbridge-bench-farm-printers >/dev/null
export QT_LOGGING_RULES='*.debug=false;*.info=false'
work="$(mktemp -d)"
printers=""
cleanup() {
    [ -n "$printers" ] && kill "$printers" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
"$build/bench/spoolbridge-bench-farm-printers" --count 4 >"$work/printers.out" 2>"$work/printers.err" &
printers=$!
for _ in $(seq 300); do grep -q '^FARM ' "$work/printers.out" && break; sleep 0.1; done
info="$(sed -n 's/^FARM //p' "$work/printers.out")"
[ -n "$info" ] || { cat "$work/printers.err" >&2; exit 1; }
field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$info" "$1"; }

cat >"$work/one.sh" <<ONE
#!/usr/bin/env bash
set -euo pipefail
"$build/bench/spoolbridge-bench-gui" --count 4 --port $(field port) --fingerprint $(field fingerprint) \
    --access-code $(field accessCode) >"\$1" 2>"\$1.err" &
pid=\$!
for _ in \$(seq 600); do grep -q '^GUI states' "\$1" && break; sleep 0.05; done
sleep $idle
awk '\$1 == "VmRSS:" {print "RSS", \$2}' /proc/\$pid/status >>"\$1"
kill \$pid
wait \$pid 2>/dev/null || true
ONE
chmod +x "$work/one.sh"
for run in $(seq "$runs"); do
    QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "$work/one.sh" "$work/run-$run.out"
done
python3 - "$work" "$runs" "$idle" <<'PY'
import statistics, sys
work, runs, idle = sys.argv[1], int(sys.argv[2]), sys.argv[3]
shown, states, rss = [], [], []
for run in range(1, runs + 1):
    for line in open("%s/run-%d.out" % (work, run)):
        parts = line.split()
        if parts[:2] == ["GUI", "shown"]:
            shown.append(float(parts[2]))
        elif parts[:2] == ["GUI", "states"]:
            states.append(float(parts[3]))
        elif parts[:1] == ["RSS"]:
            rss.append(int(parts[1]) / 1024)
print("| runs | window shown (ms after process start) | 4 printers' states shown (ms) | RSS after %s s idle (MB) |" % idle)
print("|---|---|---|---|")
print("| %d | median %.0f (min %.0f, max %.0f) | median %.0f | median %.1f (max %.1f) |" % (
    runs, statistics.median(shown), min(shown), max(shown), statistics.median(states) if states else -1,
    statistics.median(rss), max(rss)))
PY
