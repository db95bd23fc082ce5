#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Private, real Docker daemons for the integration tests. Never touches a daemon the user runs:
# every socket, data root, exec root and pidfile lives under STATE_DIR.
#
#   tests/testdaemon.sh start   STATE_DIR   start "plain" and "userns" daemons, import the test image,
#                                           write STATE_DIR/env (export lines for the tests)
#   tests/testdaemon.sh stop    STATE_DIR   remove test containers, stop both daemons, clean up
#   tests/testdaemon.sh restart STATE_DIR NAME   stop and start one daemon (plain|userns)
#   tests/testdaemon.sh kill    STATE_DIR NAME   stop one daemon (tests of "daemon went away")
#   tests/testdaemon.sh up      STATE_DIR NAME   start one daemon again
#
# Flags that work on a host without iptables or a bridge, with cgroup v1 or v2:
#   --iptables=false --ip-forward=false --bridge=none --storage-driver=vfs
set -euo pipefail

IMAGE=dockscope-test:1
cmd=${1:-}
state=${2:-}
[ -n "$cmd" ] && [ -n "$state" ] || { echo "usage: $0 start|stop|restart|kill|up STATE_DIR [plain|userns]" >&2; exit 2; }

die() { echo "testdaemon: $*" >&2; exit 1; }

mkdir -p "$state"
state=$(cd "$state" && pwd)

# containerd's socket lives under the exec root and a unix socket path is limited to 107
# bytes: when the state dir is deep, put the exec roots in a short private directory.
exec_base="$state/x"
if [ ${#exec_base} -gt 40 ]; then
    if [ -f "$state/exec-base" ]; then
        exec_base=$(cat "$state/exec-base")
    else
        exec_base=$(mktemp -d /tmp/dstest-XXXXXX)
        echo "$exec_base" > "$state/exec-base"
    fi
fi

sock() { echo "$state/$1/docker.sock"; }
pidfile() { echo "$state/$1/dockerd.pid"; }

ping_ok() {
    curl -sf --max-time 2 --unix-socket "$(sock "$1")" http://localhost/_ping >/dev/null 2>&1
}

daemon_running() {
    local pf; pf=$(pidfile "$1")
    [ -f "$pf" ] && kill -0 "$(cat "$pf")" 2>/dev/null
}

start_one() {
    local name=$1; shift
    local dir="$state/$name" s
    s=$(sock "$name")
    mkdir -p "$dir/data" "$exec_base/$name"
    if daemon_running "$name"; then
        ping_ok "$name" && return 0
        die "a dockerd for $name is running (pid $(cat "$(pidfile "$name")")) but does not answer on $s"
    fi
    if [ -S "$s" ] && ping_ok "$name"; then
        die "something already answers on $s; refusing to start a second daemon there"
    fi
    rm -f "$s"
    [ "$(id -u)" = 0 ] || die "dockerd needs root: run the tests as root (./scripts/test does, through sudo if needed)"
    command -v dockerd >/dev/null || die "dockerd not found: install Debian's docker.io (./scripts/test does)"
    setsid dockerd \
        --iptables=false --ip-forward=false --bridge=none --storage-driver=vfs \
        --data-root "$dir/data" --exec-root "$exec_base/$name" --pidfile "$(pidfile "$name")" \
        -H "unix://$s" --group "$(getent group docker >/dev/null && echo docker || echo root)" \
        "$@" >"$dir/dockerd.log" 2>&1 </dev/null &
    local i
    for i in $(seq 1 300); do
        ping_ok "$name" && return 0
        if [ "$i" -gt 10 ] && ! daemon_running "$name" && ! pgrep -f -- "--pidfile $(pidfile "$name")" >/dev/null; then
            tail -20 "$dir/dockerd.log" >&2
            die "dockerd ($name) exited during start-up; log: $dir/dockerd.log"
        fi
        sleep 0.1
    done
    tail -20 "$dir/dockerd.log" >&2
    die "dockerd ($name) did not answer /_ping on $s within 30 s; log: $dir/dockerd.log"
}

stop_one() {
    local name=$1 pf pid i
    pf=$(pidfile "$name")
    [ -f "$pf" ] || return 0
    pid=$(cat "$pf")
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for i in $(seq 1 150); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$pf"
    # containerd and shims started by this daemon live under its exec root
    pkill -KILL -f -- "$exec_base/$name/" 2>/dev/null || true
}

# dockerd leaves its netns/default bind mount (and, with vfs, sometimes data mounts) behind
# when it is stopped; unmount everything below our directories, deepest first.
unmount_leftovers() {
    local base m
    for base in "$state" "$exec_base"; do
        awk -v b="$base/" 'index($5, b) == 1 { print $5 }' /proc/self/mountinfo | sort -r |
            while read -r m; do umount -l "$m" 2>/dev/null || true; done
    done
}

image_rootfs() {
    local root="$state/image-rootfs" tar="$state/image.tar"
    [ -f "$tar" ] && return 0
    local bb
    bb=$(command -v busybox || true)
    [ -n "$bb" ] || die "busybox not found: install busybox-static"
    file -L "$bb" 2>/dev/null | grep -q 'statically linked' || ldd "$bb" 2>&1 | grep -q 'not a dynamic' \
        || die "$bb is not statically linked: install busybox-static"
    rm -rf "$root"
    mkdir -p "$root/bin" "$root/etc" "$root/proc" "$root/sys" "$root/dev" "$root/tmp" "$root/root" "$root/home/app"
    cp "$bb" "$root/bin/busybox"
    local applet
    for applet in $("$root/bin/busybox" --list); do
        [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
    done
    printf 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' > "$root/etc/passwd"
    printf 'root:x:0:\napp:x:1000:\nnogroup:x:65534:\n' > "$root/etc/group"
    chown 1000:1000 "$root/home/app"
    tar -C "$root" -cf "$tar" .
}

import_image() {
    local name=$1
    DOCKER_HOST="unix://$(sock "$name")" docker image inspect "$IMAGE" >/dev/null 2>&1 && return 0
    DOCKER_HOST="unix://$(sock "$name")" docker import \
        --change 'ENV PATH=/bin' --change 'CMD ["sh"]' "$state/image.tar" "$IMAGE" >/dev/null
}

start_named() {
    case "$1" in
        plain) start_one plain ;;
        userns) start_one userns --userns-remap=default ;;
        *) die "unknown daemon $1 (plain|userns)" ;;
    esac
}

remove_containers() {
    local name=$1 ids
    ping_ok "$name" || return 0
    ids=$(DOCKER_HOST="unix://$(sock "$name")" docker ps -aq 2>/dev/null || true)
    [ -z "$ids" ] || DOCKER_HOST="unix://$(sock "$name")" docker rm -f $ids >/dev/null 2>&1 || true
}

case "$cmd" in
start)
    trap 'echo "testdaemon: start failed; stopping what was started" >&2; "$0" stop "$state"' ERR
    image_rootfs
    start_named plain
    start_named userns
    import_image plain
    import_image userns
    trap - ERR
    cat > "$state/env" <<ENV
export DOCKSCOPE_TEST_HOST=unix://$(sock plain)
export DOCKSCOPE_TEST_USERNS_HOST=unix://$(sock userns)
export DOCKSCOPE_TEST_IMAGE=$IMAGE
export DOCKSCOPE_TEST_DAEMONCTL=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
export DOCKSCOPE_TEST_STATE_DIR=$state
ENV
    echo "testdaemon: plain on $(sock plain), userns on $(sock userns); env in $state/env"
    ;;
stop)
    remove_containers plain
    remove_containers userns
    stop_one plain
    stop_one userns
    unmount_leftovers
    # vfs layers can hold read-only bits; the data roots are ours alone
    rm -rf "$state/plain/data" "$state/userns/data" 2>/dev/null || true
    if [ -f "$state/exec-base" ]; then rm -rf "$(cat "$state/exec-base")"; rm -f "$state/exec-base"; fi
    rm -f "$state/env"
    ;;
restart)
    [ -n "${3:-}" ] || die "restart needs a daemon name"
    stop_one "$3"; start_named "$3" ;;
kill)
    [ -n "${3:-}" ] || die "kill needs a daemon name"
    stop_one "$3" ;;
up)
    [ -n "${3:-}" ] || die "up needs a daemon name"
    start_named "$3" ;;
*)
    die "unknown command $cmd" ;;
esac
