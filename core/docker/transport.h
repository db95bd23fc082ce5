// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QObject>

#include <chrono>
#include <functional>

class QIODevice;

namespace dockscope::core {

/// Opens byte streams to a Docker daemon. The HTTP layer speaks over whatever QIODevice a
/// transport hands out: QLocalSocket (unix), QTcpSocket, QSslSocket (TLS), or the stdio of a
/// `ssh host docker system dial-stdio` QProcess.
class Transport : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~Transport() override;

    using ConnectCallback = std::function<void(Result<QIODevice *>)>;

    /// Opens a new connection; calls back exactly once, on this object's thread, with an open,
    /// readable and writable device (the caller takes ownership) or with the error
    /// (DaemonUnreachable, PermissionDenied, Timeout, TlsError, SshError …).
    virtual void open(ConnectCallback callback) = 0;

    /// How many connections this transport may have open at once.
    virtual int maxConnections() const { return 4; }

    /// "unix:///var/run/docker.sock", "ssh://host (dial-stdio)" — for evidence and logs.
    virtual QString describe() const = 0;

    /// How long open() may take before it fails with Timeout. Default 10 s.
    void setConnectTimeout(std::chrono::milliseconds timeout) { m_connectTimeout = timeout; }
    std::chrono::milliseconds connectTimeout() const { return m_connectTimeout; }

private:
    std::chrono::milliseconds m_connectTimeout{10000};
};

} // namespace dockscope::core
