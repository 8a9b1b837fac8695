#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md one after the other (about 20 minutes on 2 cores; the
# fuzzers and the sanitizer run are separate: tools/fuzz.sh, tools/run-sanitizers.sh).
#
#   bench/run-all.sh            results go to stdout (Markdown tables and raw JSON)
#
# Builds the `bench` preset (release, -DSPOOLBRIDGE_BUILD_BENCH=ON) into build/bench first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cmake --preset bench >/dev/null
cmake --build build/bench --target spoolbridge-bench-ingest spoolbridge-bench-farm-printers \
    spoolbridge-cli spoolbridge-spoolman-standin spoolbridge-bench-spoolman spoolbridge-bench-soak spoolbridge >/dev/null

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
    "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
echo
echo "## 1. ingest"
bash bench/ingest/run.sh
echo
echo "## 2. farm"
bash bench/farm/run.sh
echo
echo "## 3. sync latency"
bash bench/spoolman/run.sh latency --spools 60
echo
echo "## 4. Spoolman traffic"
bash bench/spoolman/run.sh traffic --seed 10000 --changes 5 --idle-seconds 120
echo
echo "## 5. GUI start-up and idle memory"
bash bench/gui/run.sh 5
echo
echo "## 8. soak (broker restarts)"
bash bench/soak.sh 20 | tail -n 3
