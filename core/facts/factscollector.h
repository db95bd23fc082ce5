// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Pure, blocking functions: run them in a worker (QtConcurrent::run), never on the GUI thread.

#include "core/facts/collectcontext.h"
#include "core/facts/containerfacts.h"

#include <QJsonObject>

#include <optional>

namespace dockscope::core {

class HostFs;

/// hostFs == nullptr means no host access (tcp://, a hand-forwarded socket): everything
/// host-side becomes Unavailable(Unavailable, "remote host").
HostFacts collectHostFacts(const HostFs *hostFs, const CollectContext &context);

ContainerFacts collectContainerFacts(const ContainerInspect &inspect, const HostFs *hostFs,
                                     const HostFacts &host, const CollectContext &context);

// What the collectors read, stage by stage, for a pass over many containers that prefetches
// each stage for all of them at once (HostFs::snapshotOf): collectHostFacts reads
// hostFactsPaths first; collectContainerFacts reads containerFactsPaths, then the
// containerCgroupPaths that /proc/<pid>/cgroup names (known only once the first stage is in).
// Each collector (core/facts/collectors/) declares its part of these lists next to its reads.
QStringList hostFactsPaths(const CollectContext &context);
/// Empty for a container without a process.
QStringList containerFactsPaths(const ContainerInspect &inspect, const CollectContext &context);
/// The controller directories (memory, pids, cpu, cpuset, blkio, io) that collectContainerFacts
/// reads, with their files, for the controller directories in cgroup.
QStringList cgroupDirectories(const CgroupFacts &cgroup);
/// Reads /proc/<pid>/cgroup through fs; empty when it cannot be read or names another container.
QStringList containerCgroupPaths(const ContainerInspect &inspect, const HostFs &fs, const HostFacts &host,
                                 const CollectContext &context);

/// The `dockscope inspect --format json` object (schema: docs/inspect-schema.md).
QJsonObject containerFactsToJson(const ContainerFacts &facts);

/// One point of the live memory chart, read from the cgroup files only (cheap: 3–5 reads).
struct MemorySample
{
    QDateTime time;
    qint64 usage = 0;
    Limit limit;
    std::optional<qint64> peak;
    std::optional<qint64> limitHits;
    std::optional<qint64> oomKills;
    Provenance source = Provenance::Proc;
};

Result<MemorySample> sampleMemory(const HostFs &hostFs, const CgroupFacts &cgroup);

} // namespace dockscope::core
