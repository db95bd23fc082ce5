// SPDX-License-Identifier: GPL-3.0-or-later
#include "tcptransport.h"

#include "core/logging.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace dockscope::core {

TcpTransport::TcpTransport(const QString &host, quint16 port, const std::optional<TlsConfig> &tls,
                           QObject *parent)
    : Transport(parent)
    , m_host(host)
    , m_port(port)
    , m_tls(tls)
{
}

TcpTransport::~TcpTransport() = default;

QString TcpTransport::describe() const
{
    QString security;
    if (m_tls)
        security = m_tls->verify ? u" (TLS)"_s : u" (TLS, unverified)"_s;
    return u"tcp://%1:%2%3"_s.arg(m_host).arg(m_port).arg(security);
}

static const QString s_untrustedToken = u"server-certificate-untrusted"_s;
static const QString s_nameMismatchToken = u"server-name-mismatch"_s;

TlsFailure TcpTransport::failureOf(const Error &error)
{
    if (error.code != ErrorCode::TlsError)
        return TlsFailure::None;
    const QString token = error.detail.section(u':', 0, 0);
    if (token == s_untrustedToken)
        return TlsFailure::ServerUntrusted;
    if (token == s_nameMismatchToken)
        return TlsFailure::ServerNameMismatch;
    return TlsFailure::Other;
}

// Dynamic properties on a QSslSocket that open() made: "host:port", and the last fatal alert
// the peer sent (kept after the socket is handed out, read back by tlsFailure()).
static constexpr char s_whereProperty[] = "dockscope_tlsWhere";
static constexpr char s_alertProperty[] = "dockscope_tlsAlert";

std::optional<Error> TcpTransport::tlsFailure(const QIODevice *device)
{
    const auto *ssl = qobject_cast<const QSslSocket *>(device);
    if (!ssl)
        return std::nullopt;
    const QString where = ssl->property(s_whereProperty).toString();
    const QString alert = ssl->property(s_alertProperty).toString();
    if (!alert.isEmpty())
        return Error{ErrorCode::TlsError, u"%1: the peer sent the TLS alert \"%2\" (%3)"_s.arg(
                                              where, alert, ssl->errorString())};
    switch (ssl->error()) {
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Error{ErrorCode::TlsError, u"%1: %2"_s.arg(where, ssl->errorString())};
    default:
        return std::nullopt;
    }
}

static Error mapSocketError(QAbstractSocket::SocketError error, const QString &where,
                            const QString &text)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
    case QAbstractSocket::HostNotFoundError:
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::RemoteHostClosedError:
        return {ErrorCode::DaemonUnreachable, u"%1: %2"_s.arg(where, text)};
    case QAbstractSocket::SocketAccessError:
        return {ErrorCode::PermissionDenied, u"%1: %2"_s.arg(where, text)};
    case QAbstractSocket::SocketTimeoutError:
        return {ErrorCode::Timeout, u"%1: connect timed out"_s.arg(where)};
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return {ErrorCode::TlsError, u"%1: %2"_s.arg(where, text)};
    default:
        return {ErrorCode::DaemonUnreachable, u"%1: %2"_s.arg(where, text)};
    }
}

/// Loads the PEM material of a TlsConfig into a configuration; TlsError when a file is bad.
static Result<QSslConfiguration> sslConfiguration(const TlsConfig &tls)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!tls.caFile.isEmpty()) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(tls.caFile, QSsl::Pem);
        if (cas.isEmpty())
            return Error{ErrorCode::TlsError, u"%1: no PEM certificate"_s.arg(tls.caFile)};
        config.setCaCertificates(cas);
    }
    if (!tls.certFile.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(tls.certFile, QSsl::Pem);
        if (certs.isEmpty())
            return Error{ErrorCode::TlsError, u"%1: no PEM certificate"_s.arg(tls.certFile)};
        // The leaf first, then its intermediates: a daemon that trusts only the root CA needs
        // them to build the chain (Go's tls.LoadX509KeyPair sends the whole file too).
        config.setLocalCertificateChain(certs);
    }
    if (!tls.keyFile.isEmpty()) {
        QFile file(tls.keyFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::TlsError, u"%1: %2"_s.arg(tls.keyFile, file.errorString())};
        const QByteArray pem = file.readAll();
        QSslKey key;
        for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm, QSsl::Pem);
            if (!key.isNull())
                break;
        }
        if (key.isNull())
            return Error{ErrorCode::TlsError, u"%1: unreadable private key"_s.arg(tls.keyFile)};
        config.setPrivateKey(key);
    }
    config.setPeerVerifyMode(tls.verify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    return config;
}

void TcpTransport::open(ConnectCallback callback)
{
    const QString where = u"%1:%2"_s.arg(m_host).arg(m_port);
    QTcpSocket *socket = nullptr;
    QSslSocket *ssl = nullptr;
    std::optional<Error> early;
    if (m_tls) {
        if (!QSslSocket::supportsSsl()) {
            early = Error{ErrorCode::TlsError, u"no TLS backend available in Qt"_s};
        } else {
            const Result<QSslConfiguration> config = sslConfiguration(*m_tls);
            if (!config)
                early = config.error();
            ssl = new QSslSocket(this);
            if (config)
                ssl->setSslConfiguration(*config);
            socket = ssl;
        }
    }
    if (!socket)
        socket = new QTcpSocket(this);

    auto done = std::make_shared<bool>(false);
    auto deliver = [this, socket, done, callback](const Result<QIODevice *> &result) {
        if (*done)
            return;
        *done = true;
        socket->disconnect(this);
        QMetaObject::invokeMethod(this, [socket, callback, result] {
            if (result) {
                socket->setParent(nullptr);
            } else {
                socket->abort();
                socket->deleteLater();
            }
            callback(result);
        }, Qt::QueuedConnection);
    };
    if (early) {
        deliver(*early);
        return;
    }

    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [deliver, where] {
        deliver(Error{ErrorCode::Timeout, u"%1: connect timed out"_s.arg(where)});
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [deliver, socket, timer, where](QAbstractSocket::SocketError error) {
        timer->stop();
        // A close after a fatal alert from the peer (TLS 1.2: in the handshake) is a TLS failure.
        if (std::optional<Error> tls = tlsFailure(socket))
            deliver(*tls);
        else
            deliver(mapSocketError(error, where, socket->errorString()));
    });
    if (ssl) {
        // Connected before the handshake (OpenSSL reports alerts only then) and bound to the
        // socket, not to us: the alert may come after the socket was handed out.
        ssl->setProperty(s_whereProperty, where);
        connect(ssl, &QSslSocket::alertReceived, ssl,
                [ssl](QSsl::AlertLevel level, QSsl::AlertType, const QString &description) {
            qCDebug(lcHttp) << "TLS alert from" << ssl->property(s_whereProperty).toString()
                            << description;
            if (level == QSsl::AlertLevel::Fatal)
                ssl->setProperty(s_alertProperty, description);
        });
        const bool verify = m_tls->verify;
        connect(ssl, &QSslSocket::sslErrors, this, [deliver, ssl, timer, where, verify](const QList<QSslError> &errors) {
            if (!verify) {
                ssl->ignoreSslErrors();
                return;
            }
            QStringList texts;
            bool nameMismatch = false;
            for (const QSslError &e : errors) {
                texts.append(e.errorString());
                nameMismatch = nameMismatch || e.error() == QSslError::HostNameMismatch;
            }
            timer->stop();
            // Only a name mismatch: the certificate is trusted but names another host.
            const QString token = nameMismatch && errors.size() == 1 ? s_nameMismatchToken : s_untrustedToken;
            deliver(Error{ErrorCode::TlsError, u"%1: %2: %3"_s.arg(token, where, texts.join(u"; "_s))});
        });
        connect(ssl, &QSslSocket::encrypted, this, [deliver, ssl, timer] {
            timer->stop();
            deliver(static_cast<QIODevice *>(ssl));
        });
        timer->start(connectTimeout());
        ssl->connectToHostEncrypted(m_host, m_port);
    } else {
        connect(socket, &QAbstractSocket::connected, this, [deliver, socket, timer] {
            timer->stop();
            deliver(static_cast<QIODevice *>(socket));
        });
        timer->start(connectTimeout());
        socket->connectToHost(m_host, m_port);
    }
}

} // namespace dockscope::core
