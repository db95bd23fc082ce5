#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Debian 13 guest under qemu, driven over ssh through a port forwarded on 127.0.0.1.
#
#   vm.sh start STATE_DIR IMAGE_DIR SRC_SHARE BUILD_SHARE   boot, wait until ssh answers
#   vm.sh ssh   STATE_DIR [COMMAND...]                      run a command in the guest
#   vm.sh stop  STATE_DIR                                   poweroff; kill qemu if it lingers
#
# IMAGE_DIR holds root.img, vmlinuz, initrd.img (image.sh); STATE_DIR gets the ssh key (made
# here when absent: key, key.pub), qemu's pidfile, the port and the serial console log.
# KVM when kvm_intel or kvm_amd is loaded, software emulation (TCG) otherwise.
# Sizing: D13_VM_CPUS (2), D13_VM_MEM_MB (4096), D13_BOOT_TIMEOUT (300 s).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

cmd=${1:?usage: vm.sh start|ssh|stop STATE_DIR ...}
state=${2:?}
shift 2

ssh_opts() {
    echo -i "$state/key" -p "$(cat "$state/port")" \
        -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o GlobalKnownHostsFile=/dev/null \
        -o LogLevel=ERROR -o BatchMode=yes -o ConnectTimeout=10 -o ControlMaster=no \
        -o ServerAliveInterval=15 -o ServerAliveCountMax=8
}

guest_ssh() {
    # shellcheck disable=SC2046
    ssh -n $(ssh_opts) root@127.0.0.1 "$@"
}

qemu_pid() {
    [ -f "$state/qemu.pid" ] || return 1
    local pid; pid=$(cat "$state/qemu.pid")
    kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
    local images=${1:?} src=${2:?} build=${3:?}
    mkdir -p "$state"
    [ -f "$state/key" ] || ssh-keygen -q -t ed25519 -N '' -C dockscope-debian13-ci -f "$state/key"
    local accel=tcg cpu=max
    if [ -d /sys/module/kvm_intel ] || [ -d /sys/module/kvm_amd ]; then
        if [ -w /dev/kvm ]; then accel=kvm; cpu=host; fi
    fi
    local port i
    for i in $(seq 1 50); do
        port=$(( 20000 + RANDOM % 40000 ))
        port_free "$port" && break
    done
    echo "$port" > "$state/port"
    echo "$accel" > "$state/accel"
    d13_log "qemu: accel=$accel, ${D13_VM_CPUS:-2} vCPUs, ${D13_VM_MEM_MB:-4096} MiB, ssh on 127.0.0.1:$port"
    # restrict=on: the guest reaches nothing outside; only the forwarded ssh port comes in.
    qemu-system-x86_64 \
        -machine q35,accel="$accel" -cpu "$cpu" \
        -smp "${D13_VM_CPUS:-2}" -m "${D13_VM_MEM_MB:-4096}" \
        -kernel "$images/vmlinuz" -initrd "$images/initrd.img" \
        -append "root=/dev/vda rw console=ttyS0 net.ifnames=0 systemd.firstboot=off apparmor=1 security=apparmor systemd.show_status=0 loglevel=4" \
        -drive file="$images/root.img",format=raw,if=virtio,cache=unsafe,discard=unmap \
        -netdev user,id=n0,restrict=on,hostfwd=tcp:127.0.0.1:"$port"-:22 \
        -device virtio-net-pci,netdev=n0 \
        -virtfs local,path="$src",mount_tag=src,security_model=none,readonly=on \
        -virtfs local,path="$build",mount_tag=build,security_model=none \
        -device virtio-rng-pci \
        -display none -monitor none -serial file:"$state/console.log" \
        -pidfile "$state/qemu.pid" -daemonize
    local t0; t0=$(d13_now)
    local deadline=$(( t0 + ${D13_BOOT_TIMEOUT:-300} ))
    until guest_ssh true 2>/dev/null; do
        if ! qemu_pid >/dev/null; then
            tail -n 40 "$state/console.log" >&2 || true
            d13_die "qemu exited during boot (console: $state/console.log)"
        fi
        if [ "$(d13_now)" -ge "$deadline" ]; then
            tail -n 40 "$state/console.log" >&2 || true
            d13_die "no ssh answer from the guest within ${D13_BOOT_TIMEOUT:-300} s"
        fi
        sleep 2
    done
    d13_log "guest answers on ssh after $(( $(d13_now) - t0 )) s"
}

stop() {
    local pid
    pid=$(qemu_pid) || { rm -f "$state/qemu.pid"; return 0; }
    # The image is thrown away: power off at once (-ff skips stopping services), then force.
    timeout 20 bash -c "$(declare -f ssh_opts guest_ssh); state='$state'; guest_ssh 'systemctl poweroff -ff' >/dev/null 2>&1" || true
    local i
    for i in $(seq 1 15); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    if kill -0 "$pid" 2>/dev/null; then
        d13_log "qemu ($pid) still running after poweroff; terminating it"
        kill -TERM "$pid" 2>/dev/null || true
        for i in $(seq 1 10); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$state/qemu.pid"
}

case "$cmd" in
    start) start "$@" ;;
    ssh) guest_ssh "$@" ;;
    stop) stop ;;
    *) d13_die "unknown command $cmd" ;;
esac
