#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so keychain
# tests use a real Secret Service without touching the user's own keyring.
#   bash tools/test-env.sh ctest --preset ci -R test_settings
# Inside, SPOOLBRIDGE_TEST_KEYRING=1 tells tests that a real, unlocked keyring is there.
set -euo pipefail
if [[ ${SPOOLBRIDGE_IN_TEST_ENV:-} == 1 ]]; then
    exec "$@"
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "test-env: $tool is missing; run tools/install-deps.sh (packages dbus, gnome-keyring)." >&2
        exit 1
    fi
done
export SPOOLBRIDGE_IN_TEST_ENV=1
# dbus-daemon complains that it cannot raise its fd limit when not privileged; that is harmless.
exec dbus-run-session -- bash -c '
    set -euo pipefail
    keyring_home=$(mktemp -d -t spoolbridge-keyring.XXXXXX)
    trap "rm -rf \"$keyring_home\"" EXIT
    export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config"
    mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"
    if [[ -z ${XDG_RUNTIME_DIR:-} ]]; then
        export XDG_RUNTIME_DIR="$keyring_home/run"
        mkdir -m 700 "$XDG_RUNTIME_DIR"
    fi
    # A new login keyring protected by this password is created and unlocked.
    if ! env_lines=$(printf %s spoolbridge-test | gnome-keyring-daemon --unlock --components=secrets 2>"$keyring_home/keyring.log"); then
        echo "test-env: gnome-keyring-daemon failed to start:" >&2
        cat "$keyring_home/keyring.log" >&2
        exit 1
    fi
    eval "$env_lines"
    # The daemon claims org.freedesktop.secrets shortly after --unlock returns; a client that
    # is faster would D-Bus-activate a second, empty daemon. Wait for the name (at most 5 s).
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
            export SPOOLBRIDGE_TEST_KEYRING=1
            break
        fi
        sleep 0.05
    done
    if [[ ${SPOOLBRIDGE_TEST_KEYRING:-} != 1 ]]; then
        echo "test-env: gnome-keyring did not provide org.freedesktop.secrets within 5 s." >&2
        exit 1
    fi
    status=0
    "$@" || status=$?
    exit "$status"
' bash "$@" 2> >(grep -v "Failed to set fd limit" >&2)
