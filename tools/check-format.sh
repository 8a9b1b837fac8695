#!/usr/bin/env bash
# Fails when a C++ source of ours is not formatted with the repository's .clang-format.
# With --fix, formats the files in place instead.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mapfile -t files < <(git ls-files --cached --others --exclude-standard -- '*.cpp' '*.h' | grep -v '^tests/fixtures/' || true)
((${#files[@]})) || exit 0
if [[ ${1:-} == --fix ]]; then
    clang-format -i "${files[@]}"
    exit 0
fi
if ! clang-format --dry-run -Werror "${files[@]}" 2>/tmp/spoolbridge-format.log; then
    grep -E '^[^ ].*(warning|error):' /tmp/spoolbridge-format.log | cut -d: -f1 | sort -u | sed 's/^/  not formatted: /' >&2
    echo "check-format: run tools/check-format.sh --fix" >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted correctly."
