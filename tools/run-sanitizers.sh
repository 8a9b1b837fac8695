#!/usr/bin/env bash
# Builds the `asan` preset (AddressSanitizer + UndefinedBehaviorSanitizer, Debug, build/asan) and
# runs the whole test suite under it inside tools/test-env.sh (private D-Bus + keyring), then
# prints the duration. Too slow for CI on 2 cores (see BENCHMARKS.md, "Sanitizers").
#
#   tools/run-sanitizers.sh [ctest arguments]       e.g. tools/run-sanitizers.sh -R test_printer
#
# JOBS=N limits build and test parallelism (default: nproc). TARGETS="test_printer test_sync"
# builds only those test executables and runs only their tests (a partial run; say so when
# quoting it). Any sanitizer report fails the
# test that triggered it (halt_on_error); a leak report fails it too. The UI tests run with the
# offscreen platform.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
jobs="${JOBS:-$(nproc)}"
start=$SECONDS
cmake --preset asan >/dev/null
filter=()
if [ -n "${TARGETS:-}" ]; then
    # shellcheck disable=SC2086 # a list of target names
    cmake --build --preset asan -j "$jobs" --target $TARGETS
    regex="$(echo "$TARGETS" | tr ' ' '\n' | sed '/^$/d' | paste -sd '|')"
    filter=(-R "^($regex):")
else
    cmake --build --preset asan -j "$jobs"
fi
built=$SECONDS
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# Qt's own libraries are not instrumented; suppress leaks reported inside them (fontconfig, dbus).
suppressions="$(mktemp)"
trap 'rm -f "$suppressions"' EXIT
printf 'leak:libfontconfig\nleak:libdbus-1\nleak:libQt6DBus\nleak:libglib-2.0\n' >"$suppressions"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$suppressions:print_suppressions=0}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
status=0
bash tools/test-env.sh ctest --preset asan -j "$jobs" "${filter[@]}" "$@" || status=$?
echo "run-sanitizers: build $((built - start)) s, tests $((SECONDS - built)) s, total $((SECONDS - start)) s, ctest exit $status"
exit $status
