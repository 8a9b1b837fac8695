#!/usr/bin/env bash
# Builds the Debian package with CPack, installs it on this machine, checks that the installed
# programs start and that the desktop file and AppStream metadata validate, then removes it.
# Needs root (dpkg/apt). Usage:
#   bash tools/check-package.sh                       # own release build in build/package
#   bash tools/check-package.sh --build-dir build/ci  # reuse an existing, configured build
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build_dir=build/package
if [[ ${1:-} == --build-dir ]]; then
    build_dir=${2:?--build-dir needs a directory}
fi
app_id=io.github.spoolbridge.Spoolbridge
fail() {
    echo "check-package: $*" >&2
    exit 1
}
[[ $(id -u) -eq 0 ]] || fail "run as root: the package is installed with apt-get and removed again."
if dpkg-query -W -f='${Status}' spoolbridge 2>/dev/null | grep -q "install ok installed"; then
    fail "a spoolbridge package is already installed; remove it first (apt-get remove spoolbridge)."
fi

if [[ ! -f $build_dir/CMakeCache.txt ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSPOOLBRIDGE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build_dir" --target spoolbridge spoolbridge-cli
rm -f "$build_dir"/spoolbridge_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null) || fail "cpack -G DEB failed (see $build_dir/_CPack_Packages)."
deb=$(ls "$build_dir"/spoolbridge_*.deb)
echo "check-package: built $deb"

# Contents and dependencies.
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/spoolbridge ./usr/bin/spoolbridge-cli ./usr/share/applications/$app_id.desktop \
    ./usr/share/metainfo/$app_id.metainfo.xml ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/icons/hicolor/48x48/apps/$app_id.png ./usr/lib/systemd/user/spoolbridge.service; do
    grep -q " $path\$" <<<"$contents" || fail "the package lacks $path"
done
depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6svg6 qt6-qpa-plugins libsecret-1-0 libqt6sql6-sqlite libqt6core6 libqt6keychain1; do
    grep -q "$dep" <<<"$depends" || fail "Depends lacks $dep: $depends"
done

# Install, run, validate, remove (also when a step fails).
trap 'apt-get remove -y -qq spoolbridge >/dev/null 2>&1 || dpkg -r spoolbridge >/dev/null 2>&1 || true' EXIT
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "./$deb" >/dev/null \
    || fail "apt-get could not install $deb"
version=$(QT_QPA_PLATFORM=offscreen /usr/bin/spoolbridge --version) || fail "spoolbridge --version failed"
grep -q "[0-9]\+\.[0-9]\+\.[0-9]\+" <<<"$version" || fail "spoolbridge --version printed no version: $version"
/usr/bin/spoolbridge-cli --help >/dev/null || fail "spoolbridge-cli --help failed"
# The installed CLI reads and writes settings and a private secrets file.
scratch=$(mktemp -d)
/usr/bin/spoolbridge-cli settings --config "$scratch/s.conf" set secrets/backend file \
    && printf 'smoke\n' | /usr/bin/spoolbridge-cli secrets --config "$scratch/s.conf" set cloud/token \
    && [[ $(/usr/bin/spoolbridge-cli secrets --config "$scratch/s.conf" has cloud/token) == yes ]] \
    || { rm -rf "$scratch"; fail "the installed spoolbridge-cli could not store settings and secrets"; }
rm -rf "$scratch"
desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "the installed desktop file is invalid"
appstreamcli validate --no-net "/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null \
    || fail "the installed AppStream metadata is invalid"
if command -v systemd-analyze >/dev/null; then
    # Only syntax problems count here; a container may lack a running user manager.
    if systemd-analyze verify /usr/lib/systemd/user/spoolbridge.service 2>&1 | grep -i "unknown\|invalid\|bad"; then
        fail "the systemd unit has errors"
    fi
fi
echo "check-package: $(basename "$deb") installs, starts ($version) and validates; removing it."
