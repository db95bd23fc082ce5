// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/dockerclient.h"
#include "core/facts/hostfs.h"
#include "core/remote/connectionprofile.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>
#include <memory>

namespace dockscope::core {

/// One open connection to a daemon, made from a ConnectionProfile: the Engine API client, the
/// host's files when the connection gives host access (local socket, ssh), and how the daemon
/// was reached. Several may be open at once (one per host).
///
/// For ssh profiles the preferred transport (managed forward or dial-stdio) is tried first; if
/// it fails for a reason the other may not have (remote socket not forwardable, no docker CLI
/// on the host …) the other one is tried. transportDescription() says which is in use and
/// fallbackReasons() why the preferred one was not.
class RemoteConnection : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<std::unique_ptr<RemoteConnection>>)>;

    /// Connects and negotiates the API version (so a success has a daemon version and a
    /// failure the real cause: SshError with the ssh cause, TlsError, PermissionDenied …).
    /// The callback runs once on context's thread, not at all if context died first.
    static void open(const ConnectionProfile &profile, const QProcessEnvironment &env, QObject *context,
                     Callback callback);

    ~RemoteConnection() override;

    const ConnectionProfile &profile() const { return m_profile; }
    DockerClient *client() const { return m_client; }
    /// nullptr when there is no host access (tcp://, a hand-forwarded unix:// socket).
    std::shared_ptr<const HostFs> hostFs() const { return m_hostFs; }
    /// Version reported by the daemon during open().
    const VersionInfo &version() const { return m_version; }
    /// "unix:///var/run/docker.sock", "ssh://root@host:22 (dial-stdio)", "tcp://h:2376 (TLS)".
    QString transportDescription() const { return m_transportDescription; }
    /// For ssh: whether the managed forward or dial-stdio is in use.
    std::optional<ConnectionProfile::SshTransport> sshTransport() const { return m_sshTransport; }
    /// Why the preferred ssh transport was not used (empty when it was).
    QList<Error> fallbackReasons() const { return m_fallbackReasons; }
    /// Opt-in exec probes may run: the profile allows them and there is no host access.
    bool execProbesAllowed() const { return m_profile.execProbes && !m_hostFs; }

private:
    explicit RemoteConnection(const ConnectionProfile &profile);
    friend class RemoteConnectionOpener;

    ConnectionProfile m_profile;
    DockerClient *m_client = nullptr;
    std::shared_ptr<const HostFs> m_hostFs;
    VersionInfo m_version;
    QString m_transportDescription;
    std::optional<ConnectionProfile::SshTransport> m_sshTransport;
    QList<Error> m_fallbackReasons;
};

} // namespace dockscope::core
