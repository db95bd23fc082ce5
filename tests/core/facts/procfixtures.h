// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the facts tests share about the fixture trees under tests/data/proc/<scenario>: the
// container ids the trees' cgroup files name, the pid they put the container at, and an inspect
// of a running container at that pid.

#include "core/docker/types.h"
#include "core/facts/collectcontext.h"

#include <QString>

namespace dockscope::test {

/// The container of the cgroup v1 trees (v1-cgroupfs, hybrid-cgroupfs …).
inline const QString s_idV1 = QStringLiteral("6e95feb388385884a5d9ae94d84c4b955a803e305390f395b7d8bffd653d09f5");
/// The container of the cgroup v2 tree (v2-systemd).
inline const QString s_idV2 = QStringLiteral("c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00c0ffee00");
/// Where the trees put the container's process.
inline constexpr qint64 s_pid = 4242;

inline QString scenarioRoot(const QString &scenario)
{
    return QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/proc/") + scenario;
}

/// A running container `id` whose process is s_pid.
inline core::ContainerInspect inspectFor(const QString &id)
{
    core::ContainerInspect i;
    i.id = id;
    i.state.running = true;
    i.state.pid = s_pid;
    return i;
}

/// A daemon whose socket is /run/docker.sock, as the trees' mounts and fds name it.
inline core::CollectContext context()
{
    core::CollectContext c;
    c.socketPath = QStringLiteral("/run/docker.sock");
    return c;
}

} // namespace dockscope::test
