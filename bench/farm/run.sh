#!/usr/bin/env bash
# bench/farm: CPU and memory of the headless daemon (`spoolbridge-cli run`) with N printers.
#
#   bench/farm/run.sh [N ...]     (default: 10 50 100; WINDOW=60 WARMUP=15 seconds, SPOOLS=1000,
#                                  DAEMON_ARGS="…" extra options for spoolbridge-cli run, e.g. --pace-ms 0)
#
# For profiling: PERF=DIR records `perf record $PERF_ARGS` (default -g) of the daemon over the window into
# DIR/perf-N.data (the CPU figure then includes perf's sampling overhead); KEEP=1 keeps the
# temporary folder (logs, settings, data, the daemon's /proc/<pid>/smaps and status at the end of
# the window) and prints where it is; WRAP="heaptrack -o FILE" (or another command prefix) runs
# the daemon under that tool (the CPU and RSS figures are then the wrapper's, not the daemon's).
#
# Per N, all on 127.0.0.1:
#  * the Spoolman stand-in (spoolbridge-spoolman-standin, fresh database) seeded with SPOOLS
#    spools, plus the farm's own RFID spools (12 per printer, already tagged: a farm in its
#    steady state) put in through the REST API by seed_spoolman.py;
#  * spoolbridge-bench-farm-printers: a real TLS mosquitto broker + N simulated printers, one delta
#    per printer per second, the full report on pushall;
#  * spoolbridge-cli run with a generated settings file (make_config.py: N LAN printers, the
#    broker certificate pinned by fingerprint, access codes from the environment) and its own
#    data directory, with the default logging (info, to stderr → a file, as under systemd).
# Waits until status.json says every printer is connected and has finished its first sync, then
# WARMUP s, then measures the daemon's CPU (utime+stime from /proc/<pid>/stat over WINDOW s) and
# VmRSS (end of the window; VmHWM too), stops it with SIGTERM (exit code checked) and prints a
# Markdown row for BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="$root/build/bench"
window="${WINDOW:-60}"
warmup="${WARMUP:-15}"
seed="${SPOOLS:-1000}"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(10 50 100)
cd "$root"
[ -f "$build/build.ninja" ] || cmake --preset bench >/dev/null
cmake --build "$build" --target spoolbridge-cli spoolbridge-spoolman-standin spoolbridge-bench-farm-printers >/dev/null
cli="$build/app/spoolbridge-cli"
standin="$build/tools/spoolman-standin/spoolbridge-spoolman-standin"
publisher="$build/bench/spoolbridge-bench-farm-printers"

work="$(mktemp -d)"
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ -n "${KEEP:-}" ]; then echo "kept $work" >&2; else rm -rf "$work"; fi
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
echo "| printers | daemon CPU % of one core | daemon RSS MB (VmRSS / VmHWM) | log lines in the window | printers+broker CPU % | stand-in CPU % |"
echo "|---|---|---|---|---|---|"
for n in "${counts[@]}"; do
    dir="$work/n$n"
    mkdir -p "$dir/data"
    "$standin" --port 0 --db "$dir/spoolman.db" --seed-spools "$seed" >"$dir/standin.out" 2>"$dir/standin.err" &
    spoolman=$!
    pids+=("$spoolman")
    wait_for "$dir/standin.out" '^http' 30
    url="$(head -n1 "$dir/standin.out")"

    "$publisher" --count "$n" --spools-out "$dir/spools.json" >"$dir/printers.out" 2>"$dir/printers.err" &
    printers=$!
    pids+=("$printers")
    wait_for "$dir/printers.out" '^FARM ' 30
    broker=$(pgrep -P "$printers" mosquitto | head -n1)
    python3 bench/farm/seed_spoolman.py "$url" "$dir/spools.json" >"$dir/seed.out"
    python3 bench/farm/make_config.py --farm "$(sed -n 's/^FARM //p' "$dir/printers.out")" --spoolman "$url" \
        --count "$n" --config "$dir/spoolbridge.conf" --env "$dir/secrets.env"

    # shellcheck disable=SC2046 # one VAR=value word per line
    # shellcheck disable=SC2086 # WRAP is a command prefix
    env $(cat "$dir/secrets.env") ${WRAP:-} "$cli" run --config "$dir/spoolbridge.conf" --data-dir "$dir/data" ${DAEMON_ARGS:-} \
        >"$dir/daemon.out" 2>"$dir/daemon.err" &
    daemon=$!
    pids+=("$daemon")
    # Every printer connected and through its first sync (status.json is rewritten within 1 s).
    python3 - "$dir/data/status.json" "$n" "$dir/daemon.err" <<'PY'
import json, sys, time
path, count, log = sys.argv[1], int(sys.argv[2]), sys.argv[3]
deadline = time.time() + 60 + count
while time.time() < deadline:
    try:
        printers = json.load(open(path)).get("printers", [])
    except (OSError, ValueError):
        printers = []
    ready = [p for p in printers if p.get("connection") == "connected" and "lastSync" in p]
    if len(ready) == count:
        sys.exit(0)
    time.sleep(0.5)
sys.stderr.write("not all %d printers connected and synced; daemon log:\n%s" % (count, open(log).read()[-3000:]))
sys.exit(1)
PY
    sleep "$warmup"
    before=$(ticks "$daemon")
    side_before=$(($(ticks "$printers") + $(ticks "$broker")))
    standin_before=$(ticks "$spoolman")
    lines_before=$(wc -l <"$dir/daemon.err")
    start=$(date +%s.%N)
    if [ -n "${PERF:-}" ]; then
        mkdir -p "$PERF"
        # shellcheck disable=SC2086 # PERF_ARGS are options
        perf record -q ${PERF_ARGS:--g} -o "$PERF/perf-$n.data" -p "$daemon" -- sleep "$window" >/dev/null 2>&1
    else
        sleep "$window"
    fi
    after=$(ticks "$daemon")
    side_after=$(($(ticks "$printers") + $(ticks "$broker")))
    standin_after=$(ticks "$spoolman")
    end=$(date +%s.%N)
    lines_after=$(wc -l <"$dir/daemon.err")
    rss=$(status_kb "$daemon" VmRSS)
    hwm=$(status_kb "$daemon" VmHWM)
    if [ -n "${KEEP:-}" ]; then
        cp "/proc/$daemon/smaps" "$dir/daemon.smaps"
        cp "/proc/$daemon/status" "$dir/daemon.status"
    fi
    kill -TERM "$daemon"
    code=0
    wait "$daemon" || code=$?
    kill "$printers" "$spoolman"
    wait "$printers" "$spoolman" 2>/dev/null || true
    python3 - "$n" "$before" "$after" "$side_before" "$side_after" "$standin_before" "$standin_after" \
        "$start" "$end" "$hz" "$rss" "$hwm" "$((lines_after - lines_before))" <<'PY'
import sys
n, before, after, sb, sa, tb, ta, start, end, hz, rss, hwm, lines = sys.argv[1:]
seconds = float(end) - float(start)
pct = lambda b, a: (int(a) - int(b)) / int(hz) / seconds * 100
print("| %s | %.2f | %.1f / %.1f | %s | %.1f | %.1f |" % (n, pct(before, after), int(rss) / 1024, int(hwm) / 1024,
                                                         lines, pct(sb, sa), pct(tb, ta)))
PY
    if [ "$code" -ne 0 ]; then
        echo "daemon (N=$n) exited with $code after SIGTERM; log tail:" >&2
        tail -n 20 "$dir/daemon.err" >&2
    fi
    if grep -i -e warning -e error "$dir/daemon.err" | grep -v -q -e "errors: 0" -e " 0 errors"; then
        echo "daemon (N=$n) warnings/errors in its log (first 5):" >&2
        grep -i -e warning -e error "$dir/daemon.err" | grep -v -e "errors: 0" -e " 0 errors" | head -n 5 >&2
    fi
done
echo
echo "window ${window} s after all connected and synced + ${warmup} s warm-up; Spoolman: stand-in with" \
    "${seed} seeded spools + 12 RFID spools per printer; CLK_TCK ${hz}; $(nproc) cores"
