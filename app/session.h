// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditor.h"
#include "core/docker/dockerclient.h"
#include "core/remote/remoteconnection.h"
#include "core/docker/endpoint.h"
#include "core/docker/types.h"
#include "core/facts/factscollector.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace dockscope::core {
class HostFs;
}

namespace dockscope::app {

/// One CLI invocation's connection to a daemon: the resolved endpoint, the client, the host
/// files (only when the daemon is local), and the translated error messages with their exit codes.
class Session
{
public:
    Session(const core::Endpoint &endpoint, QTextStream &err);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const core::Endpoint &endpoint() const { return m_endpoint; }
    core::DockerClient &client() { return *m_client; }
    /// "unix:///…", "ssh://host (dial-stdio)": how the daemon is reached.
    QString transportDescription() const;

    /// Negotiates the API version. On failure prints the reason and returns false; exitCode()
    /// then says how to exit.
    bool connect();
    const core::VersionInfo &version() const { return m_version; }

    core::Result<core::DaemonInfo> info();
    core::Result<QList<core::ContainerSummary>> listContainers(bool all);
    core::Result<core::ContainerInspect> inspectContainer(const QString &idOrName);
    /// Inspects all at once (requests in flight concurrently), results in the same order.
    QList<core::Result<core::ContainerInspect>> inspectContainers(const QStringList &ids);

    /// Runs the whole audit (containerNames empty: every container). Progress goes to stderr
    /// when it is a terminal.
    core::Result<core::AuditReport> audit(const QStringList &containerNames);

    /// --elevate: the host files through the host-facts helper as well (polkit asks here). Says
    /// on stderr why when the helper cannot be had, and goes on with what the user can read;
    /// false (exit code set) only when --elevate cannot apply (no daemon on this machine).
    bool elevate();

    /// The host's files when the daemon runs on this machine (unix socket), else null.
    std::shared_ptr<const core::HostFs> hostFs() const { return m_hostFs; }
    core::CollectContext collectContext(const core::DaemonInfo &info) const;

    /// Prints the translated sentence for `error` on stderr and returns the exit code for it.
    int fail(const core::Error &error);
    /// The exit code of the last fail().
    int exitCode() const { return m_exitCode; }

private:
    core::Endpoint m_endpoint;
    QTextStream &m_err;
    std::unique_ptr<core::DockerClient> m_ownClient;         ///< unix, tcp
    std::unique_ptr<core::RemoteConnection> m_remote;         ///< ssh: owns its client
    core::DockerClient *m_client = nullptr;
    std::shared_ptr<const core::HostFs> m_hostFs;
    core::VersionInfo m_version;
    int m_exitCode = 0;
};

/// The translated sentence for an error met while talking to the daemon at `endpoint`.
QString errorMessage(const core::Error &error, const core::Endpoint &endpoint);
/// 3 for everything that means "cannot talk to this daemon", 2 for bad arguments and unknown
/// containers, 4 otherwise.
int exitCodeFor(core::ErrorCode code);

} // namespace dockscope::app
