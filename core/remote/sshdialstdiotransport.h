// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/transport.h"
#include "core/remote/sshcommand.h"

#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>

#include <chrono>

namespace dockscope::core {

/// `ssh [user@]host docker [-H unix://PATH] system dial-stdio`: one ssh process per connection,
/// HTTP over its stdin/stdout, as the docker CLI does for ssh:// hosts. Works where the server
/// refuses unix-socket forwarding; needs the docker CLI on the remote host.
///
/// open() starts the process and pings the daemon through it before handing it out, so a failed
/// ssh (host key, authentication, no docker CLI, missing socket) ends in ErrorCode::SshError
/// with the cause (SshCommand::failureError). A connection whose ssh process dies is closed; the
/// next open() starts a new one — that is the reconnect.
class SshDialStdioTransport : public Transport
{
    Q_OBJECT
public:
    SshDialStdioTransport(const SshTarget &target, const QProcessEnvironment &env, QObject *parent = nullptr);
    ~SshDialStdioTransport() override;

    void open(ConnectCallback callback) override;
    /// Each connection is an ssh process: keep few.
    int maxConnections() const override { return 2; }
    QString describe() const override;

    const SshTarget &target() const { return m_target; }
    /// Connect (ssh + first ping) timeout. Default 30 s.
    void setConnectTimeout(std::chrono::milliseconds timeout);
    /// Process ids of the ssh processes handed out and still running (tests kill them).
    QList<qint64> processIds() const;

private:
    SshTarget m_target;
    QProcessEnvironment m_env;
    std::chrono::milliseconds m_connectTimeout{30000};
    QList<QPointer<QProcess>> m_handedOut;
};

} // namespace dockscope::core
