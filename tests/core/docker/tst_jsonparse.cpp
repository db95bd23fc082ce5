// SPDX-License-Identifier: GPL-3.0-or-later
// Engine API JSON -> typed structs, on replies captured from dockerd 20.10.24 (API 1.41) in
// tests/data/docker/ (see the README there), plus hand-written rows for what that daemon does
// not send (newer fields, nulls, absent keys).

#include "core/docker/jsonparse.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace dockscope::core;

namespace {

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/docker/") + QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QJsonObject object(const char *name)
{
    const Result<QJsonObject> o = json::parseObject(fixture(name));
    if (!o)
        qFatal("bad fixture %s", name);
    return *o;
}

} // namespace

class tst_JsonParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void info();
    void containerList();
    void inspectRestricted();
    void inspectPrivilegedCreated();
    void inspectHostNamespaces();
    void top();
    void stats();
    void imageAndHistory();
    void networks();
    void events();
    void exec();
    void errors_data();
    void errors();
    void tolerant();
    void time_data();
    void time();
};

void tst_JsonParse::version()
{
    const VersionInfo v = json::versionInfo(object("version.json"));
    QCOMPARE(v.apiVersion, u"1.41"_s);
    QCOMPARE(v.minApiVersion, u"1.12"_s);
    QVERIFY(v.version.startsWith(u"20.10."_s));
    QCOMPARE(v.os, u"linux"_s);
    QVERIFY(!v.experimental); // "Experimental": "false" (a string) inside Components
    QVERIFY(!v.raw.isEmpty());
}

void tst_JsonParse::info()
{
    const DaemonInfo i = json::daemonInfo(object("info.json"));
    QCOMPARE(i.cgroupVersion, u"1"_s); // a string in the API
    QCOMPARE(i.cgroupDriver, u"cgroupfs"_s);
    QCOMPARE(i.driver, u"vfs"_s);
    QVERIFY(i.ncpu > 0);
    QVERIFY(i.memTotal > 0);
    QCOMPARE(i.osType, u"linux"_s);
    QVERIFY(i.hasSecurityOption(u"seccomp"_s));
    QCOMPARE(i.securityOption(u"seccomp"_s)->property(u"profile"_s), u"default"_s);
    QVERIFY(!i.hasSecurityOption(u"userns"_s));
    QCOMPARE(i.insecureRegistryCidrs, QStringList{u"127.0.0.0/8"_s});
    QVERIFY(i.authorizationPlugins.isEmpty()); // null
    QCOMPARE(i.swarmState, u"inactive"_s);
    QVERIFY(!i.liveRestoreEnabled);
    QVERIFY(i.warnings.contains(u"WARNING: IPv4 forwarding is disabled"_s));
    QCOMPARE(i.containers, 3);
    QCOMPARE(i.containersRunning, 1);
}

void tst_JsonParse::containerList()
{
    const Result<QJsonArray> array = json::parseArray(fixture("containers.json"));
    QVERIFY(array.has_value());
    const QList<ContainerSummary> list = json::list<ContainerSummary>(*array, &json::containerSummary);
    QCOMPARE(list.size(), 3);
    QHash<QString, ContainerSummary> byName;
    for (const ContainerSummary &c : list)
        byName.insert(c.name, c);
    QVERIFY(byName.contains(u"fixture-restricted"_s)); // leading '/' stripped
    const ContainerSummary r = byName.value(u"fixture-restricted"_s);
    QCOMPARE(r.state, u"running"_s);
    QCOMPARE(r.image, u"dockscope-test:1"_s);
    QCOMPARE(r.id.size(), 64);
    QVERIFY(r.created > 1700000000);
    QCOMPARE(r.labels.value(u"dockscope.fixture"_s).toString(), u"1"_s);
    QCOMPARE(byName.value(u"fixture-privileged"_s).state, u"created"_s);
    QCOMPARE(byName.value(u"fixture-hostns"_s).networkMode, u"host"_s);
    const QList<MountPoint> mounts = byName.value(u"fixture-hostns"_s).mounts;
    QCOMPARE(mounts.size(), 1);
    QCOMPARE(mounts.first().source, u"/etc"_s);
    QCOMPARE(mounts.first().destination, u"/host-etc"_s);
    QVERIFY(mounts.first().rw);
}

void tst_JsonParse::inspectRestricted()
{
    // docker run --memory 32m --memory-swap 64m --pids-limit 50 --cap-add SYS_ADMIN
    //   --cap-drop NET_RAW --read-only --security-opt no-new-privileges --device /dev/null:/dev/xnull
    const ContainerInspect c = json::containerInspect(object("container_restricted.json"));
    QCOMPARE(c.name, u"fixture-restricted"_s);
    QVERIFY(c.state.running);
    QVERIFY(c.state.pid > 0);
    QVERIFY(c.state.startedAt.isValid());
    QVERIFY(!c.state.finishedAt.isValid()); // 0001-01-01: Go's zero time
    const HostConfig &h = c.hostConfig;
    QCOMPARE(h.memory, 33554432);
    QCOMPARE(h.memorySwap, 67108864);
    QCOMPARE(h.pidsLimit, std::optional<qint64>(50));
    QCOMPARE(h.capAdd, QStringList{u"CAP_SYS_ADMIN"_s});
    QCOMPARE(h.capDrop, QStringList{u"CAP_NET_RAW"_s});
    QVERIFY(h.readonlyRootfs);
    QVERIFY(!h.privileged);
    QCOMPARE(h.securityOpt, QStringList{u"no-new-privileges"_s});
    QCOMPARE(h.devices.size(), 1);
    QCOMPARE(h.devices.first().pathInContainer, u"/dev/xnull"_s);
    QCOMPARE(h.devices.first().cgroupPermissions, u"rwm"_s);
    QVERIFY(h.maskedPaths.has_value() && h.maskedPaths->contains(u"/proc/kcore"_s));
    QVERIFY(h.readonlyPaths.has_value());
    QCOMPARE(h.pidMode, QString());
    QCOMPARE(c.config.image, u"dockscope-test:1"_s);
    QCOMPARE(c.config.cmd, (QStringList{u"sleep"_s, u"600"_s}));
    QCOMPARE(c.networks, QStringList{u"bridge"_s});
    QVERIFY(!c.raw.isEmpty());
}

void tst_JsonParse::inspectPrivilegedCreated()
{
    const ContainerInspect c = json::containerInspect(object("container_privileged.json"));
    QVERIFY(c.hostConfig.privileged);
    QVERIFY(!c.hostConfig.maskedPaths.has_value()); // null for privileged
    QVERIFY(!c.hostConfig.readonlyPaths.has_value());
    QCOMPARE(c.hostConfig.securityOpt, QStringList{u"label=disable"_s}); // added by dockerd
    QCOMPARE(c.state.status, u"created"_s);
    QCOMPARE(c.state.pid, 0);
    QVERIFY(!c.hostConfig.pidsLimit.has_value()); // null = unlimited
}

void tst_JsonParse::inspectHostNamespaces()
{
    const ContainerInspect c = json::containerInspect(object("container_hostns.json"));
    const HostConfig &h = c.hostConfig;
    QCOMPARE(h.pidMode, u"host"_s);
    QCOMPARE(h.ipcMode, u"host"_s);
    QCOMPARE(h.utsMode, u"host"_s);
    QCOMPARE(h.networkMode, u"host"_s);
    QCOMPARE(h.capAdd, QStringList{u"ALL"_s});
    QCOMPARE(h.binds, QStringList{u"/etc:/host-etc"_s});
    QCOMPARE(c.mounts.size(), 1);
    QCOMPARE(c.mounts.first().type, u"bind"_s);
}

void tst_JsonParse::top()
{
    const TopResult t = json::topResult(object("top.json"));
    QCOMPARE(t.titles.first(), u"UID"_s);
    QCOMPARE(t.processes.size(), 1);
    QCOMPARE(t.column(u"CMD"_s), QStringList{u"sleep 600"_s});
    QVERIFY(t.column(u"NOPE"_s).isEmpty());
}

void tst_JsonParse::stats()
{
    const StatsSample s = json::statsSample(object("stats.json"));
    QVERIFY(s.read.isValid());
    QCOMPARE(s.memoryLimit, 33554432);
    QVERIFY(s.memoryUsage > 0);
    QVERIFY(!s.memoryFailcnt.has_value()); // omitted by the daemon when 0
    QCOMPARE(s.pidsLimit, 50);
    QCOMPARE(s.pidsCurrent, 1);
    QCOMPARE(s.onlineCpus, 2);
    QVERIFY(s.cpuTotalUsage > 0);
    QVERIFY(s.systemCpuUsage > 0);
    QCOMPARE(s.preCpuTotalUsage, 0); // one-shot: precpu is zeroed
    QCOMPARE(s.memoryWorkingSet(), s.memoryUsage - s.inactiveFile);
}

void tst_JsonParse::imageAndHistory()
{
    const ImageInspect i = json::imageInspect(object("image.json"));
    QCOMPARE(i.repoTags, QStringList{u"dockscope-test:1"_s});
    QVERIFY(i.id.startsWith(u"sha256:"_s));
    QCOMPARE(i.user, QString());
    QVERIFY(!i.hasHealthcheck);
    QVERIFY(i.created.isValid());
    const Result<QJsonArray> history = json::parseArray(fixture("image_history.json"));
    QVERIFY(history.has_value());
    const auto entries = json::list<ImageHistoryEntry>(*history, &json::imageHistoryEntry);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().size > 1000000);
}

void tst_JsonParse::networks()
{
    const Result<QJsonArray> array = json::parseArray(fixture("networks.json"));
    QVERIFY(array.has_value());
    const auto list = json::list<NetworkSummary>(*array, &json::networkSummary);
    QStringList names;
    for (const NetworkSummary &n : list)
        names.append(n.name);
    names.sort();
    QCOMPARE(names, (QStringList{u"host"_s, u"none"_s}));
}

void tst_JsonParse::events()
{
    const QList<QByteArray> lines = fixture("events.ndjson").split('\n');
    QList<DockerEvent> events;
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const Result<QJsonObject> o = json::parseObject(line);
        QVERIFY(o.has_value());
        events.append(json::dockerEvent(*o));
    }
    QVERIFY(events.size() > 5);
    bool sawCreate = false, sawExecStart = false;
    for (const DockerEvent &e : events) {
        QVERIFY(!e.type.isEmpty());
        QVERIFY(!e.action.isEmpty());
        QVERIFY(e.timeNano > 1700000000LL * 1000000000LL);
        if (e.type == u"container"_s && e.action == u"create"_s) {
            sawCreate = true;
            QCOMPARE(e.actorId.size(), 64);
            QVERIFY(e.attributes.value(u"name"_s).toString().startsWith(u"fixture-"_s));
        }
        if (e.action.startsWith(u"exec_start: "_s))
            sawExecStart = true; // the command follows the colon
    }
    QVERIFY(sawCreate);
    QVERIFY(sawExecStart);
}

void tst_JsonParse::exec()
{
    QCOMPARE(object("exec_create.json").value(u"Id"_s).toString().size(), 64);
    const ExecInspect e = json::execInspect(object("exec_inspect.json"));
    QVERIFY(!e.running);
    QCOMPARE(e.exitCode, 0);
    QCOMPARE(e.entrypoint, u"sh"_s);
    QCOMPARE(e.arguments, (QStringList{u"-c"_s, u"echo out; echo err >&2"_s}));
    QVERIFY(!e.privileged);
    QCOMPARE(e.containerId.size(), 64);
}

void tst_JsonParse::errors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("array");
    QTest::addColumn<bool>("ok");
    QTest::addRow("truncated object") << R"({"Id": "abc)"_ba << false << false;
    QTest::addRow("HTML error page") << "<html>502</html>"_ba << false << false;
    QTest::addRow("array where an object is expected") << "[]"_ba << false << false;
    QTest::addRow("object where an array is expected") << "{}"_ba << true << false;
    QTest::addRow("empty body") << QByteArray() << false << false;
    QTest::addRow("empty array") << "[]"_ba << true << true;
}

void tst_JsonParse::errors()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, array);
    QFETCH(bool, ok);
    if (array) {
        const Result<QJsonArray> r = json::parseArray(body);
        QCOMPARE(r.has_value(), ok);
        if (!ok)
            QCOMPARE(r.error().code, ErrorCode::ParseError);
    } else {
        const Result<QJsonObject> r = json::parseObject(body);
        QCOMPARE(r.has_value(), ok);
        if (!ok)
            QCOMPARE(r.error().code, ErrorCode::ParseError);
    }
    QCOMPARE(json::daemonMessage(fixture("error_notfound.json")), u"No such container: nosuch"_s);
    QCOMPARE(json::daemonMessage("client version 1.11 is too old\n"), u"client version 1.11 is too old"_s);
}

void tst_JsonParse::tolerant()
{
    // A newer daemon's shape: unknown keys, nulls everywhere, numbers as doubles, CgroupVersion
    // as a number, Cmd as a string, PidsLimit -1. Nothing may fail; defaults stay.
    const QJsonObject inspect = QJsonDocument::fromJson(R"({
        "Id": "x", "Name": "/n", "FutureField": {"a": 1},
        "State": null, "Config": {"Cmd": "sleep 1", "Healthcheck": {"Test": ["NONE"]}},
        "HostConfig": {"PidsLimit": -1, "CapAdd": null, "Memory": 1.048576e6, "MaskedPaths": []},
        "Mounts": null, "NetworkSettings": {"Ports": {"80/tcp": null, "443/tcp": [{"HostIp": "0.0.0.0", "HostPort": "8443"}]}}
    })").object();
    const ContainerInspect c = json::containerInspect(inspect);
    QCOMPARE(c.name, u"n"_s);
    QVERIFY(!c.hostConfig.pidsLimit.has_value());
    QVERIFY(c.hostConfig.capAdd.isEmpty());
    QCOMPARE(c.hostConfig.memory, 1048576);
    QVERIFY(c.hostConfig.maskedPaths.has_value() && c.hostConfig.maskedPaths->isEmpty());
    QCOMPARE(c.config.cmd, QStringList{u"sleep 1"_s});
    QVERIFY(!c.config.hasHealthcheck); // ["NONE"] disables the image's check
    QCOMPARE(c.ports.size(), 1);
    QCOMPARE(c.ports.first().hostPort, u"8443"_s);
    QCOMPARE(c.state.status, QString());

    const DaemonInfo i = json::daemonInfo(QJsonDocument::fromJson(R"({"CgroupVersion": 2,
        "SecurityOptions": ["name=seccomp,profile=builtin", "name=cgroupns", "name=rootless"]})").object());
    QCOMPARE(i.cgroupVersion, u"2"_s);
    QVERIFY(i.hasSecurityOption(u"rootless"_s));
    QCOMPARE(i.securityOption(u"seccomp"_s)->property(u"profile"_s), u"builtin"_s);

    // Pre-1.22 events: only status/id/time.
    const DockerEvent e = json::dockerEvent(QJsonDocument::fromJson(
        R"({"status": "die", "id": "abc", "from": "img", "time": 1700000000})").object());
    QCOMPARE(e.action, u"die"_s);
    QCOMPARE(e.actorId, u"abc"_s);
    QCOMPARE(e.timeNano, 1700000000LL * 1000000000LL);

    // cgroup v2 stats: inactive_file instead of total_inactive_file, failcnt present.
    const StatsSample s = json::statsSample(QJsonDocument::fromJson(
        R"({"memory_stats": {"usage": 1000, "failcnt": 3, "stats": {"inactive_file": 400}}})").object());
    QCOMPARE(s.memoryWorkingSet(), 600);
    QCOMPARE(s.memoryFailcnt, std::optional<qint64>(3));
}

void tst_JsonParse::time_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs"); // -1: null
    QTest::addRow("nanoseconds, Z") << u"2026-11-29T19:09:23.079178339Z"_s << qint64(1795979363079);
    QTest::addRow("no fraction") << u"2026-11-29T19:09:23Z"_s << qint64(1795979363000);
    QTest::addRow("offset") << u"2026-11-29T20:09:23.5+01:00"_s << qint64(1795979363500);
    QTest::addRow("Go zero time") << u"0001-01-01T00:00:00Z"_s << qint64(-1);
    QTest::addRow("empty") << QString() << qint64(-1);
}

void tst_JsonParse::time()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    const QDateTime dt = json::parseTime(text);
    if (msecs < 0) {
        QVERIFY(!dt.isValid());
        return;
    }
    QVERIFY(dt.isValid());
    QCOMPARE(dt.toMSecsSinceEpoch(), msecs);
}

QTEST_GUILESS_MAIN(tst_JsonParse)
#include "tst_jsonparse.moc"
