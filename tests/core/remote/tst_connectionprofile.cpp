// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/connectionprofile.h"
#include "core/remote/connectionprofilestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class tst_ConnectionProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storeRoundTrip();
    void contextsAreReadOnly();
    void validate_data();
    void validate();
    void tlsFromCertPath();
    void sshTargetFromProfile();
    void profileForSshUrl();
};

void tst_ConnectionProfile::storeRoundTrip()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    ConnectionProfileStore store(&settings);
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Ssh;
    p.name = u"prod"_s;
    p.url = u"ssh://ops@db1:2222/run/user/1000/docker.sock"_s;
    p.sshTransport = ConnectionProfile::SshTransport::DialStdio;
    p.sshConfigFile = u"/home/u/.ssh/alt"_s;
    p.execProbes = true;
    const Result<QString> id = store.save(p);
    QVERIFY(id.has_value());
    QVERIFY(!id.value().isEmpty());

    // A second store over the same file sees the same profile.
    QSettings again(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    const QList<ConnectionProfile> loaded = ConnectionProfileStore(&again).savedProfiles();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().id, id.value());
    QCOMPARE(loaded.first().url, p.url);
    QCOMPARE(loaded.first().sshTransport, ConnectionProfile::SshTransport::DialStdio);
    QCOMPARE(loaded.first().sshConfigFile, p.sshConfigFile);
    QVERIFY(loaded.first().execProbes);

    // Exec probes are opt-in: a profile saved without touching the flag has them off.
    ConnectionProfile tcp;
    tcp.kind = ConnectionProfile::Kind::Tcp;
    tcp.name = u"a"_s;
    tcp.url = u"tcp://10.0.0.1:2376"_s;
    QVERIFY(store.save(tcp).has_value());
    const QList<ConnectionProfile> both = store.savedProfiles();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.first().name, u"a"_s);   // ordered by name
    QVERIFY(!both.first().execProbes);

    QVERIFY(store.remove(id.value()));
    QCOMPARE(store.savedProfiles().size(), 1);
    QVERIFY(!store.remove(id.value()));
}

void tst_ConnectionProfile::contextsAreReadOnly()
{
    QTemporaryDir dir;
    // The docker CLI's layout: contexts/meta/<sha256(name)>/meta.json
    const QString name = u"remote-box"_s;
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex());
    QVERIFY(QDir().mkpath(dir.filePath(u"contexts/meta/"_s + hash)));
    QFile meta(dir.filePath(u"contexts/meta/"_s + hash + u"/meta.json"_s));
    QVERIFY(meta.open(QIODevice::WriteOnly));
    meta.write(R"({"Name":"remote-box","Metadata":{},"Endpoints":{"docker":{"Host":"ssh://ops@box","SkipTLSVerify":false}}})");
    meta.close();
    QProcessEnvironment env;
    env.insert(u"DOCKER_CONFIG"_s, dir.path());
    const QList<ConnectionProfile> contexts = ConnectionProfileStore::dockerContexts(env);
    QCOMPARE(contexts.size(), 1);
    QCOMPARE(contexts.first().name, name);
    QCOMPARE(contexts.first().url, u"ssh://ops@box"_s);
    QVERIFY(contexts.first().readOnly());

    QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
    ConnectionProfileStore store(&settings);
    QCOMPARE(store.save(contexts.first()).error().code, ErrorCode::InvalidArgument);
    const QList<ConnectionProfile> all = store.allProfiles(env);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().kind, ConnectionProfile::Kind::Local);
    QCOMPARE(all.last().id, u"context:remote-box"_s);
}

void tst_ConnectionProfile::validate_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addRow("ssh") << int(ConnectionProfile::Kind::Ssh) << u"ssh://h"_s << true;
    // The ssh host check applies to profiles as well: nothing reaches ssh as an option.
    QTest::addRow("ssh dash host") << int(ConnectionProfile::Kind::Ssh) << u"ssh://-oProxyCommand=x"_s << false;
    QTest::addRow("tcp") << int(ConnectionProfile::Kind::Tcp) << u"tcp://h:2376"_s << true;
    QTest::addRow("tcp with ssh url") << int(ConnectionProfile::Kind::Tcp) << u"ssh://h"_s << false;
    QTest::addRow("unix") << int(ConnectionProfile::Kind::Unix) << u"unix:///tmp/d.sock"_s << true;
    QTest::addRow("unix relative") << int(ConnectionProfile::Kind::Unix) << u"unix://tmp/d.sock"_s << false;
}

void tst_ConnectionProfile::validate()
{
    QFETCH(int, kind);
    QFETCH(QString, url);
    QFETCH(bool, ok);
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind(kind);
    p.url = url;
    QCOMPARE(p.validate().has_value(), ok);
}

void tst_ConnectionProfile::tlsFromCertPath()
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Tcp;
    p.url = u"tcp://127.0.0.1:2376"_s;
    QVERIFY(!p.tlsConfig());
    p.tls = true;
    p.tlsCertPath = u"/certs"_s;
    // DOCKER_CERT_PATH layout; an explicit file wins over the directory's.
    p.tlsKeyFile = u"/elsewhere/key.pem"_s;
    p.tlsCertFile = u"/elsewhere/cert.pem"_s;
    const std::optional<TlsConfig> tls = p.tlsConfig();
    QVERIFY(tls);
    QCOMPARE(tls->caFile, u"/certs/ca.pem"_s);
    QCOMPARE(tls->certFile, u"/elsewhere/cert.pem"_s);
    QCOMPARE(tls->keyFile, u"/elsewhere/key.pem"_s);
    QVERIFY(tls->verify);
    // A certificate without its key is refused before any connect.
    p.tlsKeyFile.clear();
    p.tlsCertPath.clear();
    QVERIFY(!p.validate().has_value());
}

void tst_ConnectionProfile::sshTargetFromProfile()
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Ssh;
    p.url = u"ssh://ops@db1:2222/run/docker.sock"_s;
    p.sshKnownHostsFile = u"/tmp/kh"_s;
    const Result<SshTarget> t = p.sshTarget(QProcessEnvironment());
    QVERIFY(t.has_value());
    QCOMPARE(t->user, u"ops"_s);
    QCOMPARE(t->host, u"db1"_s);
    QCOMPARE(t->port, quint16(2222));
    QCOMPARE(t->remoteSocketPath, u"/run/docker.sock"_s);
    QCOMPARE(t->knownHostsFile, u"/tmp/kh"_s);
}

void tst_ConnectionProfile::profileForSshUrl()
{
    // `dockscope -H ssh://…`: an unsaved ssh profile named after its URL, default transport.
    const ConnectionProfile p = ConnectionProfile::forSshUrl(u"ssh://ops@db1:2222/run/docker.sock"_s);
    QCOMPARE(p.kind, ConnectionProfile::Kind::Ssh);
    QCOMPARE(p.name, u"ssh://ops@db1:2222/run/docker.sock"_s);
    QVERIFY(p.id.isEmpty());
    QCOMPARE(p.sshTransport, ConnectionProfile::SshTransport::Forward);
    QVERIFY(p.validate().has_value());
    const Result<SshTarget> t = p.sshTarget(QProcessEnvironment());
    QVERIFY(t.has_value());
    QCOMPARE(t->host, u"db1"_s);
    QCOMPARE(t->remoteSocketPath, u"/run/docker.sock"_s);
}

QTEST_GUILESS_MAIN(tst_ConnectionProfile)
#include "tst_connectionprofile.moc"
