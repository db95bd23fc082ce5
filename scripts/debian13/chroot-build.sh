#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/debian13/chroot-build.sh ROOTFS SOURCE BUILD [CTEST_ARGS...]
#
# Configures and builds Dockscope natively inside the Debian 13 root file system, with
# KSyntaxHighlighting required and warnings as errors. SOURCE is bind-mounted read-only at
# /src, BUILD read-write at /build (the same paths the guest mounts over 9p, so CTest's
# absolute paths hold there too). With CTEST_ARGS, also runs `ctest CTEST_ARGS` in the chroot.
#
# The mounts are made in a private mount namespace (unshare -m): nobody else sees them (so
# the root file system can be imaged while a build runs), and the kernel drops them when the
# namespace's last process exits, whatever way it exits. The trap unmounts them explicitly too.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

rootfs=${1:?usage: chroot-build.sh ROOTFS SOURCE BUILD [CTEST_ARGS...]}
src=${2:?}
build=${3:?}
shift 3
jobs=${D13_JOBS:-2}
build_type=${D13_BUILD_TYPE:-Debug}

if [ -z "${D13_IN_NAMESPACE:-}" ]; then
    mkdir -p "$build"
    exec env D13_IN_NAMESPACE=1 unshare --mount --propagation private -- "$0" "$rootfs" "$src" "$build" "$@"
fi

mounted=()
child=
cleanup() {
    local i
    # A signal arrives while a command runs in the chroot: end its whole session first.
    if [ -n "$child" ]; then
        kill -TERM -- -"$child" 2>/dev/null || true
        wait "$child" 2>/dev/null || true
    fi
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" 2>/dev/null || true
    done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bind() { # bind SOURCE TARGET [ro]
    mkdir -p "$2"
    mount --bind "$1" "$2"
    mounted+=("$2")
    [ "${3:-}" != ro ] || mount -o remount,bind,ro "$2"
}

mkdir -p "$rootfs/proc" "$rootfs/sys" "$rootfs/dev" "$rootfs/tmp"
mount -t proc proc "$rootfs/proc"; mounted+=("$rootfs/proc")
bind /sys "$rootfs/sys" ro
bind /dev "$rootfs/dev"
mount -t tmpfs -o size=4g tmpfs "$rootfs/tmp"; mounted+=("$rootfs/tmp")
bind "$src" "$rootfs/src" ro
bind "$build" "$rootfs/build"

# Each command runs in a session of its own, waited for in the background, so that a signal
# to this script is handled at once and ends the command's whole process tree (ninja, g++).
in_chroot() {
    local rc=0
    setsid chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb "$@" &
    child=$!
    wait "$child" || rc=$?
    child=
    return $rc
}

in_chroot cmake --version
in_chroot g++ --version
in_chroot cmake -S /src -B /build -G Ninja \
    -DCMAKE_BUILD_TYPE="$build_type" \
    -DDOCKSCOPE_REQUIRE_KSYNTAXHIGHLIGHTING=ON \
    -DDOCKSCOPE_WERROR=ON \
    ${D13_CMAKE_ARGS:-}
# D13_BUILD_TARGETS: build only these targets (space-separated; for trying the leg while the
# tree is half-written). Default: everything.
# shellcheck disable=SC2086
in_chroot cmake --build /build -j "$jobs" ${D13_BUILD_TARGETS:+--target $D13_BUILD_TARGETS}
if [ $# -gt 0 ]; then
    in_chroot ctest --test-dir /build "$@"
fi
