// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// All processes of a container, from the host's /proc and cgroup files. Pure and blocking:
// call it from a worker.

#include "core/facts/containerfacts.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace dockscope::core {

class HostFs;

struct ContainerProcess
{
    qint64 pid = 0;
    QString command;    ///< /proc/<pid>/cmdline with NULs as spaces (container-controlled text)
};

/// Every process of the container: its whole cgroup subtree (a process that moved into a child
/// cgroup, as systemd and Docker-in-Docker do, is still the container's), or, without a cgroup
/// of its own (cgroup driver "none"), every descendant of its shim. Only for a container whose
/// process was verified (ContainerFacts::pidProof); bounded against hostile trees.
Result<QList<ContainerProcess>> containerProcesses(const HostFs &fs, const ContainerFacts &facts);

/// How the processes were found, for the evidence: "cgroup.procs of /sys/fs/cgroup/pids/docker/<id>
/// and its child cgroups" or "descendants of the shim (pid N)".
QString containerProcessesSource(const ContainerFacts &facts);

} // namespace dockscope::core
