#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A private OpenSSH server on 127.0.0.1 for the remote-host integration tests. Never touches
# ~/.ssh or the system's sshd: keys, authorized_keys, known_hosts, the client's ssh_config, the
# pid file and the log all live in DIR.
#
#   sshd.sh start DIR    generate a host key and a client key, start sshd on a free port, write
#                        DIR/ssh_config (the client config the tests pass with ssh -F) and DIR/env
#   sshd.sh rekey DIR    replace the host key and restart sshd on the same port (the client's
#                        known_hosts now holds the old key: a "changed host key")
#   sshd.sh forwarding DIR yes|no   allow or refuse unix-socket forwarding (restart, same key)
#   sshd.sh stop DIR     stop sshd
set -euo pipefail

cmd=${1:-}
dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: $0 start|rekey|stop DIR" >&2; exit 2; }
die() { echo "sshd.sh: $*" >&2; exit 1; }

mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
chmod 700 "$dir"

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

running() { [ -f "$dir/sshd.pid" ] && kill -0 "$(cat "$dir/sshd.pid")" 2>/dev/null; }

stop_sshd() {
    if running; then
        local pid i; pid=$(cat "$dir/sshd.pid")
        kill -TERM "$pid" 2>/dev/null || true
        for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    fi
    rm -f "$dir/sshd.pid"
}

start_sshd() {
    local port=$1 i
    # sshd's privilege separation directory (Debian creates it at boot only when sshd runs).
    mkdir -p /run/sshd && chmod 755 /run/sshd
    /usr/sbin/sshd -f "$dir/sshd_config" -E "$dir/sshd.log"
    for i in $(seq 1 100); do
        if running && (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    tail -20 "$dir/sshd.log" >&2 || true
    die "sshd did not start on port $port"
}

write_known_hosts() {
    local port=$1
    echo "[127.0.0.1]:$port $(cut -d' ' -f1,2 "$dir/host_ed25519.pub")" > "$dir/known_hosts"
}

case "$cmd" in
start)
    [ -x /usr/sbin/sshd ] || die "/usr/sbin/sshd not found: install openssh-server"
    stop_sshd
    rm -f "$dir/host_ed25519" "$dir/host_ed25519.pub" "$dir/client_ed25519" "$dir/client_ed25519.pub"
    ssh-keygen -q -t ed25519 -N '' -C dockscope-test-host -f "$dir/host_ed25519"
    ssh-keygen -q -t ed25519 -N '' -C dockscope-test-client -f "$dir/client_ed25519"
    cp "$dir/client_ed25519.pub" "$dir/authorized_keys"
    port=$(free_port)
    cat > "$dir/sshd_config" <<CFG
Port $port
ListenAddress 127.0.0.1
HostKey $dir/host_ed25519
PidFile $dir/sshd.pid
AuthorizedKeysFile $dir/authorized_keys
StrictModes no
UsePAM no
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AllowTcpForwarding yes
AllowStreamLocalForwarding yes
PermitUserEnvironment no
LogLevel VERBOSE
CFG
    # The client side: only what a user's ~/.ssh/config would say; host-key checking stays strict.
    cat > "$dir/ssh_config" <<CFG
Host *
    User root
    IdentityFile $dir/client_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile $dir/known_hosts
    GlobalKnownHostsFile /dev/null
    StrictHostKeyChecking yes
CFG
    write_known_hosts "$port"
    start_sshd "$port"
    cat > "$dir/env" <<ENV
export DOCKSCOPE_TEST_SSH_PORT=$port
export DOCKSCOPE_TEST_SSH_CONFIG=$dir/ssh_config
export DOCKSCOPE_TEST_SSH_DIR=$dir
ENV
    echo "sshd.sh: sshd on 127.0.0.1:$port; client config $dir/ssh_config"
    ;;
rekey)
    port=$(sed -n 's/^Port //p' "$dir/sshd_config")
    stop_sshd
    rm -f "$dir/host_ed25519" "$dir/host_ed25519.pub"
    ssh-keygen -q -t ed25519 -N '' -C dockscope-test-host-new -f "$dir/host_ed25519"
    start_sshd "$port"
    ;;
forwarding)
    [ "${3:-}" = yes ] || [ "${3:-}" = no ] || die "forwarding needs yes or no"
    port=$(sed -n 's/^Port //p' "$dir/sshd_config")
    sed -i "s/^AllowStreamLocalForwarding .*/AllowStreamLocalForwarding $3/" "$dir/sshd_config"
    stop_sshd
    start_sshd "$port"
    ;;
stop)
    stop_sshd
    ;;
*)
    die "unknown command $cmd"
    ;;
esac
