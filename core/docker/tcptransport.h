// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/endpoint.h"
#include "core/docker/transport.h"

#include <QString>

#include <optional>

namespace dockscope::core {

/// Why a TLS connection failed, as far as the user can act on it.
enum class TlsFailure {
    None,                   ///< not a TLS error
    ServerUntrusted,        ///< the daemon's certificate does not chain to a trusted CA (or expired …)
    ServerNameMismatch,     ///< the daemon's certificate is not issued for the host name we used
    Other,                  ///< anything else: refused client certificate, handshake, PEM files
};

/// TCP transport (QTcpSocket), or TLS (QSslSocket) when a TlsConfig is given: the CA file is
/// the only trust anchor (no CA file: the system's CAs), the client certificate with the
/// intermediates that follow it in its file and the key are presented, and verify=false
/// accepts any server certificate (only where the user asked for it: --tls, DOCKER_TLS,
/// SkipTLSVerify, a profile without verification).
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

    /// What kind of TLS failure an error from open() is. A failed verification of the daemon's
    /// certificate has the detail "<token>: host:port: <Qt's reasons>" (tokens
    /// "server-certificate-untrusted", "server-name-mismatch"), like SshCommand::failureOf().
    static TlsFailure failureOf(const Error &error);

private:
    QString m_host;
    quint16 m_port;
    std::optional<TlsConfig> m_tls;
};

} // namespace dockscope::core
