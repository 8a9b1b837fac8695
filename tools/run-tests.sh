#!/usr/bin/env bash
# The README's test command: installs what is missing, checks formatting and static analysis,
# builds everything, checks the Debian package, and runs every test (ctest's summary last).
# Usage: bash tools/run-tests.sh [ctest arguments]
# SPOOLBRIDGE_SKIP_TIDY=1 skips clang-tidy (a few minutes on 2 cores) for quick local runs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/install-deps.sh
bash tools/check-format.sh
bash tools/check-translations.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
if [[ ${SPOOLBRIDGE_SKIP_TIDY:-} != 1 ]]; then
    bash tools/check-tidy.sh build/ci
fi
if [[ $(id -u) -eq 0 ]]; then
    # Builds the .deb from this build, installs it, starts both programs, validates the
    # desktop and AppStream files, and removes the package again.
    bash tools/check-package.sh --build-dir build/ci
else
    echo "run-tests: not root, so the package install check is skipped." >&2
fi
bash tools/test-env.sh ctest --preset ci "$@"
