#!/usr/bin/env bash
# Builds Spoolbridge-<version>-x86_64.AppImage with linuxdeploy and its Qt plugin.
# Runs in a Debian 12 container (Qt 6.4.2; the image then needs glibc ≥ 2.36 on the target).
# Debian has no AppImage tooling: the release workflow downloads linuxdeploy and
# linuxdeploy-plugin-qt (continuous builds) and puts them on PATH before calling this script.
#   LINUXDEPLOY=… LINUXDEPLOY_PLUGIN_QT=… bash packaging/appimage/build-appimage.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
app_id=io.github.spoolbridge.Spoolbridge
build=build/appimage
appdir=$PWD/build/AppDir
linuxdeploy=${LINUXDEPLOY:-linuxdeploy-x86_64.AppImage}
command -v "$linuxdeploy" >/dev/null || { echo "build-appimage: $linuxdeploy not found" >&2; exit 1; }
command -v "${LINUXDEPLOY_PLUGIN_QT:-linuxdeploy-plugin-qt-x86_64.AppImage}" >/dev/null \
    || { echo "build-appimage: linuxdeploy-plugin-qt not found" >&2; exit 1; }

cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPOOLBRIDGE_BUILD_TESTS=OFF \
    -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build"
rm -rf "$appdir"
DESTDIR="$appdir" cmake --install "$build"

# linuxdeploy-plugin-qt: which qmake to ask for the Qt paths, and the plugins loaded at run
# time (SVG icons, the SQLite driver of the usage ledger, Wayland next to xcb).
export QMAKE=${QMAKE:-qmake6}
export EXTRA_QT_PLUGINS="svg;wayland-shell-integration;wayland-decoration-client;wayland-graphics-integration-client"
export EXTRA_PLATFORM_PLUGINS="libqwayland-generic.so;libqoffscreen.so"
export LINUXDEPLOY_OUTPUT_VERSION=$(grep -oP 'VERSION \K[0-9.]+' CMakeLists.txt | head -1)
# QtKeychain opens libsecret with dlopen, which linuxdeploy cannot see: name it explicitly.
libsecret=$(ldconfig -p | awk '/libsecret-1\.so\.0 / {print $NF; exit}')
"$linuxdeploy" --appdir "$appdir" \
    --executable "$appdir/usr/bin/spoolbridge" --executable "$appdir/usr/bin/spoolbridge-cli" \
    --library "$libsecret" \
    --desktop-file "$appdir/usr/share/applications/$app_id.desktop" \
    --icon-file "$appdir/usr/share/icons/hicolor/256x256/apps/$app_id.png" \
    --plugin qt --output appimage
ls -1 Spoolbridge*.AppImage
