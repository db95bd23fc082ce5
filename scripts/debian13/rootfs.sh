#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# scripts/debian13/rootfs.sh ROOTFS
#
# One Debian 13 (trixie) root file system, made with mmdebstrap from this host's own Debian
# mirror (read from its apt sources at run time), used twice:
#   - as a chroot to build Dockscope natively with Qt 6.8, KF6 and g++ 14 (packages-build.txt);
#   - as the VM guest's root file system (packages-guest.txt: kernel, systemd, Docker, AppArmor, ssh).
# One mmdebstrap run for both saves a second download and unpack (measured: ~95 s for the
# whole set, ~1.7 GB).
#
# The initramfs is made small (MODULES=list) with exactly what the guest needs to mount its
# root and the 9p share: virtio PCI/block/net, ext4, 9p over virtio.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=common.sh
source "$here/common.sh"

rootfs=${1:?usage: rootfs.sh ROOTFS}
[ ! -e "$rootfs" ] || [ -z "$(ls -A "$rootfs" 2>/dev/null)" ] || d13_die "$rootfs exists and is not empty"
mirror=$(d13_mirror) || d13_die "no Debian mirror found in /etc/apt/sources.list.d/*.sources or sources.list"
command -v mmdebstrap >/dev/null || d13_die "mmdebstrap not found (apt-get install --no-install-recommends mmdebstrap)"

packages="$(d13_packages "$here/packages-build.txt"),$(d13_packages "$here/packages-guest.txt")"
d13_log "mmdebstrap trixie from the host's mirror into $rootfs"

# Before the kernel is installed (essential hook): the initramfs-tools configuration, so the
# initramfs made at the kernel's installation is already the right one (no second run).
essential_hook='mkdir -p "$1/etc/initramfs-tools/conf.d" "$1/usr/share/initramfs-tools/modules.d"
printf "MODULES=list\nCOMPRESS=zstd\n" > "$1/etc/initramfs-tools/conf.d/dockscope-guest.conf"
printf "%s\n" virtio_pci virtio_blk virtio_net virtio_console ext4 netfs 9pnet 9pnet_virtio 9p \
    > "$1/usr/share/initramfs-tools/modules.d/dockscope-guest"'

mmdebstrap --variant=minbase --components=main \
    --include="$packages" \
    --dpkgopt='path-exclude=/usr/share/doc/*' \
    --dpkgopt='path-include=/usr/share/doc/*/copyright' \
    --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --dpkgopt='path-include=/usr/share/locale/locale.alias' \
    --essential-hook="$essential_hook" \
    trixie "$rootfs" "$mirror"

# What this build got, for the log.
chroot "$rootfs" dpkg-query -W -f='  ${Package} ${Version}\n' \
    g++ cmake qt6-base-dev libkf6syntaxhighlighting-dev libllhttp-dev libhttp-parser-dev \
    docker.io linux-image-amd64 systemd apparmor 2>/dev/null || true
ls "$rootfs"/boot/vmlinuz-* "$rootfs"/boot/initrd.img-* >/dev/null || d13_die "no kernel or initramfs in $rootfs/boot"
d13_log "root file system: $(du -sh --one-file-system "$rootfs" | cut -f1)"
