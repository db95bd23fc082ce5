#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/debian13/image.sh ROOTFS OUTDIR SSH_PUBKEY
#
# Turns the Debian 13 root file system into a bootable guest: writes the guest's configuration
# into ROOTFS (fstab with the two 9p shares, DHCP on the user-mode NIC, root's ssh key, no
# first-boot questions, no timers that compete with the tests), then
#   OUTDIR/root.img   raw ext4 image made with `mke2fs -d` (no loop device, no root mount)
#   OUTDIR/vmlinuz, OUTDIR/initrd.img   for qemu's -kernel/-initrd (no boot loader)
# Must not run while ROOTFS has something mounted in this mount namespace
# (chroot-build.sh mounts in a private one).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

rootfs=${1:?usage: image.sh ROOTFS OUTDIR SSH_PUBKEY}
out=${2:?}
pubkey=${3:?}
mkdir -p "$out"
if grep -q " $(readlink -f "$rootfs")/" /proc/mounts; then
    d13_die "something is mounted under $rootfs; refusing to image it"
fi

# ---- the guest's configuration ---------------------------------------------------------------
echo dockscope-d13 > "$rootfs/etc/hostname"
printf '127.0.0.1 localhost\n127.0.1.1 dockscope-d13\n::1 localhost ip6-localhost ip6-loopback\n' > "$rootfs/etc/hosts"

# /src: the source tree (read-only), /build: the chroot's build tree; the same paths as in the
# chroot, so the absolute paths CMake wrote into CTestTestfile.cmake and the test binaries hold.
mkdir -p "$rootfs/src" "$rootfs/build"
cat > "$rootfs/etc/fstab" <<'FSTAB'
/dev/vda  /       ext4  rw,relatime,errors=remount-ro  0 1
src       /src    9p    trans=virtio,version=9p2000.L,msize=524288,cache=loose,ro,nofail  0 0
build     /build  9p    trans=virtio,version=9p2000.L,msize=524288,cache=loose,rw,nofail  0 0
FSTAB

mkdir -p "$rootfs/etc/systemd/network"
cat > "$rootfs/etc/systemd/network/20-user-net.network" <<'NET'
[Match]
Name=en* eth*

[Network]
DHCP=ipv4
LinkLocalAddressing=no
IPv6AcceptRA=no
NET
chroot "$rootfs" systemctl enable systemd-networkd.service >/dev/null 2>&1
# Nothing waits for "online": docker.service orders itself after network-online.target.
chroot "$rootfs" systemctl mask systemd-networkd-wait-online.service >/dev/null 2>&1
# Timers and units that would compete with the tests for the emulated CPUs.
for unit in apt-daily.timer apt-daily-upgrade.timer e2scrub_all.timer e2scrub_reap.service \
            fstrim.timer man-db.timer dpkg-db-backup.timer systemd-tmpfiles-clean.timer \
            getty@tty1.service ldconfig.service systemd-hwdb-update.service \
            systemd-journal-catalog-update.service systemd-update-done.service; do
    chroot "$rootfs" systemctl mask "$unit" >/dev/null 2>&1 || true
done
chroot "$rootfs" systemctl enable docker.service ssh.service apparmor.service >/dev/null 2>&1

# AppArmor: trixie's apparmor package ships ~100 profiles for desktop programs the guest never
# runs; compiling them took apparmor.service ~50 s of emulated CPU at each boot. Keep the
# parser's include files and Docker's own profile (dockerd generates and loads docker-default).
find "$rootfs/etc/apparmor.d" -maxdepth 1 -type f -delete

# A machine id now, so systemd does not treat the boot as a first boot.
[ -s "$rootfs/etc/machine-id" ] && ! grep -q uninitialized "$rootfs/etc/machine-id" \
    || chroot "$rootfs" systemd-machine-id-setup >/dev/null

# ssh: root with the run's generated key only.
install -d -m 700 "$rootfs/root/.ssh"
install -m 600 "$pubkey" "$rootfs/root/.ssh/authorized_keys"
mkdir -p "$rootfs/etc/ssh/sshd_config.d"
cat > "$rootfs/etc/ssh/sshd_config.d/dockscope-guest.conf" <<'SSHD'
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UseDNS no
SSHD
ls "$rootfs"/etc/ssh/ssh_host_*_key >/dev/null 2>&1 || chroot "$rootfs" ssh-keygen -A >/dev/null

# ---- kernel, initramfs, image ------------------------------------------------------------------
kernel=$(ls "$rootfs"/boot/vmlinuz-* | sort -V | tail -n1)
initrd=$(ls "$rootfs"/boot/initrd.img-* | sort -V | tail -n1)
cp "$kernel" "$out/vmlinuz"
cp "$initrd" "$out/initrd.img"
d13_log "kernel $(basename "$kernel"), initramfs $(du -h "$out/initrd.img" | cut -f1)"

used_mb=$(du -sm --one-file-system "$rootfs" | cut -f1)
size_mb=$(( used_mb + ${D13_IMAGE_FREE_MB:-3072} ))
rm -f "$out/root.img"
truncate -s "${size_mb}M" "$out/root.img"
# No journal: the image lives for one run.
mke2fs -q -F -t ext4 -O ^has_journal -L dockscope-d13 -E root_owner=0:0 -d "$rootfs" "$out/root.img"
d13_log "root.img: ${size_mb} MiB, $(du -h "$out/root.img" | cut -f1) allocated (${used_mb} MiB of files)"
