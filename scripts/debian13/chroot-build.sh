#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/debian13/chroot-build.sh ROOTFS SOURCE BUILD [CTEST_ARGS...]
#
# Configures and builds Dockscope natively inside the Debian 13 root file system, with
# KSyntaxHighlighting required and warnings as errors. SOURCE is bind-mounted read-only at
# /src, BUILD read-write at /build (the same paths the guest mounts over 9p, so CTest's
# absolute paths hold there too).
#
# Then every test that needs no live system (CTest label "live" absent: parsers, checks on
# fixtures, models, offscreen widgets, the PDF writer, translations) runs here, natively, with
# the same binaries the guest runs; CTEST_ARGS are added to that ctest. The guest runs only the
# live ones (test daemons, the running kernel), where emulation makes each second count ten.
# The outcome goes to BUILD/chroot-tests/ (ctest.log, status); like the fuzz run below, a
# failure does not stop the leg here, and guest-test.sh fails the leg at its end.
#
# Then the llhttp sanitizer run (issue 13): llhttp is the HTTP parser only Debian 13 has, so
# here, at native speed, the HTTP response fuzzer (tests/fuzz, clang, ASan + UBSan) runs
# for D13_FUZZ_SECONDS (default 45; 0 skips it) and tst_httpframing runs under the same
# sanitizers. Their outcome goes to BUILD/fuzz-llhttp/ (summary, logs, any crash input); a
# failure does not stop the leg here (the guest tests still run) but guest-test.sh fails the
# leg at its end when BUILD/fuzz-llhttp/status says FAILED.
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
# D13_BACKGROUND=1 (test-debian13 --prepare): the new session's scheduler autogroup gets nice 19.
# With autogroups (kernel.sched_autogroup_enabled) the CPU is shared between sessions first, so
# chrt --idle alone ranks the build low only against its own session: measured, a background
# build in a session of its own took half the CPU from the Debian 12 leg's build.
in_chroot() {
    local rc=0
    # shellcheck disable=SC2016 # $0 and $@ are the inner sh's
    setsid sh -c 'if [ "$0" = 1 ]; then echo 19 > /proc/self/autogroup 2>/dev/null || :; fi; exec "$@"' \
        "${D13_BACKGROUND:-0}" chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=dumb "$@" &
    child=$!
    wait "$child" || rc=$?
    child=
    return $rc
}

# D13_CHROOT_STAGE: "build" (configure + build only), "test" (the tests and the llhttp run on an
# existing build), or empty (both). test-debian13 --prepare builds at idle CPU priority while the
# Debian 12 leg runs, and tests later at normal priority: a starved test would time out.
stage=${D13_CHROOT_STAGE:-}
case "$stage" in ''|build|test) ;; *) echo "chroot-build.sh: D13_CHROOT_STAGE must be build, test or empty" >&2; exit 2 ;; esac
if [ "$stage" != test ]; then
    in_chroot cmake --version
    in_chroot g++ --version
    # Debug with line tables only (-g1): a backtrace in the guest still names functions, files
    # and lines, and the compiler writes far less (measured on ui/mainwindow.cpp: 24 s against
    # 28-36 s with -g, under the same load). D13_DEBUG_FLAGS overrides it.
    in_chroot cmake -S /src -B /build -G Ninja \
        -DCMAKE_BUILD_TYPE="$build_type" \
        -DCMAKE_CXX_FLAGS_DEBUG="${D13_DEBUG_FLAGS:--g1}" \
        -DDOCKSCOPE_REQUIRE_KSYNTAXHIGHLIGHTING=ON \
        -DDOCKSCOPE_WERROR=ON \
        ${D13_CMAKE_ARGS:-}
    # D13_BUILD_TARGETS: build only these targets (space-separated; for trying the leg while the
    # tree is half-written). Default: everything.
    # shellcheck disable=SC2086
    in_chroot cmake --build /build -j "$jobs" ${D13_BUILD_TARGETS:+--target $D13_BUILD_TARGETS}
fi
if [ "$stage" = build ]; then
    exit 0
fi

# ---- the tests that need no live system ---------------------------------------------------------
out=$build/chroot-tests
rm -rf "$out"
mkdir -p "$out"
t0=$(date +%s)
ctest_rc=0
in_chroot ctest --test-dir /build --output-on-failure -j "$jobs" -LE live "$@" > "$out/ctest.log" 2>&1 || ctest_rc=$?
if [ "$ctest_rc" = 0 ]; then
    echo "ok" > "$out/status"
else
    echo "FAILED: ctest -LE live exit $ctest_rc (log in $out/ctest.log)" > "$out/status"
    grep -E -A200 'The following tests FAILED' "$out/ctest.log" | head -n 40 || tail -n 40 "$out/ctest.log"
fi
echo "tests without a live system (chroot): $(grep -E 'tests passed' "$out/ctest.log" || true) — $(cat "$out/status") after $(( $(date +%s) - t0 )) s"

# ---- llhttp under the sanitizers ----------------------------------------------------------------
# Bounded by time, not inputs: the leg's budget is in minutes, and this machine is shared.
fuzz_seconds=${D13_FUZZ_SECONDS:-45}
if [ "$fuzz_seconds" != 0 ]; then
    out=$build/fuzz-llhttp
    rm -rf "$out"
    mkdir -p "$out"
    t0=$(date +%s)
    fuzz_rc=0
    # The fuzz build lives on the chroot's tmpfs; only the results are kept in /build.
    in_chroot env DOCKSCOPE_FUZZ_NO_INSTALL=1 DOCKSCOPE_FUZZ_BUILD_DIR=/tmp/fuzz-llhttp \
        DOCKSCOPE_BUILD_JOBS="$jobs" /src/scripts/fuzz --seconds "$fuzz_seconds" fuzz_http_response \
        > "$out/fuzz.log" 2>&1 || fuzz_rc=$?
    test_rc=0
    if [ "$fuzz_rc" = 0 ]; then
        # shellcheck disable=SC2016 # $1 is expanded by the chroot's sh
        in_chroot sh -c 'cmake --build /tmp/fuzz-llhttp -j "$1" --target tst_httpframing_sanitized >/dev/null &&
            ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
            /tmp/fuzz-llhttp/tests/fuzz/tst_httpframing_sanitized' sh "$jobs" \
            > "$out/tst_httpframing.log" 2>&1 || test_rc=$?
    fi
    # Logs and crash inputs of the fuzz run, before the tmpfs goes.
    cp -r "$rootfs/tmp/fuzz-llhttp/logs" "$rootfs/tmp/fuzz-llhttp/artifacts" "$out/" 2>/dev/null || true
    grep -E '^(fuzz_http_response|fuzz:)|^ +(input|log|again):' "$out/fuzz.log" || tail -n 20 "$out/fuzz.log"
    grep -E '^Totals:|FAIL!' "$out/tst_httpframing.log" 2>/dev/null || true
    if [ "$fuzz_rc" = 0 ] && [ "$test_rc" = 0 ]; then
        echo "ok" > "$out/status"
    else
        echo "FAILED: fuzz_http_response exit $fuzz_rc, tst_httpframing_sanitized exit $test_rc (logs in $out)" > "$out/status"
        tail -n 40 "$out/fuzz.log" "$out/tst_httpframing.log" 2>/dev/null || true
    fi
    echo "llhttp sanitizer run: $(cat "$out/status") after $(( $(date +%s) - t0 )) s"
fi
