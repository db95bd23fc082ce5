// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces under the checks: daemon command line + daemon.json, audit rules, stat verdicts,
// the JSON document and the CLI text.
#include "core/audit/auditor.h"
#include "core/audit/auditrules.h"
#include "core/audit/audittext.h"
#include "core/audit/daemonconfig.h"
#include "core/audit/filejudge.h"

#include <QJsonArray>
#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dockscope::core::CheckStatus)

class tst_AuditSupport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void daemonConfig_data()
    {
        QTest::addColumn<QStringList>("argv");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("present");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("evidenceKey");
        QTest::addRow("flag with =") << QStringList{u"dockerd"_s, u"--icc=false"_s} << QByteArray() << u"icc"_s << true
                                     << u"false"_s << u"--icc"_s;
        // A bool flag never takes the next argument as its value.
        QTest::addRow("bare bool flag") << QStringList{u"dockerd"_s, u"--live-restore"_s, u"-H"_s, u"fd://"_s} << QByteArray()
                                        << u"live-restore"_s << true << u"true"_s << u"--live-restore"_s;
        QTest::addRow("short -H list") << QStringList{u"dockerd"_s, u"-H"_s, u"unix:///x.sock"_s, u"-H"_s, u"tcp://0.0.0.0:2375"_s}
                                       << QByteArray() << u"hosts"_s << true << u"tcp://0.0.0.0:2375"_s << u"--hosts"_s;
        QTest::addRow("from daemon.json") << QStringList{u"dockerd"_s} << QByteArray("{\"log-level\": \"debug\"}") << u"log-level"_s
                                          << true << u"debug"_s << u"daemon.json: log-level"_s;
        QTest::addRow("absent everywhere") << QStringList{u"dockerd"_s} << QByteArray("{}") << u"icc"_s << false << QString()
                                           << u"command line"_s;
        QTest::addRow("--config-file elsewhere") << QStringList{u"dockerd"_s, u"--config-file"_s, u"/srv/d.json"_s}
                                                 << QByteArray("{\"icc\": false}") << u"icc"_s << true << u"false"_s
                                                 << u"/srv/d.json: icc"_s;
    }
    void daemonConfig()
    {
        QFETCH(QStringList, argv);
        QFETCH(QByteArray, json);
        QFETCH(QString, key);
        QFETCH(bool, present);
        QFETCH(QString, value);
        QFETCH(QString, evidenceKey);
        const DaemonConfig c = DaemonConfig::fromParts(argv, json);
        const DaemonConfig::Setting s = c.setting(key);
        QVERIFY(s.known);
        QCOMPARE(s.present, present);
        if (present)
            QCOMPARE(s.stringValue(), value);
        QVERIFY2(s.evidenceKey.contains(evidenceKey), qPrintable(s.evidenceKey));
    }

    void daemonConfigGoBool_data()
    {
        QTest::addColumn<QString>("arg");
        QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 unknown
        // dockerd parses flags with Go's strconv.ParseBool: these are all the spellings
        for (const char *t : {"1", "t", "T", "TRUE", "true", "True"})
            QTest::addRow("true: %s", t) << (u"--userland-proxy="_s + QLatin1StringView(t)) << 1;
        for (const char *f : {"0", "f", "F", "FALSE", "false", "False"})
            QTest::addRow("false: %s", f) << (u"--userland-proxy="_s + QLatin1StringView(f)) << 0;
        // anything else does not parse: not "false", unknown
        QTest::addRow("yes") << u"--userland-proxy=yes"_s << -1;
        QTest::addRow("tRuE") << u"--userland-proxy=tRuE"_s << -1;
        QTest::addRow("empty") << u"--userland-proxy="_s << -1;
        QTest::addRow("bare flag") << u"--userland-proxy"_s << 1;
    }
    void daemonConfigGoBool()
    {
        QFETCH(QString, arg);
        QFETCH(int, expected);
        const DaemonConfig c = DaemonConfig::fromParts({u"dockerd"_s, arg}, QByteArray("{}"));
        const DaemonConfig::Setting s = c.setting(u"userland-proxy"_s);
        if (expected < 0) {
            QVERIFY(!s.known);
            QCOMPARE(s.why.code, ErrorCode::ParseError);
            return;
        }
        QVERIFY(s.known);
        QVERIFY(s.present);
        // The fallback is the opposite of the expectation: it must not be what decides.
        QCOMPARE(s.boolValue(expected == 0), expected == 1);
    }

    void daemonConfigUnknown()
    {
        // Command line unknown and the key not in the file: the flag may be set, so unknown.
        const DaemonConfig c = DaemonConfig::fromParts({}, QByteArray("{\"icc\": false}"));
        QVERIFY(!c.setting(u"iptables"_s).known);
        QVERIFY(c.setting(u"icc"_s).known);
        const DaemonConfig broken = DaemonConfig::fromParts({u"dockerd"_s}, QByteArray("{not json"));
        QVERIFY(!broken.setting(u"icc"_s).known);
        QCOMPARE(broken.setting(u"icc"_s).why.code, ErrorCode::ParseError);
    }

    void auditRules_data()
    {
        QTest::addColumn<QByteArray>("rules");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("watched");
        QTest::addRow("-w") << QByteArray("-w /usr/bin/dockerd -k docker\n") << u"/usr/bin/dockerd"_s << true;
        QTest::addRow("-F path=") << QByteArray("-a exit,always -F path=/etc/docker -F perm=wa\n") << u"/etc/docker"_s << true;
        QTest::addRow("-F dir=") << QByteArray("-a always,exit -F dir=/var/lib/docker/ -k d\n") << u"/var/lib/docker"_s << true;
        // A commented-out rule watches nothing.
        QTest::addRow("commented") << QByteArray("#-w /etc/docker -k docker\n") << u"/etc/docker"_s << false;
        // A prefix is not the path.
        QTest::addRow("other path") << QByteArray("-w /etc/docker/daemon.json\n") << u"/etc/docker"_s << false;
    }
    void auditRules()
    {
        QFETCH(QByteArray, rules);
        QFETCH(QString, path);
        QFETCH(bool, watched);
        const AuditRules r = AuditRules::fromTexts({{u"/etc/audit/rules.d/x.rules"_s, rules}});
        QCOMPARE(r.ruleFor(path) != nullptr, watched);
    }

    void fileJudges_data()
    {
        QTest::addColumn<quint32>("mode");
        QTest::addColumn<quint32>("uid");
        QTest::addColumn<quint32>("gid");
        QTest::addColumn<quint32>("allowed");
        QTest::addColumn<CheckStatus>("modeVerdict");
        QTest::addColumn<CheckStatus>("ownerVerdict");
        QTest::addRow("0644 root") << 0100644u << 0u << 0u << 0644u << CheckStatus::Pass << CheckStatus::Pass;
        QTest::addRow("0600 stricter") << 0100600u << 0u << 0u << 0644u << CheckStatus::Pass << CheckStatus::Pass;
        QTest::addRow("0664 group write") << 0100664u << 0u << 0u << 0644u << CheckStatus::Fail << CheckStatus::Pass;
        // setuid is outside "644 or more restrictive" too.
        QTest::addRow("4644 setuid") << 0104644u << 0u << 0u << 0644u << CheckStatus::Fail << CheckStatus::Pass;
        QTest::addRow("user owned") << 0100644u << 1000u << 0u << 0644u << CheckStatus::Pass << CheckStatus::Fail;
        QTest::addRow("root:users") << 0100644u << 0u << 100u << 0644u << CheckStatus::Pass << CheckStatus::Fail;
    }
    void fileJudges()
    {
        QFETCH(quint32, mode);
        QFETCH(quint32, uid);
        QFETCH(quint32, gid);
        QFETCH(quint32, allowed);
        QFETCH(CheckStatus, modeVerdict);
        QFETCH(CheckStatus, ownerVerdict);
        FileStat st;
        st.mode = mode;
        st.uid = uid;
        st.gid = gid;
        QCOMPARE(judgeMode(st, allowed), modeVerdict);
        QCOMPARE(judgeOwnership(st), ownerVerdict);
    }

    void socketAndDataRoot_data()
    {
        QTest::addColumn<quint32>("mode");
        QTest::addColumn<quint32>("uid");
        QTest::addColumn<quint32>("gid");
        QTest::addColumn<QStringList>("members");
        QTest::addColumn<CheckStatus>("socket");
        QTest::addColumn<CheckStatus>("dataRoot");
        // (As a data root, group write is a failure.)
        QTest::addRow("660 root:docker, empty group") << 0140660u << 0u << 999u << QStringList{} << CheckStatus::Pass << CheckStatus::Fail;
        QTest::addRow("660 root:docker, alice") << 0140660u << 0u << 999u << QStringList{u"alice"_s} << CheckStatus::Warn
                                                << CheckStatus::Fail;
        // root in the group changes nothing: root is root anyway.
        QTest::addRow("660 root:docker, root only") << 0140660u << 0u << 999u << QStringList{u"root"_s} << CheckStatus::Pass
                                                    << CheckStatus::Fail;
        QTest::addRow("666") << 0140666u << 0u << 999u << QStringList{} << CheckStatus::Fail << CheckStatus::Fail;
        // Group may read but not connect (connect needs w): members are no risk.
        QTest::addRow("640 with members") << 0140640u << 0u << 999u << QStringList{u"alice"_s} << CheckStatus::Pass
                                          << CheckStatus::Warn;
        QTest::addRow("710 dir") << 0040710u << 0u << 0u << QStringList{} << CheckStatus::Pass << CheckStatus::Pass;
        QTest::addRow("711 dir") << 0040711u << 0u << 0u << QStringList{} << CheckStatus::Pass << CheckStatus::Pass;
        QTest::addRow("owned by a user") << 0040700u << 1000u << 0u << QStringList{} << CheckStatus::Fail << CheckStatus::Fail;
    }
    void socketAndDataRoot()
    {
        QFETCH(quint32, mode);
        QFETCH(quint32, uid);
        QFETCH(quint32, gid);
        QFETCH(QStringList, members);
        QFETCH(CheckStatus, socket);
        QFETCH(CheckStatus, dataRoot);
        FileStat st;
        st.mode = mode;
        st.uid = uid;
        st.gid = gid;
        QCOMPARE(judgeSocketAccess(st, members), socket);
        QCOMPARE(judgeDataRoot(st), dataRoot);
    }

    void jsonAndText()
    {
        AuditReport report;
        report.endpoint.kind = Endpoint::Kind::Unix;
        report.endpoint.socketPath = u"/run/docker.sock"_s;
        report.version.version = u"20.10.24"_s;
        report.version.apiVersion = u"1.41"_s;
        CheckResult a;
        a.id = u"5.5"_s;
        a.section = u"5"_s;
        a.title = "Ensure that privileged containers are not used";
        a.scope = CheckScope::Container;
        a.containerName = u"web"_s;
        a.status = CheckStatus::Fail;
        a.severity = Severity::Critical;
        a.evidence = {Evidence{u"HostConfig.Privileged"_s, u"true"_s}};
        a.remedyCode = u"docker run … (without --privileged)"_s;
        a.source = EvidenceSource::Api;
        CheckResult b;
        b.id = u"1.1.1"_s;
        b.section = u"1"_s;
        b.title = "Ensure a separate partition for containers has been created";
        b.status = CheckStatus::Unknown;
        b.unknownReason = Error{ErrorCode::Unavailable, u"remote"_s};
        report.results = {b, a};
        report.summary = summarize(report.results);
        QCOMPARE(report.summary.fail, 1);
        QCOMPARE(report.summary.unknown, 1);

        const QJsonObject o = auditReportToJson(report);
        QCOMPARE(o.value(u"schema"_s).toString(), u"dockscope-audit/1"_s);
        QCOMPARE(o.value(u"endpoint"_s).toString(), u"unix:///run/docker.sock"_s);
        QCOMPARE(o.value(u"daemon"_s).toObject().value(u"apiVersion"_s).toString(), u"1.41"_s);
        const QJsonArray results = o.value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject r = results.at(1).toObject();
        QCOMPARE(r.value(u"status"_s).toString(), u"fail"_s);
        QCOMPARE(r.value(u"container"_s).toString(), u"web"_s);
        QCOMPARE(r.value(u"scope"_s).toString(), u"container"_s);
        QCOMPARE(r.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(r.value(u"source"_s).toString(), u"api"_s);
        QCOMPARE(r.value(u"evidence"_s).toArray().at(0).toObject().value(u"key"_s).toString(), u"HostConfig.Privileged"_s);
        QCOMPARE(results.at(0).toObject().value(u"unknownReason"_s).toObject().value(u"code"_s).toString(), u"unavailable"_s);
        QCOMPARE(o.value(u"summary"_s).toObject().value(u"fail"_s).toInt(), 1);

        int translated = 0;
        const QString plain = formatAuditText(report, false, [&](const char *s) -> QString {
            ++translated;
            return u"«"_s + QString::fromUtf8(s) + u"»"_s;
        });
        QVERIFY(translated > 0);
        QVERIFY(!plain.contains(QChar(0x1b)));
        QVERIFY(plain.indexOf(u"[1] «Host configuration»"_s) >= 0);
        QVERIFY(plain.indexOf(u"[1]"_s) < plain.indexOf(u"[5]"_s));   // grouped by section, in order
        QVERIFY(plain.contains(u"[FAIL]"_s));
        QVERIFY(plain.contains(u"«Ensure that privileged containers are not used» — web"_s));
        QVERIFY(plain.contains(u"HostConfig.Privileged: true"_s));
        const QString coloured = formatAuditText(report, true);
        QVERIFY(coloured.contains(u"\x1b[31;1m"_s));
    }
};

QTEST_GUILESS_MAIN(tst_AuditSupport)
#include "tst_auditsupport.moc"
