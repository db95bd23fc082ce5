// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/transport.h"
#include "core/remote/sshcommand.h"

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <memory>

class QProcess;

namespace dockscope::core {

class LocalSocketTransport;

/// A managed socket forward: `ssh -NT -o ExitOnForwardFailure=yes -L LOCAL:REMOTE host`, LOCAL
/// being a socket in a private (0700) temporary directory that is removed with this object.
/// Connections are unix-socket connections to LOCAL (H1's LocalSocketTransport).
///
/// The ssh process starts on the first open(); each new connection is pinged before it is
/// handed out, so a missing remote socket or a refused forward ends in SshError with the cause.
/// When ssh dies, its connections close and the next open() starts it again (reconnect).
class SshForwardTransport : public Transport
{
    Q_OBJECT
public:
    SshForwardTransport(const SshTarget &target, const QProcessEnvironment &env, QObject *parent = nullptr);
    ~SshForwardTransport() override;

    void open(ConnectCallback callback) override;
    QString describe() const override;

    const SshTarget &target() const { return m_target; }
    void setConnectTimeout(std::chrono::milliseconds timeout);
    /// The local end; "" until the first open().
    QString localSocketPath() const;
    /// The ssh process's id while it runs, else 0 (tests kill it).
    qint64 processId() const;
    /// The private directory holding the local socket ("" if none).
    QString privateDirectory() const;

Q_SIGNALS:
    /// The ssh process ended (killed, network gone); the next open() restarts it.
    void forwardLost(const dockscope::core::Error &reason);

private:
    enum class State { Stopped, Starting, Ready };
    void startForward();
    void pollReady();
    void onFinished(int exitCode);
    void failPending(const Error &error);
    void connectLocal(ConnectCallback callback);

    SshTarget m_target;
    QProcessEnvironment m_env;
    std::chrono::milliseconds m_connectTimeout{30000};
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_localSocket;
    QProcess *m_process = nullptr;
    std::unique_ptr<LocalSocketTransport> m_local;
    State m_state = State::Stopped;
    QByteArray m_stderr;
    QList<ConnectCallback> m_pending;
    QTimer m_pollTimer;
    QTimer m_startTimeout;
};

} // namespace dockscope::core
