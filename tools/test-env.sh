#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so keychain
# tests use a real secret store without touching the user's own.
set -euo pipefail
if [[ ${SPOOLBRIDGE_IN_TEST_ENV:-} == 1 ]]; then
    exec "$@"
fi
export SPOOLBRIDGE_IN_TEST_ENV=1
exec dbus-run-session -- bash -c '
    keyring_home=$(mktemp -d)
    export XDG_DATA_HOME="$keyring_home"
    eval "$(echo -n spoolbridge-test | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)" || true
    "$@"
' bash "$@"
