// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"
#include "core/facts/procparsers.h"

#include <QString>
#include <QStringList>

namespace dockscope::core {

struct CollectContext;

namespace collectors {

class ProcessGate;

/// Where a controller lives: its own v1 directory, else the unified one; empty if neither.
struct ControllerDir
{
    QString dir;
    bool v1 = false;
};

ControllerDir controllerDir(const CgroupFacts &cg, const QString &controller);

/// What collectCgroup reads, for the container's own cgroup lines (ProcessGate::ownCgroup):
/// each controller directory with its files (cgroupDirectories), and on v2 the ancestors too,
/// whose memory.max may bound a container without a limit of its own. Known only once
/// /proc/<pid>/cgroup is in: a collection's second stage.
QStringList cgroupPaths(const ProcCgroup &ownCgroup, CgroupVersion version);

/// The limits and counters of the container's own cgroup (memory, pids, cpu, cpuset, block
/// I/O), in the directories its /proc/<pid>/cgroup names, never built from the id.
CgroupFacts collectCgroup(const ProcessGate &gate, CgroupVersion version, const CollectContext &context);

} // namespace collectors
} // namespace dockscope::core
