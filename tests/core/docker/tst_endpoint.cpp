// SPDX-License-Identifier: GPL-3.0-or-later
// Endpoint resolution in the docker CLI's order, one row per rule, with a temporary
// DOCKER_CONFIG directory and an explicit environment (never the real ~/.docker).

#include "core/docker/endpoint.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dockscope::core;

Q_DECLARE_METATYPE(dockscope::core::Endpoint::Source)
Q_DECLARE_METATYPE(dockscope::core::Endpoint::Kind)

class tst_Endpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parseUrl_data();
    void parseUrl();
    void resolve_data();
    void resolve();
    void contextTls();
    void envTls();
    void tlsVerification_data();
    void tlsVerification();
    void tlsFlags_data();
    void tlsFlags();

private:
    void writeContext(const QString &name, const QJsonObject &docker, bool withTls = false);
    QString contextHash(const QString &name) const;

    QTemporaryDir m_config;     // DOCKER_CONFIG
    QTemporaryDir m_runtime;    // XDG_RUNTIME_DIR with a docker.sock
    QTemporaryDir m_emptyRuntime;
};

QString tst_Endpoint::contextHash(const QString &name) const
{
    return QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void tst_Endpoint::writeContext(const QString &name, const QJsonObject &docker, bool withTls)
{
    const QString dir = m_config.path() + u"/contexts/meta/"_s + contextHash(name);
    QVERIFY(QDir().mkpath(dir));
    QFile meta(dir + u"/meta.json"_s);
    QVERIFY(meta.open(QIODevice::WriteOnly));
    const QJsonObject root{{u"Name"_s, name}, {u"Metadata"_s, QJsonObject{}},
                           {u"Endpoints"_s, QJsonObject{{u"docker"_s, docker}}}};
    meta.write(QJsonDocument(root).toJson());
    if (withTls) {
        const QString tls = m_config.path() + u"/contexts/tls/"_s + contextHash(name) + u"/docker"_s;
        QVERIFY(QDir().mkpath(tls));
        for (const QString &file : {u"ca.pem"_s, u"cert.pem"_s, u"key.pem"_s}) {
            QFile f(tls + u'/' + file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN X-----\n");
        }
    }
}

void tst_Endpoint::initTestCase()
{
    QVERIFY(m_config.isValid() && m_runtime.isValid() && m_emptyRuntime.isValid());
    writeContext(u"remote"_s, {{u"Host"_s, u"tcp://build.example:2376"_s}, {u"SkipTLSVerify"_s, false}}, true);
    writeContext(u"fromenv"_s, {{u"Host"_s, u"unix:///run/ctx-env.sock"_s}});
    writeContext(u"current"_s, {{u"Host"_s, u"unix:///run/ctx-current.sock"_s}});
    writeContext(u"sshctx"_s, {{u"Host"_s, u"ssh://ops@bastion:2222"_s}});
    QFile config(m_config.path() + u"/config.json"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"auths":{},"currentContext":"current"})");
    QFile sock(m_runtime.path() + u"/docker.sock"_s);
    QVERIFY(sock.open(QIODevice::WriteOnly)); // existence is what the rule checks
}

void tst_Endpoint::parseUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Endpoint::Kind>("kind");
    QTest::addColumn<QString>("hostOrPath");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("canonical");

    using K = Endpoint::Kind;
    QTest::addRow("unix") << u"unix:///var/run/docker.sock"_s << true << K::Unix << u"/var/run/docker.sock"_s << 0 << QString() << u"unix:///var/run/docker.sock"_s;
    // The CLI treats "unix://" alone as the default socket.
    QTest::addRow("unix, empty path") << u"unix://"_s << true << K::Unix << u"/var/run/docker.sock"_s << 0 << QString() << u"unix:///var/run/docker.sock"_s;
    QTest::addRow("tcp with port") << u"tcp://10.0.0.5:2376"_s << true << K::Tcp << u"10.0.0.5"_s << 2376 << QString() << u"tcp://10.0.0.5:2376"_s;
    QTest::addRow("tcp default port") << u"tcp://docker.local"_s << true << K::Tcp << u"docker.local"_s << 2375 << QString() << u"tcp://docker.local:2375"_s;
    // No scheme means TCP, as in the CLI's parseDaemonHost.
    QTest::addRow("bare host:port") << u"docker.local:4243"_s << true << K::Tcp << u"docker.local"_s << 4243 << QString() << u"tcp://docker.local:4243"_s;
    QTest::addRow("tcp IPv6") << u"tcp://[::1]:2375"_s << true << K::Tcp << u"::1"_s << 2375 << QString() << u"tcp://[::1]:2375"_s;
    QTest::addRow("https implies 2376") << u"https://docker.local"_s << true << K::Tcp << u"docker.local"_s << 2376 << QString() << u"tcp://docker.local:2376"_s;
    QTest::addRow("ssh full") << u"ssh://ops@bastion:2222/run/user/1000/docker.sock"_s << true << K::Ssh << u"bastion"_s << 2222 << u"ops"_s << u"ssh://ops@bastion:2222/run/user/1000/docker.sock"_s;
    QTest::addRow("ssh host only") << u"ssh://bastion"_s << true << K::Ssh << u"bastion"_s << 0 << QString() << u"ssh://bastion"_s;
    // Would become an ssh option (-oProxyCommand=…): must be refused.
    QTest::addRow("ssh host starting with -") << u"ssh://-oProxyCommand=touch%20x"_s << false << K::Ssh << QString() << 0 << QString() << QString();
    QTest::addRow("ssh user starting with -") << u"ssh://-oProxyCommand=x@host"_s << false << K::Ssh << QString() << 0 << QString() << QString();
    QTest::addRow("ssh password") << u"ssh://ops:secret@bastion"_s << false << K::Ssh << QString() << 0 << QString() << QString();
    QTest::addRow("ssh query") << u"ssh://bastion?x=1"_s << false << K::Ssh << QString() << 0 << QString() << QString();
    // An IPv6 zone id names a network interface. One that is not an interface name (found by
    // fuzz_endpoint: non-ASCII bytes, which QUrl re-encodes differently each round) is refused.
    QTest::addRow("ssh IPv6 with zone") << u"ssh://[fe80::1%25eth0]"_s << true << K::Ssh << u"fe80::1%eth0"_s << 0 << QString() << u"ssh://[fe80::1%25eth0]"_s;
    QTest::addRow("tcp IPv6 with zone") << u"tcp://[fe80::1%25enp0s3.5]:2375"_s << true << K::Tcp << u"fe80::1%enp0s3.5"_s << 2375 << QString() << u"tcp://[fe80::1%25enp0s3.5]:2375"_s;
    QTest::addRow("ssh zone not an interface name") << QString::fromUtf8("ssh://[fe80::1%25e\xff\xff]") << false << K::Ssh << QString() << 0 << QString() << QString();
    QTest::addRow("tcp zone not an interface name") << u"tcp://[fe80::1%25e%C3%A9]:2375"_s << false << K::Tcp << QString() << 0 << QString() << QString();
    QTest::addRow("fd scheme") << u"fd://"_s << false << K::Unix << QString() << 0 << QString() << QString();
    QTest::addRow("empty") << QString() << false << K::Unix << QString() << 0 << QString() << QString();
}

void tst_Endpoint::parseUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    QFETCH(Endpoint::Kind, kind);
    QFETCH(QString, hostOrPath);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, canonical);

    const Result<Endpoint> e = parseEndpointUrl(url);
    QCOMPARE(e.has_value(), ok);
    if (!ok) {
        QCOMPARE(e.error().code, ErrorCode::InvalidArgument);
        return;
    }
    QCOMPARE(e->kind, kind);
    QCOMPARE(kind == Endpoint::Kind::Unix ? e->socketPath : e->host, hostOrPath);
    QCOMPARE(int(e->port), port);
    QCOMPARE(e->sshUser, user);
    QCOMPARE(e->url(), canonical);
}

void tst_Endpoint::resolve_data()
{
    QTest::addColumn<QString>("hostFlag");
    QTest::addColumn<QString>("contextFlag");
    QTest::addColumn<QStringList>("env");     // NAME=value; DOCKER_CONFIG is added
    QTest::addColumn<bool>("withConfig");     // config.json with currentContext "current"
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Endpoint::Source>("source");
    QTest::addColumn<QString>("url");

    using S = Endpoint::Source;
    const QString rootless = u"XDG_RUNTIME_DIR="_s + m_runtime.path();
    const QString noRootless = u"XDG_RUNTIME_DIR="_s + m_emptyRuntime.path();

    QTest::addRow("-H wins over everything but --context")
        << u"tcp://flag:2375"_s << QString() << QStringList{u"DOCKER_HOST=unix:///env.sock"_s, u"DOCKER_CONTEXT=fromenv"_s, rootless}
        << true << true << S::HostFlag << u"tcp://flag:2375"_s;
    QTest::addRow("-H and --context together are an error")
        << u"tcp://flag:2375"_s << u"remote"_s << QStringList{} << false << false << S::HostFlag << QString();
    // The CLI's resolveContextName() checks --context before DOCKER_HOST.
    QTest::addRow("--context beats DOCKER_HOST")
        << QString() << u"fromenv"_s << QStringList{u"DOCKER_HOST=unix:///env.sock"_s}
        << true << true << S::ContextFlag << u"unix:///run/ctx-env.sock"_s;
    QTest::addRow("DOCKER_HOST beats DOCKER_CONTEXT and currentContext")
        << QString() << QString() << QStringList{u"DOCKER_HOST=unix:///env.sock"_s, u"DOCKER_CONTEXT=fromenv"_s}
        << true << true << S::DockerHostEnv << u"unix:///env.sock"_s;
    QTest::addRow("DOCKER_CONTEXT beats currentContext")
        << QString() << QString() << QStringList{u"DOCKER_CONTEXT=fromenv"_s} << true << true
        << S::DockerContextEnv << u"unix:///run/ctx-env.sock"_s;
    QTest::addRow("currentContext in config.json")
        << QString() << QString() << QStringList{rootless} << true << true << S::ConfigContext
        << u"unix:///run/ctx-current.sock"_s;
    QTest::addRow("rootless socket when nothing is configured")
        << QString() << QString() << QStringList{rootless} << false << true << S::Rootless
        << u"unix://"_s + m_runtime.path() + u"/docker.sock"_s;
    QTest::addRow("default socket last")
        << QString() << QString() << QStringList{noRootless} << false << true << S::Default
        << u"unix:///var/run/docker.sock"_s;
    // "default" is the built-in context: DOCKER_HOST or the default socket, never a meta dir.
    QTest::addRow("--context default uses DOCKER_HOST")
        << QString() << u"default"_s << QStringList{u"DOCKER_HOST=tcp://envhost:2375"_s} << true << true
        << S::DockerHostEnv << u"tcp://envhost:2375"_s;
    QTest::addRow("empty DOCKER_HOST is ignored")
        << QString() << QString() << QStringList{u"DOCKER_HOST="_s, noRootless} << false << true << S::Default
        << u"unix:///var/run/docker.sock"_s;
    QTest::addRow("unknown context") << QString() << u"nosuch"_s << QStringList{} << true << false << S::ContextFlag << QString();
    QTest::addRow("ssh context") << QString() << u"sshctx"_s << QStringList{} << true << true << S::ContextFlag
                                 << u"ssh://ops@bastion:2222"_s;
    QTest::addRow("bad DOCKER_HOST") << QString() << QString() << QStringList{u"DOCKER_HOST=fd://"_s} << false
                                     << false << S::DockerHostEnv << QString();
}

void tst_Endpoint::resolve()
{
    QFETCH(QString, hostFlag);
    QFETCH(QString, contextFlag);
    QFETCH(QStringList, env);
    QFETCH(bool, withConfig);
    QFETCH(bool, ok);
    QFETCH(Endpoint::Source, source);
    QFETCH(QString, url);

    QTemporaryDir bare; // an empty DOCKER_CONFIG: no config.json, no contexts
    QVERIFY(bare.isValid());
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, u"/nonexistent"_s);
    environment.insert(u"DOCKER_CONFIG"_s, withConfig ? m_config.path() : bare.path());
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));

    const Result<Endpoint> e = resolveEndpoint({hostFlag, contextFlag}, environment);
    QCOMPARE(e.has_value(), ok);
    if (!ok)
        return;
    QCOMPARE(e->source, source);
    QCOMPARE(e->url(), url);
    QVERIFY(!e->tls.has_value());
}

void tst_Endpoint::contextTls()
{
    QProcessEnvironment environment;
    environment.insert(u"DOCKER_CONFIG"_s, m_config.path());
    const Result<Endpoint> e = resolveEndpoint({QString(), u"remote"_s}, environment);
    QVERIFY(e.has_value());
    QCOMPARE(e->contextName, u"remote"_s);
    QVERIFY(e->tls.has_value());
    const QString dir = m_config.path() + u"/contexts/tls/"_s + contextHash(u"remote"_s) + u"/docker/"_s;
    QCOMPARE(e->tls->caFile, dir + u"ca.pem"_s);
    QCOMPARE(e->tls->certFile, dir + u"cert.pem"_s);
    QCOMPARE(e->tls->keyFile, dir + u"key.pem"_s);
    QVERIFY(e->tls->verify);
}

void tst_Endpoint::envTls()
{
    QTemporaryDir certs;
    for (const QString &file : {u"ca.pem"_s, u"cert.pem"_s}) { // no key.pem: left out, as the CLI does
        QFile f(certs.path() + u'/' + file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QProcessEnvironment environment;
    environment.insert(u"DOCKER_CONFIG"_s, m_config.path());
    environment.insert(u"DOCKER_HOST"_s, u"tcp://secure.example"_s);
    environment.insert(u"DOCKER_TLS_VERIFY"_s, u"1"_s);
    environment.insert(u"DOCKER_CERT_PATH"_s, certs.path());
    const Result<Endpoint> e = resolveEndpoint({}, environment);
    QVERIFY(e.has_value());
    QCOMPARE(e->port, quint16(2376)); // TLS changes the default port
    QVERIFY(e->tls.has_value());
    QVERIFY(e->tls->verify);
    QCOMPARE(e->tls->caFile, certs.path() + u"/ca.pem"_s);
    QCOMPARE(e->tls->keyFile, QString());

    // DOCKER_TLS alone: encrypted, but the server certificate is not verified.
    environment.remove(u"DOCKER_TLS_VERIFY"_s);
    environment.insert(u"DOCKER_TLS"_s, u"1"_s);
    const Result<Endpoint> noVerify = resolveEndpoint({}, environment);
    QVERIFY(noVerify.has_value() && noVerify->tls.has_value());
    QVERIFY(!noVerify->tls->verify);
}

void tst_Endpoint::tlsVerification_data()
{
    QTest::addColumn<QString>("hostFlag");
    QTest::addColumn<QStringList>("env");     // NAME=value; DOCKER_CONFIG (empty dir) is added
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<int>("port");

    // Issue 13: a URL that says https is verified, whatever the environment says.
    QTest::addRow("-H https://, no TLS variables") << u"https://secure.example"_s << QStringList{} << true << true << 2376;
    QTest::addRow("DOCKER_HOST=https://") << QString() << QStringList{u"DOCKER_HOST=https://secure.example:3000"_s}
                                          << true << true << 3000;
    // DOCKER_TLS asks for unverified TLS for tcp://; it must not weaken an https:// URL.
    QTest::addRow("https:// with DOCKER_TLS=1") << u"https://secure.example"_s << QStringList{u"DOCKER_TLS=1"_s}
                                                << true << true << 2376;
    // The docker CLI: DOCKER_TLS_VERIFY set and non-empty means verify, whatever its value.
    QTest::addRow("tcp:// with DOCKER_TLS_VERIFY=1") << u"tcp://secure.example"_s << QStringList{u"DOCKER_TLS_VERIFY=1"_s}
                                                     << true << true << 2376;
    QTest::addRow("tcp:// with DOCKER_TLS_VERIFY=0") << u"tcp://secure.example"_s << QStringList{u"DOCKER_TLS_VERIFY=0"_s}
                                                     << true << true << 2376;
    QTest::addRow("tcp:// with DOCKER_TLS_VERIFY empty") << u"tcp://plain.example"_s << QStringList{u"DOCKER_TLS_VERIFY="_s}
                                                         << false << false << 2375;
    // DOCKER_TLS (the CLI's --tls) without DOCKER_TLS_VERIFY: TLS, asked for unverified.
    QTest::addRow("tcp:// with DOCKER_TLS=1") << u"tcp://secure.example"_s << QStringList{u"DOCKER_TLS=1"_s}
                                              << true << false << 2376;
    QTest::addRow("tcp:// with both") << u"tcp://secure.example"_s
                                      << QStringList{u"DOCKER_TLS=1"_s, u"DOCKER_TLS_VERIFY=1"_s} << true << true << 2376;
    QTest::addRow("plain tcp://") << u"tcp://plain.example"_s << QStringList{} << false << false << 2375;
}

void tst_Endpoint::tlsVerification()
{
    QFETCH(QString, hostFlag);
    QFETCH(QStringList, env);
    QFETCH(bool, tls);
    QFETCH(bool, verify);
    QFETCH(int, port);

    QTemporaryDir bare;
    QVERIFY(bare.isValid());
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, u"/nonexistent"_s);
    environment.insert(u"DOCKER_CONFIG"_s, bare.path());
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    EndpointOptions options;
    options.host = hostFlag;
    const Result<Endpoint> e = resolveEndpoint(options, environment);
    QVERIFY2(e.has_value(), e ? "" : qPrintable(e.error().detail));
    QCOMPARE(e->tls.has_value(), tls);
    if (tls)
        QCOMPARE(e->tls->verify, verify);
    QCOMPARE(int(e->port), port);
}

void tst_Endpoint::tlsFlags_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("tlsFlag");
    QTest::addColumn<bool>("tlsVerifyFlag");
    QTest::addColumn<bool>("caFlag");           // --tlscacert given
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("verify");

    // The docker CLI: --tls is TLS without verification, --tlsverify implies --tls and verifies.
    QTest::addRow("--tls") << u"tcp://h"_s << true << false << false << QStringList{} << true << false;
    QTest::addRow("--tlsverify") << u"tcp://h"_s << false << true << false << QStringList{} << true << true;
    QTest::addRow("--tls --tlsverify") << u"tcp://h"_s << true << true << false << QStringList{} << true << true;
    // DOCKER_TLS_VERIFY in the environment wins over a bare --tls, as in the CLI.
    QTest::addRow("--tls with DOCKER_TLS_VERIFY") << u"tcp://h"_s << true << false << false
                                                  << QStringList{u"DOCKER_TLS_VERIFY=1"_s} << true << true;
    // https:// stays verified with --tls.
    QTest::addRow("https:// --tls") << u"https://h"_s << true << false << false << QStringList{} << true << true;
    // Like the CLI, --tlscacert alone does not turn TLS on for tcp://.
    QTest::addRow("--tlscacert alone") << u"tcp://h"_s << false << false << true << QStringList{} << false << false;
    QTest::addRow("https:// --tlscacert") << u"https://h"_s << false << false << true << QStringList{} << true << true;
    // The flags are about -H/DOCKER_HOST: a unix socket has no TLS.
    QTest::addRow("unix with --tlsverify") << u"unix:///s.sock"_s << false << true << false << QStringList{} << false << false;
}

void tst_Endpoint::tlsFlags()
{
    QFETCH(QString, host);
    QFETCH(bool, tlsFlag);
    QFETCH(bool, tlsVerifyFlag);
    QFETCH(bool, caFlag);
    QFETCH(QStringList, env);
    QFETCH(bool, tls);
    QFETCH(bool, verify);

    QTemporaryDir certs;  // DOCKER_CERT_PATH with all three default files
    for (const QString &file : {u"ca.pem"_s, u"cert.pem"_s, u"key.pem"_s}) {
        QFile f(certs.filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QProcessEnvironment environment;
    environment.insert(u"HOME"_s, u"/nonexistent"_s);
    environment.insert(u"DOCKER_CONFIG"_s, m_emptyRuntime.path());
    environment.insert(u"DOCKER_CERT_PATH"_s, certs.path());
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    EndpointOptions options;
    options.host = host;
    options.tls = tlsFlag;
    options.tlsVerify = tlsVerifyFlag;
    if (caFlag)
        options.tlsCaCert = u"/etc/flag/ca.pem"_s;
    options.tlsKey = u"/etc/flag/key.pem"_s;
    const Result<Endpoint> e = resolveEndpoint(options, environment);
    QVERIFY2(e.has_value(), e ? "" : qPrintable(e.error().detail));
    QCOMPARE(e->tls.has_value(), tls);
    if (!tls)
        return;
    QCOMPARE(e->tls->verify, verify);
    // A flag names its file; without the flag the DOCKER_CERT_PATH default is used.
    QCOMPARE(e->tls->caFile, caFlag ? u"/etc/flag/ca.pem"_s : certs.filePath(u"ca.pem"_s));
    QCOMPARE(e->tls->certFile, certs.filePath(u"cert.pem"_s));
    QCOMPARE(e->tls->keyFile, u"/etc/flag/key.pem"_s);
}

QTEST_GUILESS_MAIN(tst_Endpoint)
#include "tst_endpoint.moc"
