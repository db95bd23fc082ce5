#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Private, real Docker daemons for the integration tests. Never touches a daemon the user runs:
# every socket, data root, exec root and pidfile lives under STATE_DIR.
#
#   tests/testdaemon.sh start   STATE_DIR   start "plain" and "userns" daemons and, when this host
#                                           allows it, a "rootless" one; import the test image,
#                                           write STATE_DIR/env (export lines for the tests)
#   tests/testdaemon.sh stop    STATE_DIR   remove test containers, stop every daemon, clean up
#   tests/testdaemon.sh restart STATE_DIR NAME   stop and start one daemon (plain|userns|rootless)
#   tests/testdaemon.sh kill    STATE_DIR NAME   stop one daemon (tests of "daemon went away")
#   tests/testdaemon.sh up      STATE_DIR NAME   start one daemon again
#
# Flags that work on a host without iptables or a bridge, with cgroup v1 or v2:
#   --iptables=false --ip-forward=false --bridge=none --storage-driver=vfs
#
# The rootless daemon (Docker's dockerd-rootless.sh, i.e. rootlesskit + dockerd in a user
# namespace) runs as the unprivileged user $ROOTLESS_USER (created here, idempotently; not in
# the docker group; subordinate ids 400000-465535 in /etc/subuid and /etc/subgid). Tap devices
# are unavailable on the test machines, so rootlesskit uses the host network
# (DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host, port driver none). Its XDG_RUNTIME_DIR (socket
# $XDG_RUNTIME_DIR/docker.sock, exec root $XDG_RUNTIME_DIR/docker) is private to this state dir,
# its data root is STATE_DIR/rootless/data. On a cgroup v2 host run by systemd, Docker picks the
# systemd cgroup driver, which needs the user's own systemd and session bus: there the user gets
# lingering (loginctl enable-linger) and XDG_RUNTIME_DIR=/run/user/UID. A host where rootless
# Docker cannot run does not fail `start`: the reason is printed and written to
# STATE_DIR/env as DOCKSCOPE_TEST_ROOTLESS_UNAVAILABLE, and the rootless tests skip.
set -euo pipefail

IMAGE=dockscope-test:1
ROOTLESS_USER=${DOCKSCOPE_TEST_ROOTLESS_USER_NAME:-dstest-rootless}
ROOTLESS_SUBID_START=400000
ROOTLESS_SUBID_COUNT=65536
cmd=${1:-}
state=${2:-}
[ -n "$cmd" ] && [ -n "$state" ] || { echo "usage: $0 start|stop|restart|kill|up STATE_DIR [plain|userns|rootless]" >&2; exit 2; }

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

# ---- the rootless daemon ---------------------------------------------------------------------
# Everything of it lives in STATE_DIR/rootless (owned by the user, 0700): data root, log, the
# pid of rootlesskit, and the name of its XDG_RUNTIME_DIR (recorded at start: it is
# STATE_DIR/rootless/run, a /tmp directory when that path is too long for containerd's sockets,
# or /run/user/UID on a systemd cgroup v2 host).
rootless_dir() { echo "$state/rootless"; }
rootless_runtime_dir() { cat "$state/rootless/runtime-dir" 2>/dev/null || true; }
rootless_sock() { echo "$(rootless_runtime_dir)/docker.sock"; }
rootless_home() { getent passwd "$ROOTLESS_USER" | cut -d: -f6; }

rootless_ping_ok() {
    local s; s=$(rootless_sock)
    [ -S "$s" ] && curl -sf --max-time 2 --unix-socket "$s" http://localhost/_ping >/dev/null 2>&1
}

# A command as the rootless user, with the environment a login of that user would have (as the
# tests run it: tests/common/testenv.cpp, TestEnv::runAsRootlessUser).
as_rootless() {
    runuser -u "$ROOTLESS_USER" -- env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME="$(rootless_home)" USER="$ROOTLESS_USER" LOGNAME="$ROOTLESS_USER" LC_ALL=C.UTF-8 \
        XDG_RUNTIME_DIR="$(rootless_runtime_dir)" "$@"
}
rootless_docker() { as_rootless env DOCKER_HOST="unix://$(rootless_sock)" docker "$@"; }

cgroup2_systemd() { [ "$(stat -fc %T /sys/fs/cgroup 2>/dev/null)" = cgroup2fs ] && [ -d /run/systemd/system ]; }

# The pid and every descendant of each pid given (for the rootlesskit tree and the shims, which
# containerd re-parents to init).
tree_pids() {
    ps -eo pid=,ppid= | awk -v roots="$*" '
        BEGIN { n = split(roots, r, " "); for (i = 1; i <= n; i++) want[r[i]] = 1 }
        { parent[$1] = $2; pids[++m] = $1 }
        END {
            do { grew = 0
                 for (i = 1; i <= m; i++) { p = pids[i]; if (!(p in want) && (parent[p] in want)) { want[p] = 1; grew = 1 } }
            } while (grew)
            for (p in want) print p
        }'
}

find_rootless_script() {
    local f
    for f in "$(command -v dockerd-rootless.sh 2>/dev/null || true)" /usr/share/docker.io/contrib/dockerd-rootless.sh \
             /usr/share/docker-ce/contrib/dockerd-rootless.sh /usr/bin/dockerd-rootless.sh; do
        [ -n "$f" ] && [ -x "$f" ] && { echo "$f"; return 0; }
    done
    return 1
}

# Creates the user (not in the docker group) with a home and subordinate ids; idempotent, and
# serialised: several state dirs may start at once.
ensure_rootless_user() {
    (
        flock -w 60 9 || exit 1
        if ! getent passwd "$ROOTLESS_USER" >/dev/null; then
            useradd --system --user-group --create-home --home-dir "/home/$ROOTLESS_USER" --shell /bin/sh \
                --comment "Dockscope rootless Docker tests" "$ROOTLESS_USER" || exit 1
        fi
        local home; home=$(rootless_home)
        [ -d "$home" ] || install -d -o "$ROOTLESS_USER" -g "$(id -gn "$ROOTLESS_USER")" -m 0700 "$home"
        touch /etc/subuid /etc/subgid
        local last=$((ROOTLESS_SUBID_START + ROOTLESS_SUBID_COUNT - 1))
        grep -q "^$ROOTLESS_USER:" /etc/subuid || usermod --add-subuids "$ROOTLESS_SUBID_START-$last" "$ROOTLESS_USER" || exit 1
        grep -q "^$ROOTLESS_USER:" /etc/subgid || usermod --add-subgids "$ROOTLESS_SUBID_START-$last" "$ROOTLESS_USER" || exit 1
    ) 9>/tmp/.dstest-rootless-user.lock
}

rootless_reason=""

# Starts the rootless daemon. Returns 1 with rootless_reason set when this host cannot run one
# (never exits the script: the plain and userns daemons do not depend on it).
start_rootless() {
    rootless_reason=""
    if [ -n "${DOCKSCOPE_TEST_ROOTLESS_DISABLED:-}" ]; then
        rootless_reason="disabled: $DOCKSCOPE_TEST_ROOTLESS_DISABLED"; return 1
    fi
    local dir; dir=$(rootless_dir)
    if [ -f "$dir/runtime-dir" ] && rootless_ping_ok; then return 0; fi
    [ "$(id -u)" = 0 ] || { rootless_reason="creating the test user $ROOTLESS_USER needs root"; return 1; }
    local c
    for c in rootlesskit newuidmap newgidmap dockerd runuser useradd usermod flock; do
        command -v "$c" >/dev/null || { rootless_reason="$c not found (packages rootlesskit, uidmap, docker.io, util-linux, passwd)"; return 1; }
    done
    if [ -r /proc/sys/kernel/unprivileged_userns_clone ] && [ "$(cat /proc/sys/kernel/unprivileged_userns_clone)" != 1 ]; then
        rootless_reason="unprivileged user namespaces are disabled (kernel.unprivileged_userns_clone=0)"; return 1
    fi
    if [ "$(cat /proc/sys/user/max_user_namespaces 2>/dev/null || echo 1)" = 0 ]; then
        rootless_reason="user namespaces are disabled (user.max_user_namespaces=0)"; return 1
    fi
    if [ "$(cat /proc/sys/kernel/apparmor_restrict_unprivileged_userns 2>/dev/null || echo 0)" = 1 ]; then
        rootless_reason="AppArmor restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=1)"; return 1
    fi
    ensure_rootless_user || { rootless_reason="could not create the user $ROOTLESS_USER or its /etc/subuid, /etc/subgid ranges"; return 1; }
    if id -nG "$ROOTLESS_USER" | tr ' ' '\n' | grep -qx docker; then
        rootless_reason="$ROOTLESS_USER is in the docker group: a rootless test would prove nothing"; return 1
    fi
    local group uid; group=$(id -gn "$ROOTLESS_USER"); uid=$(id -u "$ROOTLESS_USER")
    if [ -f "$dir/rootlesskit.pid" ] && kill -0 "$(cat "$dir/rootlesskit.pid")" 2>/dev/null; then
        rootless_reason="a rootlesskit for this state dir runs (pid $(cat "$dir/rootlesskit.pid")) but dockerd does not answer on $(rootless_sock)"
        return 1
    fi
    install -d -o "$ROOTLESS_USER" -g "$group" -m 0700 "$dir" "$dir/data"

    # XDG_RUNTIME_DIR: private (0700, the user's), short enough for containerd's sockets.
    local rt extra_env=()
    if cgroup2_systemd; then
        # Docker picks the systemd cgroup driver here; runc then talks to the user's systemd
        # over its session bus: lingering starts user@UID.service and /run/user/UID/bus.
        command -v loginctl >/dev/null || { rootless_reason="cgroup v2 with systemd needs loginctl (systemd) for the user's systemd instance"; return 1; }
        loginctl enable-linger "$ROOTLESS_USER" >/dev/null 2>&1 || { rootless_reason="loginctl enable-linger $ROOTLESS_USER failed"; return 1; }
        touch "$dir/linger-enabled"
        rt=/run/user/$uid
        local i
        for i in $(seq 1 300); do
            [ -S "$rt/bus" ] && break
            sleep 0.1
        done
        [ -S "$rt/bus" ] || { rootless_reason="no session bus $rt/bus for $ROOTLESS_USER after enable-linger (package dbus-user-session missing?)"; return 1; }
        extra_env=(DBUS_SESSION_BUS_ADDRESS="unix:path=$rt/bus")
        if [ -S "$rt/docker.sock" ] && curl -sf --max-time 2 --unix-socket "$rt/docker.sock" http://localhost/_ping >/dev/null 2>&1; then
            rootless_reason="another rootless daemon of $ROOTLESS_USER answers on $rt/docker.sock"; return 1
        fi
    else
        rt="$dir/run"
        if [ ${#rt} -gt 60 ]; then
            rt=$(cat "$dir/runtime-tmp" 2>/dev/null || true)
            [ -n "$rt" ] && [ -d "$rt" ] || { rt=$(mktemp -d /tmp/dstest-rl-XXXXXX); echo "$rt" > "$dir/runtime-tmp"; }
        fi
        install -d -o "$ROOTLESS_USER" -g "$group" -m 0700 "$rt"
        chown "$ROOTLESS_USER:$group" "$rt"; chmod 0700 "$rt"
    fi
    echo "$rt" > "$dir/runtime-dir"
    if ! as_rootless test -w "$rt" -a -w "$dir/data"; then
        rootless_reason="$ROOTLESS_USER cannot write to $dir (is a parent of the state dir closed to others?)"
        return 1
    fi
    rm -f "$rt/docker.sock"

    local script child=()
    if script=$(find_rootless_script); then
        child=("$script")
    else
        # What dockerd-rootless.sh does, without its network choice: rootlesskit re-executes
        # a child that drops the parent's /run/docker links, then dockerd.
        printf '#!/bin/sh\nrm -f /run/docker /run/containerd /run/xtables.lock\nexec dockerd "$@"\n' > "$dir/rootless-child.sh"
        chmod 0755 "$dir/rootless-child.sh"
        child=(rootlesskit --net=host --port-driver=none --copy-up=/etc --copy-up=/run --propagation=rslave "$dir/rootless-child.sh")
    fi
    # The wrapper shell records its pid and execs the script, which execs rootlesskit: the pid
    # in rootlesskit.pid is rootlesskit's (dockerd and containerd are its descendants).
    setsid runuser -u "$ROOTLESS_USER" -- env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        HOME="$(rootless_home)" USER="$ROOTLESS_USER" LOGNAME="$ROOTLESS_USER" XDG_RUNTIME_DIR="$rt" "${extra_env[@]}" \
        DOCKERD_ROOTLESS_ROOTLESSKIT_NET=host DOCKERD_ROOTLESS_ROOTLESSKIT_PORT_DRIVER=none \
        sh -c 'echo $$ > "$0"; exec "$@"' "$dir/rootlesskit.pid" "${child[@]}" \
        --storage-driver=vfs --iptables=false --ip-forward=false --bridge=none --data-root "$dir/data" \
        >"$dir/dockerd.log" 2>&1 </dev/null &
    local i
    for i in $(seq 1 600); do
        rootless_ping_ok && break
        if [ "$i" -gt 20 ] && ! { [ -f "$dir/rootlesskit.pid" ] && kill -0 "$(cat "$dir/rootlesskit.pid")" 2>/dev/null; }; then
            local last; last=$(grep -v '^+' "$dir/dockerd.log" | tail -3)
            [ -n "$last" ] || last=$(tail -3 "$dir/dockerd.log")
            rootless_reason="dockerd-rootless exited during start-up: $(echo "$last" | tr '\n' ' ')(${child[*]})"
            stop_rootless; return 1
        fi
        sleep 0.1
    done
    if ! rootless_ping_ok; then
        rootless_reason="the rootless dockerd did not answer /_ping on $(rootless_sock) within 60 s (log: $dir/dockerd.log)"
        stop_rootless; return 1
    fi
    # The same test image, and proof that a container can run at all (cgroup or mount trouble).
    local out
    if ! rootless_docker image inspect "$IMAGE" >/dev/null 2>&1 &&
       ! out=$(rootless_docker import --change 'ENV PATH=/bin' --change 'CMD ["sh"]' - "$IMAGE" < "$state/image.tar" 2>&1); then
        rootless_reason="docker import into the rootless daemon failed: $out"; stop_rootless; return 1
    fi
    rootless_run_options=""
    if ! out=$(rootless_docker run --rm "$IMAGE" true 2>&1); then
        # Docker 26 in rootless mode on an AppArmor host checks that docker-default is loaded by
        # reading /sys/kernel/security/apparmor/profiles, which it may not from inside
        # rootlesskit's user namespace (AppArmor is unsupported for rootless Docker). What its
        # users do there, the tests do: run containers unconfined (ScopedContainer(Rootless)
        # adds DOCKSCOPE_TEST_ROOTLESS_RUN_OPTIONS).
        case $out in
        *"AppArmor profile was loaded"*)
            if out=$(rootless_docker run --rm --security-opt apparmor=unconfined "$IMAGE" true 2>&1); then
                rootless_run_options="--security-opt apparmor=unconfined"
            fi;;
        esac
        if [ -z "$rootless_run_options" ]; then
            rootless_reason="the rootless daemon cannot run a container: $(echo "$out" | tail -2 | tr '\n' ' ')"; stop_rootless; return 1
        fi
        echo "testdaemon: rootless containers run with $rootless_run_options (Docker's rootless mode cannot use AppArmor here)" >&2
    fi
    echo "$rootless_run_options" > "$dir/run-options"
    return 0
}

remove_rootless_containers() {
    local ids
    [ -n "$(rootless_runtime_dir)" ] && rootless_ping_ok || return 0
    ids=$(rootless_docker ps -aq 2>/dev/null || true)
    # shellcheck disable=SC2086
    [ -z "$ids" ] || rootless_docker rm -f $ids >/dev/null 2>&1 || true
}

# Stops rootlesskit (dockerd, containerd) and the shims with what still runs under them.
stop_rootless() {
    local dir rt pf pid i shims
    dir=$(rootless_dir)
    rt=$(rootless_runtime_dir)
    pf="$dir/rootlesskit.pid"
    if [ -n "$rt" ]; then
        # containerd re-parents the shims to init: find them by their containerd address.
        shims=$(pgrep -f -- "-address $rt/docker/containerd/containerd.sock" || true)
    fi
    if [ -f "$pf" ]; then
        pid=$(cat "$pf")
        if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q rootlesskit; then
            # rootlesskit passes SIGTERM on to dockerd, which shuts down cleanly
            kill -TERM "$pid" 2>/dev/null || true
            for i in $(seq 1 150); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
            # shellcheck disable=SC2046
            kill -KILL $(tree_pids "$pid") 2>/dev/null || true
        fi
        rm -f "$pf"
    fi
    if [ -n "${shims:-}" ]; then
        # shellcheck disable=SC2046,SC2086
        kill -KILL $(tree_pids $shims) 2>/dev/null || true
    fi
    [ -n "$rt" ] && rm -f "$rt/docker.sock" "$rt/docker.pid" 2>/dev/null || true
}

# Removes what start_rootless made for this state dir (the user and its ids stay: other state dirs
# may use them).
cleanup_rootless() {
    local dir rt uid
    dir=$(rootless_dir)
    [ -d "$dir" ] || return 0
    rt=$(rootless_runtime_dir)
    if [ -f "$dir/linger-enabled" ]; then
        loginctl disable-linger "$ROOTLESS_USER" >/dev/null 2>&1 || true
        [ -n "$rt" ] && rm -rf "$rt/docker" "$rt/dockerd-rootless" 2>/dev/null || true
    fi
    if [ -f "$dir/runtime-tmp" ]; then rm -rf "$(cat "$dir/runtime-tmp")"; fi
    rm -rf "$dir" 2>/dev/null || true
}

start_named() {
    case "$1" in
        plain) start_one plain ;;
        userns) start_one userns --userns-remap=default ;;
        rootless) start_rootless || die "rootless daemon: $rootless_reason" ;;
        *) die "unknown daemon $1 (plain|userns|rootless)" ;;
    esac
}

stop_named() {
    case "$1" in
        plain|userns) stop_one "$1" ;;
        rootless) stop_rootless ;;
        *) die "unknown daemon $1 (plain|userns|rootless)" ;;
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
    # Optional: a host that cannot run rootless Docker still gets the other two daemons.
    rootless_env=""
    if start_rootless; then
        rootless_env="export DOCKSCOPE_TEST_ROOTLESS_HOST=unix://$(rootless_sock)
export DOCKSCOPE_TEST_ROOTLESS_USER=$ROOTLESS_USER
export DOCKSCOPE_TEST_ROOTLESS_XDG_RUNTIME_DIR=$(rootless_runtime_dir)
export DOCKSCOPE_TEST_ROOTLESS_HOME=$(rootless_home)
export DOCKSCOPE_TEST_ROOTLESS_RUN_OPTIONS=$(printf '%q' "$(cat "$(rootless_dir)/run-options" 2>/dev/null || true)")"
    else
        echo "testdaemon: no rootless daemon on this host: $rootless_reason" >&2
        rootless_env="export DOCKSCOPE_TEST_ROOTLESS_UNAVAILABLE=$(printf '%q' "$rootless_reason")"
    fi
    cat > "$state/env" <<ENV
export DOCKSCOPE_TEST_HOST=unix://$(sock plain)
export DOCKSCOPE_TEST_USERNS_HOST=unix://$(sock userns)
export DOCKSCOPE_TEST_IMAGE=$IMAGE
export DOCKSCOPE_TEST_DAEMONCTL=$(cd "$(dirname "$0")" && pwd)/$(basename "$0")
export DOCKSCOPE_TEST_STATE_DIR=$state
$rootless_env
ENV
    echo "testdaemon: plain on $(sock plain), userns on $(sock userns)$(rootless_ping_ok && echo ", rootless ($ROOTLESS_USER) on $(rootless_sock)"); env in $state/env"
    ;;
stop)
    remove_containers plain
    remove_containers userns
    remove_rootless_containers
    stop_one plain
    stop_one userns
    stop_rootless
    cleanup_rootless
    unmount_leftovers
    # vfs layers can hold read-only bits; the data roots are ours alone
    rm -rf "$state/plain/data" "$state/userns/data" 2>/dev/null || true
    if [ -f "$state/exec-base" ]; then rm -rf "$(cat "$state/exec-base")"; rm -f "$state/exec-base"; fi
    rm -f "$state/env"
    ;;
restart)
    [ -n "${3:-}" ] || die "restart needs a daemon name"
    stop_named "$3"; start_named "$3" ;;
kill)
    [ -n "${3:-}" ] || die "kill needs a daemon name"
    stop_named "$3" ;;
up)
    [ -n "${3:-}" ] || die "up needs a daemon name"
    start_named "$3" ;;
*)
    die "unknown command $cmd" ;;
esac
