// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/endpoint.h"
#include "core/docker/transport.h"

#include <QString>

#include <optional>

namespace dockscope::core {

/// TCP transport (QTcpSocket), or TLS (QSslSocket) when a TlsConfig is given: the CA file is
/// the only trust anchor, the client certificate and key are presented, and verify=false
/// accepts any server certificate (DOCKER_TLS without DOCKER_TLS_VERIFY, SkipTLSVerify).
class TcpTransport : public Transport
{
    Q_OBJECT
public:
    TcpTransport(const QString &host, quint16 port, const std::optional<TlsConfig> &tls,
                 QObject *parent = nullptr);
    ~TcpTransport() override;

    void open(ConnectCallback callback) override;
    QString describe() const override;

    /// Why a TLS connection opened by a TcpTransport broke, for the HTTP layer: TlsError when
    /// the peer sent a fatal TLS alert (its text in the detail) or the socket failed with a TLS
    /// error; nullopt for anything else (plain TCP, an ordinary close).
    /// With TLS 1.3 the daemon checks the client certificate after our side of the handshake
    /// has finished, so a refused certificate shows up as a close on the first request.
    static std::optional<Error> tlsFailure(const QIODevice *device);

private:
    QString m_host;
    quint16 m_port;
    std::optional<TlsConfig> m_tls;
};

} // namespace dockscope::core
