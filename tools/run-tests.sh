#!/usr/bin/env bash
# The README's test command: installs what is missing, checks formatting, builds everything
# and runs every test. Usage: bash tools/run-tests.sh [ctest arguments]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/install-deps.sh
bash tools/check-format.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
bash tools/test-env.sh ctest --preset ci "$@"
