// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/remoteconnection.h"

#include "core/docker/tcptransport.h"
#include "core/logging.h"
#include "core/remote/pinghandshake.h"
#include "core/remote/sshdialstdiotransport.h"
#include "core/remote/sshforwardtransport.h"
#include "core/remote/sshhostfs.h"

#include <QIODevice>
#include <QPointer>
#include <QProcess>
#include <QSslSocket>

namespace dockscope::core {

using namespace Qt::StringLiterals;

/// Drives one open(): ssh transport attempts, then the client's negotiation.
class RemoteConnectionOpener : public QObject
{
public:
    RemoteConnectionOpener(const ConnectionProfile &profile, const QProcessEnvironment &env, QObject *context,
                           RemoteConnection::Callback callback)
        : m_connection(new RemoteConnection(profile))
        , m_env(env)
        , m_context(context)
        , m_callback(std::move(callback))
    {
    }

    void start()
    {
        const ConnectionProfile &profile = m_connection->m_profile;
        Result<Endpoint> endpoint = profile.endpoint(m_env);
        if (!endpoint) {
            finish(endpoint.error());
            return;
        }
        m_endpoint = endpoint.value();
        if (m_endpoint.kind == Endpoint::Kind::Ssh) {
            Result<SshTarget> target = profile.sshTarget(m_env);
            if (!target) {
                finish(target.error());
                return;
            }
            m_target = target.value();
            m_order = {profile.sshTransport, profile.sshTransport == ConnectionProfile::SshTransport::Forward
                                                 ? ConnectionProfile::SshTransport::DialStdio
                                                 : ConnectionProfile::SshTransport::Forward};
            trySsh(0);
            return;
        }
        // Local socket of this machine: host files are ours. A unix:// profile is a socket the
        // user forwarded by hand, and tcp:// is another machine: no host access.
        if (profile.kind == ConnectionProfile::Kind::Local && m_endpoint.kind == Endpoint::Kind::Unix)
            m_connection->m_hostFs = std::make_shared<LocalHostFs>();
        m_connection->m_transportDescription = m_endpoint.url();
        if (m_endpoint.kind == Endpoint::Kind::Tcp && m_endpoint.tls) {
            m_connection->m_transportDescription += m_endpoint.tls->verify ? u" (TLS)"_s : u" (TLS, unverified)"_s;
            tryTls();
            return;
        }
        negotiate(new DockerClient(m_endpoint, m_connection.get()));
    }

private:
    /// With TLS 1.3 the daemon checks the client certificate after the handshake has completed
    /// on our side: a refused certificate shows up as a closed connection on the first read. A
    /// probe ping on the first connection tells that apart and reports it as TlsError with the
    /// alert OpenSSL received.
    void tryTls()
    {
        auto *transport = new TcpTransport(m_endpoint.host, m_endpoint.port, m_endpoint.tls, this);
        transport->open([this, transport](Result<QIODevice *> device) {
            if (!device) {
                transport->deleteLater();
                finish(device.error());
                return;
            }
            QIODevice *dev = device.value();
            PingHandshake::run(dev, std::chrono::seconds(15), [this, transport, dev](const auto &ok) {
                if (!ok) {
                    Error error = ok.error();
                    if (auto *ssl = qobject_cast<QSslSocket *>(dev);
                        ssl && error.code == ErrorCode::ConnectionDropped) {
                        const QAbstractSocket::SocketError e = ssl->error();
                        if (e == QAbstractSocket::SslHandshakeFailedError || e == QAbstractSocket::SslInternalError
                            || e == QAbstractSocket::SslInvalidUserDataError || ssl->errorString().contains(u"alert"_s))
                            error = Error{ErrorCode::TlsError, m_endpoint.url() + u": the daemon refused the TLS "
                                          "session after the handshake (client certificate not accepted?): "_s
                                          + ssl->errorString()};
                        else
                            error = Error{ErrorCode::TlsError, m_endpoint.url() + u": the daemon closed the TLS "
                                          "connection before answering (client certificate not accepted?)"_s};
                    }
                    dev->deleteLater();
                    transport->deleteLater();
                    finish(error);
                    return;
                }
                dev->deleteLater();
                transport->setParent(nullptr);
                negotiate(new DockerClient(m_endpoint, std::unique_ptr<Transport>(transport), m_connection.get()));
            });
        });
    }

    static bool worthFallingBack(const Error &error)
    {
        switch (SshCommand::failureOf(error)) {
        // The same ssh login fails the same way with either transport.
        case SshFailure::HostKeyChanged:
        case SshFailure::HostKeyUnknown:
        case SshFailure::HostKeyVerification:
        case SshFailure::AuthenticationFailed:
        case SshFailure::ResolveFailed:
        case SshFailure::ConnectionRefused:
        case SshFailure::ConnectTimeout:
        case SshFailure::SshMissing:
            return false;
        default:
            return error.code != ErrorCode::InvalidArgument;
        }
    }

    void trySsh(int index)
    {
        const ConnectionProfile::SshTransport kind = m_order.at(index);
        std::unique_ptr<Transport> transport;
        if (kind == ConnectionProfile::SshTransport::Forward)
            transport = std::make_unique<SshForwardTransport>(m_target, m_env);
        else
            transport = std::make_unique<SshDialStdioTransport>(m_target, m_env);
        Transport *raw = transport.release();
        raw->setParent(this);
        raw->open([this, raw, index, kind](Result<QIODevice *> device) {
            if (!device) {
                qCInfo(lcSsh) << raw->describe() << "failed:" << device.error().detail;
                raw->deleteLater();
                if (index + 1 < m_order.size() && worthFallingBack(device.error())) {
                    m_connection->m_fallbackReasons.append(device.error());
                    trySsh(index + 1);
                } else {
                    finish(device.error());
                }
                return;
            }
            // The probe connection proved the transport; the client opens its own.
            if (auto *process = qobject_cast<QProcess *>(device.value())) {
                QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
                process->kill();
            } else {
                device.value()->deleteLater();
            }
            m_connection->m_sshTransport = kind;
            m_connection->m_transportDescription = raw->describe();
            m_connection->m_hostFs = std::make_shared<SshHostFs>(m_target, m_env);
            raw->setParent(nullptr);
            negotiate(new DockerClient(m_endpoint, std::unique_ptr<Transport>(raw), m_connection.get()));
        });
    }

    void negotiate(DockerClient *client)
    {
        m_connection->m_client = client;
        client->negotiate(this, [this](Result<VersionInfo> version) {
            if (!version) {
                finish(version.error());
                return;
            }
            m_connection->m_version = version.value();
            finish(std::move(m_connection));
        });
    }

    void finish(Result<std::unique_ptr<RemoteConnection>> result)
    {
        deleteLater();
        if (!m_context)
            return;
        RemoteConnection::Callback callback = std::move(m_callback);
        callback(std::move(result));
    }

    std::unique_ptr<RemoteConnection> m_connection;
    QProcessEnvironment m_env;
    QPointer<QObject> m_context;
    RemoteConnection::Callback m_callback;
    Endpoint m_endpoint;
    SshTarget m_target;
    QList<ConnectionProfile::SshTransport> m_order;
};

RemoteConnection::RemoteConnection(const ConnectionProfile &profile)
    : m_profile(profile)
{
}

RemoteConnection::~RemoteConnection() = default;

void RemoteConnection::open(const ConnectionProfile &profile, const QProcessEnvironment &env, QObject *context,
                            Callback callback)
{
    auto *opener = new RemoteConnectionOpener(profile, env, context, std::move(callback));
    // Follow the context's lifetime and thread.
    opener->moveToThread(context->thread());
    QObject::connect(context, &QObject::destroyed, opener, &QObject::deleteLater);
    opener->start();
}

} // namespace dockscope::core
