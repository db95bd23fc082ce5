// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "A container's processes are its whole subtree" (Docker-in-Docker, systemd inside): moves one
// process of a running container into a child cgroup of the container's own cgroup, as a
// container that manages cgroups itself would. Root only; any cgroup layout:
//   cgroup v1 — for each hierarchy in /proc/<pid>/cgroup (memory, pids, cpu,cpuacct, cpuset,
//               devices, freezer, blkio, name=systemd, …): mkdir <dir>/<child> and write the pid
//               to <dir>/<child>/cgroup.procs (a new cpuset cgroup first gets its parent's
//               cpuset.cpus and cpuset.mems: empty ones refuse tasks);
//   cgroup v2 — the same under the unified directory ("0::" line). The no-internal-processes
//               rule only forbids processes in a cgroup that enables domain controllers in its
//               cgroup.subtree_control; the container's own cgroup does not, and the child is a leaf.
// Only the container's own cgroups are touched: every directory must contain the container id
// (so the cgroup driver "none" of rootless Docker on cgroup v1, where a container has no cgroup of
// its own, is refused with a reason instead of moving the user's session).
//
// A process named sshd in the busybox test image: busybox picks the applet from argv[0], so a
// symlink or a copy named sshd, and `exec -a sshd sleep 600` alike, fail with "sshd: applet not
// found" (checked on the test image).
// A shell script named sshd works: the kernel names a process after the file it executed, so a
// script /tmp/sshd that runs `sleep 600` without exec stays a process whose comm is "sshd" and
// whose command line is "/bin/sh /tmp/sshd" (what `docker top` and /proc/<pid>/cmdline show).
// sshdContainerCommand() is such a container command; findProcessByComm() finds that process.

#include <QString>
#include <QStringList>

namespace dockscope::test {

struct ChildCgroupResult
{
    bool ok = false;
    QString error;               ///< why not, with the path and errno text
    QStringList createdDirs;     ///< the child directories made (for removeCgroupDirs)
    QStringList cgroupLines;     ///< /proc/<pid>/cgroup after the move
};

/// Moves `pid` into `<container cgroup>/<childName>` in every hierarchy it is in.
ChildCgroupResult moveToChildCgroup(qint64 pid, const QString &containerId,
                                    const QString &childName = QStringLiteral("dstest-child"));

/// rmdir of directories made by moveToChildCgroup (after the container is gone; errors ignored).
void removeCgroupDirs(const QStringList &dirs);

/// The command for the busybox image: PID 1 is `sleep 600` and a child process is named sshd
/// (a script /tmp/sshd that runs `sleep 600`).
QStringList sshdContainerCommand();

/// The pids whose /proc/<pid>/comm is `comm` and whose /proc/<pid>/cgroup names containerId
/// (any hierarchy, any depth below it), or whose parent chain reaches `ancestorPid` when > 0.
QList<qint64> findProcessByComm(const QString &comm, const QString &containerId, qint64 ancestorPid = 0);

} // namespace dockscope::test
