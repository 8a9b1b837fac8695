#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy) over our C++ sources using the CI build's compile database.
# Usage: tools/check-tidy.sh [build-dir] [files…]   (default: build/ci, every core/ui/app source)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build/ci}
shift || true
if [[ ! -f $build/compile_commands.json ]]; then
    echo "check-tidy: no $build/compile_commands.json; configure first (cmake --preset ci)" >&2
    exit 1
fi
if (($#)); then
    files=("$@")
else
    mapfile -t files < <(git ls-files -- 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')
fi
# Generated sources (moc, rcc) must exist for the compile commands to work.
cmake --build "$build" --target spoolbridge_core_autogen >/dev/null 2>&1 || true
printf '%s\n' "${files[@]}" | xargs -P "$(nproc)" -n 4 clang-tidy -p "$build" --quiet 2>/dev/null
echo "check-tidy: ${#files[@]} files clean."
