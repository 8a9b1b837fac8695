#!/usr/bin/env bash
# bench/soak-outage.sh: Spoolman outages and exactly-once usage, against the real daemon
# (bounded: about 2-3 minutes for 20 jobs).
#
#   bench/soak-outage.sh [JOBS] [--seed N] [--keep]     (default 20 jobs, a random seed)
#
# Runs spoolbridge-bench-soak-outages: a real TLS mosquitto broker with a simulated X1C holding
# six RFID spools, the Spoolman stand-in as a child process on a database file, and the real
# headless daemon `spoolbridge-cli run` configured for both (its own settings file, ledger and
# data directory in a temporary folder). JOBS print jobs whose usage is known in advance (AMS
# remain delta: 1 % of a 1000 g spool = 10 g) finish while the stand-in is killed (SIGKILL or
# SIGTERM) before a job end, right after one (mid-delivery), right after it applied the ledger's
# intent or the /use (the reply never leaves) and across two job ends, and the daemon is
# SIGKILLed mid-job, with usage pending, mid-delivery and while a job ends (first ten jobs). At the end:
# every spool's used_weight in Spoolman grew by exactly the planned grams, the daemon's ledger
# (`spoolbridge-cli usage list`) says the same, one entry per job and spool, all delivered; the
# daemon never crashed and stops with exit code 0 on SIGTERM; its VmRSS shows no upward trend.
# Prints PASS or FAIL; exit code 0 only on PASS. BUILD=ci uses build/ci (configured with
# -DSPOOLBRIDGE_BUILD_BENCH=ON) instead of the release build in build/bench.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/${BUILD:-bench}"
cd "$root"
if [ ! -f "$build/build.ninja" ]; then
    [ "${BUILD:-bench}" = bench ] || { echo "soak-outage: $build is not configured" >&2; exit 2; }
    cmake --preset bench >/dev/null
fi
cmake --build "$build" --target spoolbridge-bench-soak-outages >/dev/null
jobs=20
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --seed) args+=(--seed "$2"); shift 2 ;;
        --keep) args+=(--keep); shift ;;
        *) jobs="$1"; shift ;;
    esac
done
# The soak's own Qt logging stays quiet; the daemon logs to daemon.log in the run's folder.
export QT_LOGGING_RULES="${QT_LOGGING_RULES:-*.debug=false;*.info=false;*.warning=false}"
exec timeout 1800 "$build/bench/spoolbridge-bench-soak-outages" --jobs "$jobs" "${args[@]}"
