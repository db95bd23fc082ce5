// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/transport.h"

#include <QString>

namespace dockscope::core {

/// Unix domain socket transport (QLocalSocket): unix:///var/run/docker.sock.
/// ENOENT and ECONNREFUSED map to DaemonUnreachable, EACCES to PermissionDenied (the detail names
/// the socket), a connect that does not finish in connectTimeout() to Timeout.
class LocalSocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit LocalSocketTransport(const QString &socketPath, QObject *parent = nullptr);
    ~LocalSocketTransport() override;

    void open(ConnectCallback callback) override;
    QString describe() const override;
    QString socketPath() const { return m_socketPath; }

private:
    QString m_socketPath;
};

} // namespace dockscope::core
