#!/usr/bin/env bash
# Builds and runs one libFuzzer target of bench/fuzz for a bounded time.
#
#   tools/fuzz.sh TARGET SECONDS     TARGET: ingest | spoolman | sliceinfo
#
# Uses its own clang build directory (the `fuzz` configure preset: build/fuzz), writes a seed
# corpus generated from the project's fixtures into build/fuzz/corpus/TARGET (kept between runs,
# so findings accumulate), crash inputs into build/fuzz/artifacts/TARGET/ and the log into
# build/fuzz/TARGET.log. Exit status: 0 when the run ended without a crash, else libFuzzer's.
# Reproduce a crash: build/fuzz/bench/fuzz/fuzz_TARGET build/fuzz/artifacts/TARGET/crash-…
set -euo pipefail

target="${1:-}"
seconds="${2:-}"
case "$target" in
ingest | spoolman | sliceinfo) ;;
*)
    echo "usage: $0 ingest|spoolman|sliceinfo SECONDS" >&2
    exit 2
    ;;
esac
if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "usage: $0 $target SECONDS (a whole number of seconds)" >&2
    exit 2
fi
if ! command -v clang++ >/dev/null; then
    echo "clang++ is missing: sudo apt-get install clang libclang-rt-14-dev" >&2
    exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/fuzz"
cd "$root"
if [ ! -f "$build/build.ninja" ]; then
    cmake --preset fuzz >/dev/null
fi
cmake --build "$build" --target "fuzz_$target"

corpus="$build/corpus/$target"
artifacts="$build/artifacts/$target"
mkdir -p "$corpus" "$artifacts"
python3 "$root/bench/fuzz/make_seeds.py" "$target" "$root" "$corpus"

export QT_LOGGING_RULES='*=false'
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
echo "fuzz_$target: ${seconds}s, corpus $corpus, log $build/$target.log"
status=0
"$build/bench/fuzz/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=20 \
    -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus" 2>"$build/$target.log" || status=$?
tail -n 15 "$build/$target.log"
exit $status
