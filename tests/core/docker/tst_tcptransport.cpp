// SPDX-License-Identifier: GPL-3.0-or-later
// TcpTransport: plain TCP and TLS with client certificates, against local servers. The
// certificates are made for each run with the openssl command line tool (a throw-away CA).

#include "core/docker/dockerclient.h"
#include "core/docker/syncwait.h"
#include "core/docker/tcptransport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace dockscope::core;

namespace {

constexpr char s_pingReply[] = "HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nOstype: linux\r\nContent-Length: 2\r\n\r\nOK";

/// Answers every request on the socket with the ping reply.
void servePing(QTcpSocket *socket)
{
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        while (buffer.contains("\r\n\r\n")) {
            buffer.remove(0, buffer.indexOf("\r\n\r\n") + 4);
            socket->write(s_pingReply);
        }
        socket->setProperty("buffer", buffer);
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

Endpoint tcpEndpoint(quint16 port)
{
    Endpoint e;
    e.kind = Endpoint::Kind::Tcp;
    e.host = u"localhost"_s;
    e.port = port;
    return e;
}

} // namespace

class tst_TcpTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plainTcp();
    void refused();
    void tls_data();
    void tls();
    void refusedAfterHandshake_data();
    void refusedAfterHandshake();
    void clientChain_data();
    void clientChain();

private:
    bool openssl(const QStringList &args);
    bool makeCa(const QString &name);
    bool makeCert(const QString &name, const QString &ca, const QString &usage);
    bool makeIntermediate(const QString &name, const QString &ca);
    bool concatenate(const QString &out, const QStringList &parts);
    QString path(const QString &file) const { return m_dir.path() + u'/' + file; }

    QTemporaryDir m_dir;
    bool m_haveTls = false;
};

bool tst_TcpTransport::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(u"openssl"_s, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAllStandardError();
        return false;
    }
    return true;
}

bool tst_TcpTransport::makeCa(const QString &name)
{
    return openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                    u"-nodes"_s, u"-keyout"_s, name + u"-key.pem"_s, u"-out"_s, name + u".pem"_s, u"-days"_s,
                    u"2"_s, u"-subj"_s, u"/CN="_s + name});
}

bool tst_TcpTransport::makeCert(const QString &name, const QString &ca, const QString &usage)
{
    QFile ext(path(name + u".ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=" + usage.toLatin1() + "\n");
    ext.close();
    return openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                    u"-keyout"_s, name + u"-key.pem"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s, u"/CN=localhost"_s})
        && openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".pem"_s, u"-CAkey"_s,
                    ca + u"-key.pem"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".pem"_s, u"-days"_s, u"2"_s,
                    u"-extfile"_s, name + u".ext"_s});
}

bool tst_TcpTransport::makeIntermediate(const QString &name, const QString &ca)
{
    QFile ext(path(name + u".ext"_s));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n");
    ext.close();
    return openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                    u"-keyout"_s, name + u"-key.pem"_s, u"-out"_s, name + u".csr"_s, u"-subj"_s, u"/CN="_s + name})
        && openssl({u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, ca + u".pem"_s, u"-CAkey"_s,
                    ca + u"-key.pem"_s, u"-CAcreateserial"_s, u"-out"_s, name + u".pem"_s, u"-days"_s, u"2"_s,
                    u"-extfile"_s, name + u".ext"_s});
}

bool tst_TcpTransport::concatenate(const QString &out, const QStringList &parts)
{
    QFile file(path(out));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    for (const QString &part : parts) {
        QFile in(path(part));
        if (!in.open(QIODevice::ReadOnly))
            return false;
        file.write(in.readAll());
    }
    return true;
}

void tst_TcpTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_haveTls = QSslSocket::supportsSsl();
    if (!m_haveTls)
        return;
    QVERIFY(makeCa(u"ca"_s));
    QVERIFY(makeCa(u"otherca"_s));
    QVERIFY(makeCert(u"server"_s, u"ca"_s, u"serverAuth"_s));
    QVERIFY(makeCert(u"client"_s, u"ca"_s, u"clientAuth"_s));
    QVERIFY(makeCert(u"rogue"_s, u"otherca"_s, u"clientAuth"_s));
    // A client certificate issued by an intermediate CA under "ca": the daemon trusts only the
    // root, so the intermediate must travel with the leaf (cert.pem = leaf + intermediate).
    QVERIFY(makeIntermediate(u"intermediate"_s, u"ca"_s));
    QVERIFY(makeCert(u"leaf"_s, u"intermediate"_s, u"clientAuth"_s));
    QVERIFY(concatenate(u"leaf-chain.pem"_s, {u"leaf.pem"_s, u"intermediate.pem"_s}));
}

void tst_TcpTransport::plainTcp()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection())
            servePing(s);
    });
    DockerClient client(tcpEndpoint(server.serverPort()));
    const Result<PingInfo> ping = waitFor<PingInfo>([&](QObject *c, auto cb) { client.ping(c, cb); }, 5s);
    QVERIFY2(ping.has_value(), ping ? "" : qPrintable(ping.error().detail));
    QCOMPARE(ping->apiVersion, u"1.41"_s);
}

void tst_TcpTransport::refused()
{
    quint16 port = 0;
    {
        QTcpServer server; // take a free port, then free it again
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    TcpTransport transport(u"127.0.0.1"_s, port, std::nullopt);
    std::optional<Result<QIODevice *>> result;
    transport.open([&result](Result<QIODevice *> r) { result.emplace(std::move(r)); });
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->has_value());
    QCOMPARE(result->error().code, ErrorCode::DaemonUnreachable);
    QVERIFY(result->error().detail.contains(QString::number(port)));
}

void tst_TcpTransport::tls_data()
{
    QTest::addColumn<QString>("ca");
    QTest::addColumn<QString>("clientCert");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<bool>("ok");

    QTest::addRow("right CA, client cert, verify") << u"ca"_s << u"client"_s << true << true;
    // The daemon's certificate does not chain to the CA we were given.
    QTest::addRow("wrong CA, verify") << u"otherca"_s << u"client"_s << true << false;
    // DOCKER_TLS without DOCKER_TLS_VERIFY / SkipTLSVerify: encrypted but unverified.
    QTest::addRow("wrong CA, no verify") << u"otherca"_s << u"client"_s << false << true;
    // No CA file: the system's CAs, which do not know this test CA. Verified all the same.
    QTest::addRow("no CA file, verify") << QString() << u"client"_s << true << false;
    // The daemon (tlsverify) refuses a client certificate from another CA.
    QTest::addRow("client cert from another CA") << u"ca"_s << u"rogue"_s << true << false;
}

void tst_TcpTransport::tls()
{
    if (!m_haveTls)
        QSKIP("Qt has no TLS backend here");
    QFETCH(QString, ca);
    QFETCH(QString, clientCert);
    QFETCH(bool, verify);
    QFETCH(bool, ok);

    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(QSslCertificate::fromPath(path(u"server.pem"_s)).value(0));
    QFile key(path(u"server-key.pem"_s));
    QVERIFY(key.open(QIODevice::ReadOnly));
    serverConfig.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    serverConfig.setCaCertificates(QSslCertificate::fromPath(path(u"ca.pem"_s)));
    serverConfig.setPeerVerifyMode(QSslSocket::VerifyPeer); // dockerd --tlsverify
    QSslServer server;
    server.setSslConfiguration(serverConfig);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection())
            servePing(s);
    });

    Endpoint endpoint = tcpEndpoint(server.serverPort());
    TlsConfig tls;
    tls.caFile = ca.isEmpty() ? QString() : path(ca + u".pem"_s);
    tls.certFile = path(clientCert + u".pem"_s);
    tls.keyFile = path(clientCert + u"-key.pem"_s);
    tls.verify = verify;
    endpoint.tls = tls;
    DockerClient client(endpoint);
    client.setRequestTimeout(5s);
    const Result<PingInfo> ping = waitFor<PingInfo>([&](QObject *c, auto cb) { client.ping(c, cb); }, 10s);
    QVERIFY2(ping.has_value() == ok, ping ? "connected" : qPrintable(ping.error().detail));
    if (ok) {
        QCOMPARE(ping->apiVersion, u"1.41"_s);
    } else if (verify && ca != u"ca"_s) {
        QCOMPARE(errorCodeName(ping.error().code), errorCodeName(ErrorCode::TlsError));
        // … classified as an untrusted daemon, so the user is told what to do about it.
        QVERIFY2(TcpTransport::failureOf(ping.error()) == TlsFailure::ServerUntrusted, qPrintable(ping.error().detail));
    } else {
        // Refused by the server: the handshake breaks off from the other side.
        QVERIFY2(ping.error().code == ErrorCode::TlsError || ping.error().code == ErrorCode::ConnectionDropped
                     || ping.error().code == ErrorCode::DaemonUnreachable,
                 qPrintable(errorCodeName(ping.error().code) + u' ' + ping.error().detail));
    }
}

void tst_TcpTransport::refusedAfterHandshake_data()
{
    QTest::addColumn<QString>("protocol");
    // TLS 1.3: the server checks the client certificate after our side of the handshake is done;
    // the refusal comes as an alert on the first read, after the HTTP request was written
    // (dockerd --tlsverify on Go's crypto/tls does the same).
    QTest::addRow("TLS 1.3, alert after the handshake") << u"-tls1_3"_s;
    // TLS 1.2: the same alert arrives inside the handshake.
    QTest::addRow("TLS 1.2, alert in the handshake") << u"-tls1_2"_s;
}

void tst_TcpTransport::refusedAfterHandshake()
{
    // A real OpenSSL server that demands a client certificate from our CA and sends the fatal
    // alert on failure: the user must see a TLS error, not "connection dropped".
    if (!m_haveTls)
        QSKIP("Qt has no TLS backend here");
    QFETCH(QString, protocol);
    quint16 port = 0;
    {
        QTcpServer probe; // take a free port, then free it for s_server
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    QProcess server;
    server.setWorkingDirectory(m_dir.path());
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(u"openssl"_s, {u"s_server"_s, protocol, u"-accept"_s, u"127.0.0.1:%1"_s.arg(port),
                                u"-cert"_s, u"server.pem"_s, u"-key"_s, u"server-key.pem"_s,
                                u"-CAfile"_s, u"ca.pem"_s, u"-Verify"_s, u"1"_s, u"-verify_return_error"_s,
                                u"-www"_s});
    auto stop = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished(5000);
    });
    // s_server's "ACCEPT" sits in a pipe buffer: poll the port instead (a bare TCP probe only
    // costs s_server one failed accept; it goes on serving).
    bool listening = false;
    QDeadlineTimer ready(10s);
    while (!listening && !ready.hasExpired() && server.state() != QProcess::NotRunning) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        listening = probe.waitForConnected(200);
        if (!listening)
            QTest::qWait(50);   // not yet bound: retry (a poll with a deadline, not a sync sleep)
    }
    QVERIFY2(listening, server.readAll().constData());

    Endpoint endpoint = tcpEndpoint(port);
    TlsConfig tls;
    tls.caFile = path(u"ca.pem"_s);
    tls.certFile = path(u"rogue.pem"_s);
    tls.keyFile = path(u"rogue-key.pem"_s);
    endpoint.tls = tls;
    DockerClient client(endpoint);
    client.setRequestTimeout(5s);
    const Result<PingInfo> ping = waitFor<PingInfo>([&](QObject *c, auto cb) { client.ping(c, cb); }, 10s);
    QVERIFY(!ping.has_value());
    QCOMPARE(errorCodeName(ping.error().code), errorCodeName(ErrorCode::TlsError));
    // the server's reason travels in the detail (OpenSSL: "tlsv1 alert unknown ca")
    QVERIFY2(ping.error().detail.contains(u"unknown ca"_s, Qt::CaseInsensitive), qPrintable(ping.error().detail));
    QVERIFY2(ping.error().detail.contains(QString::number(port)), qPrintable(ping.error().detail));
}

void tst_TcpTransport::clientChain_data()
{
    QTest::addColumn<QString>("certFile");
    QTest::addColumn<bool>("ok");
    // Issue 13: the intermediates of a client chain file are sent with the leaf.
    QTest::addRow("leaf + intermediate in cert.pem") << u"leaf-chain.pem"_s << true;
    // Without the intermediate the daemon cannot build the chain: refused (the control row).
    QTest::addRow("leaf alone") << u"leaf.pem"_s << false;
}

void tst_TcpTransport::clientChain()
{
    if (!m_haveTls)
        QSKIP("Qt has no TLS backend here");
    QFETCH(QString, certFile);
    QFETCH(bool, ok);

    QSslConfiguration serverConfig = QSslConfiguration::defaultConfiguration();
    serverConfig.setLocalCertificate(QSslCertificate::fromPath(path(u"server.pem"_s)).value(0));
    QFile key(path(u"server-key.pem"_s));
    QVERIFY(key.open(QIODevice::ReadOnly));
    serverConfig.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec));
    serverConfig.setCaCertificates(QSslCertificate::fromPath(path(u"ca.pem"_s))); // the root only
    serverConfig.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QSslServer server;
    server.setSslConfiguration(serverConfig);
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QSslCertificate> received;
    connect(&server, &QTcpServer::pendingConnectionAvailable, this, [&server, &received] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            received = static_cast<QSslSocket *>(s)->peerCertificateChain();
            servePing(s);
        }
    });

    Endpoint endpoint = tcpEndpoint(server.serverPort());
    TlsConfig tls;
    tls.caFile = path(u"ca.pem"_s);
    tls.certFile = path(certFile);
    tls.keyFile = path(u"leaf-key.pem"_s);
    endpoint.tls = tls;
    DockerClient client(endpoint);
    client.setRequestTimeout(5s);
    const Result<PingInfo> ping = waitFor<PingInfo>([&](QObject *c, auto cb) { client.ping(c, cb); }, 10s);
    QVERIFY2(ping.has_value() == ok, ping ? "connected" : qPrintable(ping.error().detail));
    if (ok) {
        // What the daemon saw: the leaf, then the intermediate.
        QCOMPARE(received.size(), 2);
        QCOMPARE(received.at(0), QSslCertificate::fromPath(path(u"leaf.pem"_s)).value(0));
        QCOMPARE(received.at(1), QSslCertificate::fromPath(path(u"intermediate.pem"_s)).value(0));
    }
}

QTEST_GUILESS_MAIN(tst_TcpTransport)
#include "tst_tcptransport.moc"
