#!/usr/bin/env bash
# bench/ingest: PrinterModel::ingest vs the Python baseline vs a bare QJsonDocument::fromJson.
#
#   bench/ingest/run.sh [ROUNDS]      (default 2000 rounds for full reports, ROUNDS/10 for deltas)
#
# Writes the inputs once as compact JSON (one message per line, as a printer sends them) into a
# temp dir; the C++ benchmark and python_baseline.py read exactly those bytes, one after the
# other in this invocation. Prints a Markdown table (µs per message, medians) for BENCHMARKS.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
rounds="${1:-2000}"
build="$root/build/bench"
cd "$root"
[ -f "$build/build.ninja" ] || cmake --preset bench >/dev/null
cmake --build "$build" --target spoolbridge-bench-ingest >/dev/null

fixtures="$root/tests/fixtures/bambu-reports"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fulls=()
for name in x1c-pushall-2ams-ams2pro-amsht h2d-pushall-6units-extspool-active-thirdparty; do
    python3 -c 'import json,sys; sys.stdout.write(json.dumps(json.load(open(sys.argv[1])), separators=(",", ":")))' \
        "$fixtures/$name.json" >"$work/$name.json"
    fulls+=(--full "$work/$name.json")
done
python3 "$root/bench/ingest/python_baseline.py" --write-deltas "$fixtures/a1-stream-multicolor-print-lan.jsonl" \
    "$work/a1-deltas.jsonl"

export QT_LOGGING_RULES='*=false'
"$build/bench/spoolbridge-bench-ingest" "${fulls[@]}" --deltas "$work/a1-deltas.jsonl" --rounds "$rounds" >"$work/cpp.json"
python3 "$root/bench/ingest/python_baseline.py" "${fulls[@]}" --deltas "$work/a1-deltas.jsonl" --rounds "$rounds" \
    >"$work/python.json"

python3 - "$work/cpp.json" "$work/python.json" <<'PY'
import json, sys
cpp = json.load(open(sys.argv[1]))
py = json.load(open(sys.argv[2]))
print("| input | bytes | ingest µs | bare fromJson µs | Python µs | vs Python | vs bare parse |")
print("|---|---|---|---|---|---|---|")
rows = [(name, v["bytes"], v["ingest_us"], v["parse_us"], py["full"][name]) for name, v in cpp["full"].items()]
d = cpp["delta"]
rows.append(("a1 deltas (%d msgs, per msg)" % d["messages"], "-", d["ingest_us"], d["parse_us"], py["delta"]))
for name, size, ingest, parse, python in rows:
    print("| %s | %s | %.2f | %.2f | %.2f | %.2f× faster | %.2f× |" % (name, size, ingest, parse, python,
          python / ingest, ingest / parse))
print()
print("rounds %d (deltas %d), Python %s, signals received %d, failed messages %d" % (
    cpp["rounds"], max(10, cpp["rounds"] // 10), py["python"], cpp["signals_received"], cpp["failed_messages"]))
PY
