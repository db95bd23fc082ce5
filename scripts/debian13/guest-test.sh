#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs INSIDE the Debian 13 guest (over ssh, from the read-only /src share):
#   guest-test.sh [CTEST_ARGS...]
# Waits for the guest's Docker, prints what the tests will meet (kernel, cgroup hierarchy,
# driver, AppArmor, API version), starts the private test daemons of tests/testdaemon.sh on the
# guest's disk, imports the test image into the system daemon too, and runs CTest in /build
# (the chroot's build tree over 9p) against them:
# Only the tests labelled "live" run here (they need the test daemons or the running kernel);
# chroot-build.sh ran the others natively, and this script fails the leg if they failed.
#   - pass 1, every live test but the cgroupv2 ones: DOCKSCOPE_TEST_HOST / _USERNS_HOST = the
#     private daemons (the tests restart and kill them; one runs with --userns-remap), with the
#     system daemon and its containerd stopped meanwhile;
#   - pass 2, the cgroupv2-labelled tests: DOCKSCOPE_TEST_SYSTEM_HOST = the guest's own
#     systemd-managed dockerd (overlay2, systemd cgroup driver, AppArmor docker-default).
# Under software emulation the tests' TIMEOUTs are multiplied by D13_TIMEOUT_SCALE (default 4).
set -euo pipefail
export LC_ALL=C.UTF-8 LANG=C.UTF-8
t_start=$(date +%s)
log() { printf '[guest %4ds] %s\n' $(( $(date +%s) - t_start )) "$*"; }

# ---- the shares and the daemon -----------------------------------------------------------------
mountpoint -q /src || mount /src
mountpoint -q /build || mount /build
[ -f /build/CTestTestfile.cmake ] || { echo "guest: /build has no CTestTestfile.cmake (9p share missing?)" >&2; exit 1; }

deadline=$(( $(date +%s) + ${D13_DOCKER_TIMEOUT:-300} ))
until docker info >/dev/null 2>&1; do
    if [ "$(date +%s)" -ge "$deadline" ]; then
        systemctl status docker.service --no-pager -l | tail -n 30 >&2 || true
        echo "guest: the system Docker daemon was not ready within ${D13_DOCKER_TIMEOUT:-300} s" >&2
        exit 1
    fi
    sleep 2
done
log "system Docker ready ($(systemd-analyze 2>/dev/null | head -n1 || true))"

# ---- what this host is (goes into the CI log) --------------------------------------------------
echo "  kernel:        $(uname -r)"
echo "  /sys/fs/cgroup: $(stat -fc %T /sys/fs/cgroup)"
echo "  LSMs:          $(cat /sys/kernel/security/lsm 2>/dev/null || echo '?')"
echo "  AppArmor:      $(cat /sys/module/apparmor/parameters/enabled 2>/dev/null || echo '?')"
docker version --format '  docker:        server {{.Server.Version}}, API {{.Server.APIVersion}} (min {{.Server.MinAPIVersion}})'
docker info --format '  system daemon: cgroup v{{.CgroupVersion}}, driver {{.CgroupDriver}}, storage {{.Driver}}, {{.SecurityOptions}}'
echo "  Qt:            $(dpkg-query -W -f='${Version}' libqt6core6t64 2>/dev/null || dpkg-query -W -f='${Version}' libqt6core6 2>/dev/null || echo '?')"

# ---- pass 1: the whole suite against private daemons -------------------------------------------
# dockerd uses the system containerd when /run/containerd/containerd.sock exists, and every
# daemon would then share its "moby" namespace; with the system daemon and its containerd
# stopped, the private daemons start their own containerd each, exactly as on Debian 12.
td=/var/tmp/dockscope-td
cleanup() {
    /src/tests/testdaemon.sh stop "$td" >/dev/null 2>&1 || true
}
trap cleanup EXIT

scale=${D13_TIMEOUT_SCALE:-1}
if [ "$scale" != 1 ]; then
    # The build tree is this run's own throwaway copy: scale the TIMEOUT each test declares.
    find /build -name CTestTestfile.cmake -print0 | xargs -0 perl -pi -e \
        's/\bTIMEOUT "(\d+(?:\.\d+)?)"/"TIMEOUT \"" . int($1 * '"$scale"') . "\""/ge'
    # And QtTest's own watchdog of one test function (300 s unless QTEST_FUNCTION_TIMEOUT says).
    QTEST_FUNCTION_TIMEOUT=$(awk -v s="$scale" 'BEGIN { printf "%d", 300000 * s }')
    export QTEST_FUNCTION_TIMEOUT
    log "test TIMEOUTs and QtTest's function timeout multiplied by $scale (software emulation)"
    # Tests whose point is a scale the Debian 12 leg already runs on real hardware may skip here.
    export DOCKSCOPE_TEST_EMULATED=1
fi

systemctl stop docker.socket docker.service containerd.service 2>/dev/null || systemctl stop docker.service containerd.service
# Rootless Docker here (issue 12): a lingering user session with delegated controllers, the
# systemd cgroup driver, containers unconfined (Docker's rootless mode cannot use AppArmor).
# Its dockerd 26 panics in GET /version (rootlesskit port driver none, moby#47085); dockscope
# then negotiates through /_ping and /info. D13_ROOTLESS=0 leaves the rootless tests out.
if [ "${D13_ROOTLESS:-1}" != 1 ]; then
    export DOCKSCOPE_TEST_ROOTLESS_DISABLED="left out with D13_ROOTLESS=0"
else
    export DOCKSCOPE_TEST_ROOTLESS_REQUIRED=1   # the rootless tests fail, not skip, without it
fi
/src/tests/testdaemon.sh start "$td"
# shellcheck disable=SC1091
source "$td/env"
docker -H "$DOCKSCOPE_TEST_HOST" info --format '  private daemon: cgroup v{{.CgroupVersion}}, driver {{.CgroupDriver}}, storage {{.Driver}}, {{.SecurityOptions}}'
if [ -n "${DOCKSCOPE_TEST_ROOTLESS_HOST:-}" ]; then
    runuser -u "$DOCKSCOPE_TEST_ROOTLESS_USER" -- env HOME="$DOCKSCOPE_TEST_ROOTLESS_HOME" \
        XDG_RUNTIME_DIR="$DOCKSCOPE_TEST_ROOTLESS_XDG_RUNTIME_DIR" docker -H "$DOCKSCOPE_TEST_ROOTLESS_HOST" info \
        --format '  rootless daemon: cgroup v{{.CgroupVersion}}, driver {{.CgroupDriver}}, storage {{.Driver}}, {{.SecurityOptions}}' || true
else
    echo "  rootless daemon: none (${DOCKSCOPE_TEST_ROOTLESS_UNAVAILABLE:-?}); its tests skip"
fi
log "private test daemons ready"

cd /build
set +e
ctest --output-on-failure --output-junit /build/Testing/debian13-junit.xml -j "${D13_CTEST_JOBS:-2}" -L live -LE cgroupv2 "$@"
rc1=$?
set -e
log "ctest (live, all but cgroupv2) exit $rc1"
/src/tests/testdaemon.sh stop "$td"

# ---- pass 2: the cgroupv2 tests against the guest's own daemon ---------------------------------
systemctl start containerd.service docker.service
deadline=$(( $(date +%s) + ${D13_DOCKER_TIMEOUT:-300} ))
until docker info >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || { echo "guest: the system daemon did not come back" >&2; exit 1; }
    sleep 2
done
docker image inspect "$DOCKSCOPE_TEST_IMAGE" >/dev/null 2>&1 \
    || docker import --change 'ENV PATH=/bin' --change 'CMD ["sh"]' "$td/image.tar" "$DOCKSCOPE_TEST_IMAGE" >/dev/null
export DOCKSCOPE_TEST_SYSTEM_HOST=unix:///run/docker.sock
log "system daemon back, test image imported"
set +e
ctest --output-on-failure --output-junit /build/Testing/debian13-cgroupv2-junit.xml -L cgroupv2 "$@"
rc2=$?
set -e
log "ctest (cgroupv2, system daemon) exit $rc2"

# ---- what the chroot ran (chroot-build.sh): the tests without a live system, llhttp fuzzing --
rc3=0
if [ -f /build/chroot-tests/status ]; then
    log "tests without a live system (chroot): $(cat /build/chroot-tests/status)"
    [ "$(cat /build/chroot-tests/status)" = ok ] || rc3=1
else
    log "tests without a live system (chroot): no status (chroot-build.sh did not run them)"
    rc3=1
fi
if [ -f /build/fuzz-llhttp/status ]; then
    log "llhttp fuzz + sanitized tst_httpframing (chroot): $(cat /build/fuzz-llhttp/status)"
    [ "$(cat /build/fuzz-llhttp/status)" = ok ] || rc3=1
fi
[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ] && [ $rc3 -eq 0 ]
