#!/usr/bin/env bash
# bench/farm: CPU and memory of one headless consumer with N printers.
#
#   bench/farm/run.sh [N ...]            (default: 10 50 100; WINDOW=60 WARMUP=15 seconds)
#
# Per N: starts spoolbridge-bench-farm-printers (a real TLS mosquitto broker + N simulated
# printers, one delta per printer per second, full report on pushall) and
# spoolbridge-bench-farm-consumer (N PrinterConnection + PrinterModel pairs, one TLS session
# each), waits until all N are connected plus WARMUP s, then measures the consumer's CPU
# (utime+stime from /proc/<pid>/stat over WINDOW s) and VmRSS (end of the window; VmHWM too).
# Prints a Markdown table for BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build/bench"
window="${WINDOW:-60}"
warmup="${WARMUP:-15}"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10 50 100)
cd "$root"
[ -f "$build/build.ninja" ] || cmake --preset bench >/dev/null
cmake --build "$build" --target spoolbridge-bench-farm-printers spoolbridge-bench-farm-consumer >/dev/null
export QT_LOGGING_RULES='*.debug=false;*.info=false'

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
status_kb() { awk -v key="$2:" '$1 == key {print $2}' "/proc/$1/status"; }
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

hz=$(getconf CLK_TCK)
echo "| printers | consumer CPU % of one core | consumer RSS MB (VmRSS / VmHWM) | consumer counters (last 10-s stats line) | publisher+broker CPU % |"
echo "|---|---|---|---|---|"
for n in "${counts[@]}"; do
    "$build/bench/spoolbridge-bench-farm-printers" --count "$n" >"$work/printers-$n.out" 2>"$work/printers-$n.err" &
    printers=$!
    pids+=("$printers")
    wait_for "$work/printers-$n.out" '^FARM ' 30
    info="$(sed -n 's/^FARM //p' "$work/printers-$n.out")"
    field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])' "$info" "$1"; }
    broker=$(pgrep -P "$printers" mosquitto | head -n1)
    "$build/bench/spoolbridge-bench-farm-consumer" --count "$n" --port "$(field port)" \
        --fingerprint "$(field fingerprint)" --access-code "$(field accessCode)" \
        >"$work/consumer-$n.out" 2>"$work/consumer-$n.err" &
    consumer=$!
    pids+=("$consumer")
    wait_for "$work/consumer-$n.out" '^CONSUMER connected' 60
    sleep "$warmup"
    before=$(ticks "$consumer")
    side_before=$(($(ticks "$printers") + $(ticks "$broker")))
    messages_before=$(grep -c . "$work/consumer-$n.out" || true)
    start=$(date +%s.%N)
    sleep "$window"
    after=$(ticks "$consumer")
    side_after=$(($(ticks "$printers") + $(ticks "$broker")))
    end=$(date +%s.%N)
    rss=$(status_kb "$consumer" VmRSS)
    hwm=$(status_kb "$consumer" VmHWM)
    kill "$consumer" "$printers"
    wait "$consumer" "$printers" 2>/dev/null || true
    stats="$(grep '^CONSUMER stats' "$work/consumer-$n.out" | tail -n1)"
    python3 - "$n" "$before" "$after" "$side_before" "$side_after" "$start" "$end" "$hz" "$rss" "$hwm" "$stats" <<'PY'
import sys
n, before, after, sb, sa, start, end, hz, rss, hwm, stats = sys.argv[1:]
seconds = float(end) - float(start)
cpu = (int(after) - int(before)) / int(hz) / seconds * 100
side = (int(sa) - int(sb)) / int(hz) / seconds * 100
print("| %s | %.2f | %.1f / %.1f | (%s) | %.1f |" % (n, cpu, int(rss) / 1024, int(hwm) / 1024, stats.replace("CONSUMER stats ", ""), side))
PY
    if grep -v -e '^$' "$work/consumer-$n.err" | head -n 3 | grep -q .; then
        echo "consumer stderr (N=$n):" >&2
        head -n 5 "$work/consumer-$n.err" >&2
    fi
done
echo
echo "window ${window} s after all connected + ${warmup} s warm-up; CLK_TCK ${hz}; $(nproc) cores"
