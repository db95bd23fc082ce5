// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opt-in exec probes (per profile, off by default): when there is no host access, run a fixed
// list of read-only commands inside a container through the exec API — argv arrays, never a
// shell string — and fill the facts they reveal with Provenance::Exec.

#include "core/facts/containerfacts.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QStringList>

#include <functional>

namespace dockscope::core {

class DockerClient;

class ExecProbe
{
public:
    /// What the commands printed, keyed by the command joined with spaces ("cat /proc/1/status").
    struct Outputs
    {
        QMap<QString, Result<QByteArray>> byCommand;
    };

    /// The fixed commands: cat /proc/1/status, cat /proc/meminfo, readlink /proc/1/ns/<type>.
    static QList<QStringList> commands();

    /// Runs every command in the container, one exec each, one after the other. The callback
    /// runs once on the client's thread (dropped if context dies).
    static void run(DockerClient *client, const QString &containerId, QObject *context,
                    std::function<void(Outputs)> callback);

    /// Fills capability sets, NoNewPrivs, seccomp, the container's /proc/meminfo and the
    /// namespace inodes of facts from the outputs, each with Provenance::Exec. Facts the outputs
    /// do not give stay as they were.
    static void apply(const Outputs &outputs, ContainerFacts *facts);

    /// An exec's output as a read: stdout, or an error when the command wrote only to stderr.
    static Result<QByteArray> toResult(const QByteArray &standardOutput, const QByteArray &standardError,
                                       const QString &what);
};

} // namespace dockscope::core
