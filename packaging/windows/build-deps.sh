#!/usr/bin/env bash
# Builds QtKeychain and QuaZip against the Qt found by CMake (Qt6_DIR / CMAKE_PREFIX_PATH from
# install-qt-action) and installs them into $1. Used by the Windows release job, where vcpkg's
# ports of both would build a second Qt. Needs git, cmake, ninja and an MSVC environment.
set -euo pipefail
prefix=${1:?usage: build-deps.sh <install prefix>}
work=$(mktemp -d)
build_one() { # name, git url, tag, extra cmake arguments…
    local name=$1 url=$2 tag=$3
    shift 3
    git clone --depth 1 --branch "$tag" "$url" "$work/$name"
    cmake -S "$work/$name" -B "$work/$name/build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_PREFIX_PATH="$prefix" "$@"
    cmake --build "$work/$name/build"
    cmake --install "$work/$name/build"
}
build_one qtkeychain https://github.com/frankosterfeld/qtkeychain.git 0.14.3 -DBUILD_WITH_QT6=ON -DBUILD_TRANSLATIONS=OFF
build_one quazip https://github.com/stachenov/quazip.git v1.4 -DQUAZIP_QT_MAJOR_VERSION=6 -DQUAZIP_FETCH_LIBS=ON
echo "build-deps: QtKeychain and QuaZip installed in $prefix"
