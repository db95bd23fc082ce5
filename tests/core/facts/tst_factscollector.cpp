// SPDX-License-Identifier: GPL-3.0-or-later
// collectHostFacts / collectContainerFacts / containerFactsToJson / sampleMemory on fixture
// trees (tests/data/proc/<scenario>) that follow the kernel's formats.

#include "procfixtures.h"
#include "core/facts/capabilities.h"
#include "core/facts/factscollector.h"
#include "core/facts/hostfs.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

/// A fixture tree with injected faults: errno-like errors for path prefixes (what root cannot
/// produce with chmod) and replaced file contents.
class FaultyHostFs final : public HostFs
{
public:
    explicit FaultyHostFs(const QString &root) : m_fs(root) {}
    void fail(const QString &prefix, ErrorCode code) { m_faults.append({prefix, code}); }
    void replace(const QString &path, const QByteArray &content) { m_contents.insert(path, content); }

    Result<QByteArray> readFile(const QString &path) const override
    {
        if (auto e = fault(path))
            return *e;
        if (m_contents.contains(path))
            return m_contents.value(path);
        return m_fs.readFile(path);
    }
    Result<QString> readLink(const QString &path) const override
    {
        if (auto e = fault(path))
            return *e;
        return m_fs.readLink(path);
    }
    Result<FileStat> stat(const QString &path) const override
    {
        if (auto e = fault(path))
            return *e;
        return m_fs.stat(path);
    }
    Result<QStringList> listDir(const QString &path) const override
    {
        if (auto e = fault(path))
            return *e;
        return m_fs.listDir(path);
    }
    bool isLocal() const override { return false; }
    QString describe() const override { return m_fs.describe(); }

private:
    std::optional<Error> fault(const QString &path) const
    {
        for (const auto &[prefix, code] : m_faults) {
            if (path == prefix || path.startsWith(prefix + u'/'))
                return Error{code, path + u": injected"_s};
        }
        return std::nullopt;
    }
    LocalHostFs m_fs;
    QList<std::pair<QString, ErrorCode>> m_faults;
    QMap<QString, QByteArray> m_contents;
};

/// Records prefetch() batches and every read, to check that a refresh announces what it reads.
/// Coverage follows what a batching remote HostFs (SshHostFs) can serve from one batch: the
/// prefetched path itself, or a direct non-directory entry of a prefetched directory (its
/// listing also proves an absent entry absent); sub-directories are not fetched with a parent.
class RecordingHostFs final : public HostFs
{
public:
    explicit RecordingHostFs(const QString &root) : m_fs(root) {}

    Result<QByteArray> readFile(const QString &path) const override
    {
        record(path);
        return m_fs.readFile(path);
    }
    Result<QString> readLink(const QString &path) const override
    {
        record(path);
        return m_fs.readLink(path);
    }
    Result<FileStat> stat(const QString &path) const override
    {
        record(path);
        return m_fs.stat(path);
    }
    Result<QStringList> listDir(const QString &path) const override
    {
        record(path);
        return m_fs.listDir(path);
    }
    void prefetch(const QStringList &paths) const override { m_batches.append(paths); }
    bool isLocal() const override { return false; }
    QString describe() const override { return m_fs.describe(); }

    qsizetype batchCount() const { return m_batches.size(); }
    /// Paths read that no earlier batch covered.
    QStringList uncovered() const
    {
        QStringList out;
        for (const auto &[path, batchesBefore] : m_reads) {
            if (!covered(path, batchesBefore) && !out.contains(path))
                out.append(path);
        }
        return out;
    }
    void clear()
    {
        m_batches.clear();
        m_reads.clear();
    }

private:
    void record(const QString &path) const { m_reads.append({path, m_batches.size()}); }
    bool covered(const QString &path, qsizetype batchesBefore) const
    {
        const QString parent = path.section(u'/', 0, -2);
        for (qsizetype i = 0; i < batchesBefore; ++i) {
            if (m_batches.at(i).contains(path))
                return true;
            if (m_batches.at(i).contains(parent)) {
                const Result<FileStat> st = m_fs.stat(path);
                if (!st || !st->isDir())
                    return true;
            }
        }
        return false;
    }
    LocalHostFs m_fs;
    mutable QList<QStringList> m_batches;
    mutable QList<std::pair<QString, qsizetype>> m_reads;
};

/// inspectFor() with the name, status and modes the collector reports.
ContainerInspect fixtureInspect(const QString &id)
{
    ContainerInspect i;
    i.id = id;
    i.name = u"fixture"_s;
    i.state.running = true;
    i.state.pid = s_pid;
    i.state.status = u"running"_s;
    i.hostConfig.networkMode = u"default"_s;
    i.hostConfig.ipcMode = u"private"_s;
    return i;
}

/// The v1 fixture's container: --cap-add SYS_ADMIN --memory 32m --pids-limit 100 and the
/// socket mounted twice, once under its own name and once under another (a symlink to it).
ContainerInspect v1Inspect()
{
    ContainerInspect i = fixtureInspect(s_idV1);
    i.hostConfig.capAdd = {u"CAP_SYS_ADMIN"_s};
    i.hostConfig.memory = 33554432;
    i.hostConfig.pidsLimit = 100;
    i.mounts = {MountPoint{u"bind"_s, {}, u"/run/docker.sock"_s, u"/var/run/docker.sock"_s, u"ro"_s, u"rprivate"_s, false},
                MountPoint{u"bind"_s, {}, u"/srv/api.sock"_s, u"/api.sock"_s, {}, u"rprivate"_s, true},
                MountPoint{u"bind"_s, {}, u"/etc"_s, u"/host-etc"_s, u"ro"_s, u"rprivate"_s, false},
                MountPoint{u"volume"_s, u"data"_s, u"/var/lib/docker/volumes/data/_data"_s, u"/data"_s, {}, {}, true}};
    return i;
}

/// daemonContext() with the data root named, as /info gives it.
CollectContext daemonContext()
{
    CollectContext c = dockscope::test::context();
    c.dockerRootDir = u"/var/lib/docker"_s;
    return c;
}

const NamespaceFact *ns(const ContainerFacts &f, const QString &type)
{
    for (const NamespaceFact &n : f.namespaces.namespaces) {
        if (n.type == type)
            return &n;
    }
    return nullptr;
}

} // namespace

class tst_FactsCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostFacts_data();
    void hostFacts();
    void rootlessDaemonFoundBySocket();
    void memoryCgroup_data();
    void memoryCgroup();
    void v1Container();
    void v2SystemdContainer();
    void hybridUsesUnifiedDir();
    void truncatedStatus();
    void notOnThisHost();
    void childCgroupIsTheContainers();
    void provenByShimWithoutCgroup();
    void notProvenByAnotherShim();
    void v2ControllerNotDelegated();
    void noHostAccess();
    void unprivileged();
    void lsmEinvalIsNone();
    void disagreement();
    void userNamespaceRemap();
    void json();
    void sampleMemory_data();
    void sampleMemory();
    void readsArePrefetched_data();
    void readsArePrefetched();
};

void tst_FactsCollector::hostFacts_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<CgroupVersion>("version");
    QTest::addColumn<HostReference>("reference");
    QTest::addColumn<qint64>("referencePid");
    QTest::addColumn<qint64>("daemonPid");  // -1: none
    // /proc/1/ns unreadable (as on this host): the daemon serving the socket in use, NOT the
    // other dockerd (pid 900, -H /srv/other/docker.sock) that the fixture also runs
    QTest::addRow("v1 cgroupfs") << u"v1-cgroupfs"_s << CgroupVersion::V1 << HostReference::DaemonProcess
                                 << qint64(1000) << qint64(1000);
    QTest::addRow("hybrid") << u"hybrid-cgroupfs"_s << CgroupVersion::Hybrid << HostReference::DaemonProcess
                            << qint64(1000) << qint64(1000);
    // systemd as PID 1 is readable. Two dockerds: 700 without -H (so on the default socket, which
    // /run/docker.sock is) and a rootless one (701, --host=unix:///run/user/1000/docker.sock)
    QTest::addRow("v2 systemd") << u"v2-systemd"_s << CgroupVersion::V2 << HostReference::Pid1 << qint64(1)
                                << qint64(700);
}

void tst_FactsCollector::hostFacts()
{
    QFETCH(QString, scenario);
    QFETCH(CgroupVersion, version);
    QFETCH(HostReference, reference);
    QFETCH(qint64, referencePid);
    QFETCH(qint64, daemonPid);
    const LocalHostFs fs(scenarioRoot(scenario));
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    QVERIFY(h.hostAccess);
    QCOMPARE(h.cgroupVersion, version);
    QCOMPARE(h.capLastCap, 40);
    QCOMPARE(h.nsReference, reference);
    QCOMPARE(h.nsReferencePid, referencePid);
    QCOMPARE(h.daemonPid.value_or(-1), daemonPid);
    QCOMPARE(h.hostNamespaces.value(u"net"_s), quint64(4026531840));
    QVERIFY(h.meminfo.isKnown());
    QCOMPARE(h.meminfo.value->value(u"MemTotal"_s), qint64(24684092) * 1024);
}

void tst_FactsCollector::rootlessDaemonFoundBySocket()
{
    const LocalHostFs fs(scenarioRoot(u"v2-systemd"_s));
    CollectContext ctx = daemonContext();
    ctx.socketPath = u"/run/user/1000/docker.sock"_s;
    ctx.rootless = true;
    const HostFacts h = collectHostFacts(&fs, ctx);
    QCOMPARE(h.daemonPid.value_or(-1), 701);
}

void tst_FactsCollector::memoryCgroup_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("limitHits");
    QTest::addColumn<qint64>("oomKills");
    QTest::addColumn<qint64>("pidsLimit");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("path");
    QTest::addRow("v1 cgroupfs: memory.limit_in_bytes, failcnt, oom_control")
        << u"v1-cgroupfs"_s << s_idV1 << qint64(33554432) << qint64(3) << qint64(1) << qint64(100)
        << u"cgroupfs"_s << u"/docker/"_s + s_idV1;
    // the brief's Debian 13 guest: --memory 48m --pids-limit 77, systemd driver
    QTest::addRow("v2 systemd: memory.max, memory.events max/oom_kill")
        << u"v2-systemd"_s << s_idV2 << qint64(50331648) << qint64(12) << qint64(1) << qint64(77)
        << u"systemd"_s << u"/system.slice/docker-"_s + s_idV2 + u".scope"_s;
}

void tst_FactsCollector::memoryCgroup()
{
    QFETCH(QString, scenario);
    QFETCH(QString, id);
    QFETCH(qint64, limit);
    QFETCH(qint64, limitHits);
    QFETCH(qint64, oomKills);
    QFETCH(qint64, pidsLimit);
    QFETCH(QString, driver);
    QFETCH(QString, path);
    const LocalHostFs fs(scenarioRoot(scenario));
    const CollectContext ctx = daemonContext();   // no /info driver: taken from the path's shape
    const HostFacts h = collectHostFacts(&fs, ctx);
    const ContainerFacts f = collectContainerFacts(fixtureInspect(id), &fs, h, ctx);
    QVERIFY(f.pidVerified.isKnown() && *f.pidVerified.value);
    QCOMPARE(f.cgroup.driver, driver);
    QCOMPARE(f.cgroup.path.value.value_or(QString()), path);
    QVERIFY(f.cgroup.memory.limit.isKnown());
    QCOMPARE(f.cgroup.memory.limit.value->value_or(-1), limit);
    QCOMPARE(f.cgroup.memory.limitHits.value.value_or(-1), limitHits);
    QCOMPARE(f.cgroup.memory.oomKills.value.value_or(-1), oomKills);
    QVERIFY(f.cgroup.memory.usage.isKnown());
    QVERIFY(f.cgroup.memory.peak.isKnown());
    QVERIFY(f.cgroup.memory.stat.isKnown());
    QVERIFY(f.cgroup.pids.limit.isKnown());
    QCOMPARE(f.cgroup.pids.limit.value->value_or(-1), pidsLimit);
    QCOMPARE(f.cgroup.pids.current.value.value_or(-1), 1);
    // no CPU quota in either: "no limit", known
    QVERIFY(f.cgroup.cpu.quota.isKnown());
    QVERIFY(!f.cgroup.cpu.quota.value->has_value());
    QCOMPARE(f.cgroup.cpu.period.value.value_or(-1), 100000);
    QCOMPARE(f.meminfo.limit.value.value_or(Limit()).value_or(-1), limit);
    QCOMPARE(f.meminfo.seesHostMemory, std::optional<bool>(true));
}

void tst_FactsCollector::v1Container()
{
    const LocalHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    const CollectContext ctx = daemonContext();
    const HostFacts h = collectHostFacts(&fs, ctx);
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, ctx);

    QCOMPARE(f.namespaces.reference, HostReference::DaemonProcess);
    QCOMPARE(f.namespaces.namespaces.size(), 10);
    QCOMPARE(ns(f, u"net"_s)->shared, std::optional<bool>(false));
    QCOMPARE(ns(f, u"pid_for_children"_s)->shared, std::optional<bool>(false));
    QCOMPARE(ns(f, u"user"_s)->shared, std::optional<bool>(true));
    QCOMPARE(ns(f, u"time"_s)->shared, std::optional<bool>(true));
    QVERIFY(!ns(f, u"time"_s)->declaredShared.has_value());  // nothing declares time
    // v1 default cgroupns is host: declared and enforced agree
    QCOMPARE(ns(f, u"cgroup"_s)->shared, std::optional<bool>(true));
    QCOMPARE(ns(f, u"cgroup"_s)->declaredShared, std::optional<bool>(true));
    for (const NamespaceFact &n : f.namespaces.namespaces)
        QVERIFY2(!n.disagrees, qPrintable(n.type));
    QCOMPARE(f.namespaces.rootMapsTo, std::optional<qint64>(0));

    const CapabilityFacts &c = f.capabilities;
    QVERIFY(c.sets.isKnown());
    QCOMPARE(c.sets.value->bounding, quint64(0xa82425fb));
    QCOMPARE(c.addedToDefault, QStringList{u"CAP_SYS_ADMIN"_s});
    QVERIFY(c.droppedFromDefault.isEmpty());
    QCOMPARE(c.expectedBounding, c.sets.value->bounding);
    QCOMPARE(c.seccompMode.value.value_or(-1), 2);
    QCOMPARE(c.noNewPrivs.value, std::optional<bool>(false));

    QCOMPARE(f.cgroup.version, CgroupVersion::V1);
    QCOMPARE(f.cgroup.memory.softLimit.isKnown(), true);
    QVERIFY(!f.cgroup.memory.softLimit.value->has_value());    // 9223372036854771712 = none
    QCOMPARE(f.cgroup.memory.swapLimit.value.value_or(Limit()).value_or(-1), 67108864);
    QCOMPARE(f.cgroup.cpu.shares.value.value_or(-1), 1024);
    QCOMPARE(f.cgroup.cpu.cpusetCpus.value.value_or(QString()), u"0-1"_s);
    QCOMPARE(f.cgroup.blkio.throttles.value.value_or(QStringList()),
             QStringList{u"read_bps_device 254:0 1048576"_s});
    QVERIFY(!f.cgroup.memory.high.isKnown());                    // v2 only
    QCOMPARE(f.cgroup.memory.high.why.code, ErrorCode::Unavailable);

    QCOMPARE(f.mounts.size(), 4);
    QVERIFY(f.mounts[0].isDockerSocket);
    QCOMPARE(f.mounts[0].socketMatch, Provenance::Proc);
    QCOMPARE(f.mounts[0].sensitive, SensitivePath::DockerSocket);
    QVERIFY(f.mounts[0].readOnly);                      // read-only, still flagged
    QCOMPARE(f.mounts[0].source, Provenance::Proc);      // from mountinfo
    // another name for the same socket: recognised by device and inode
    QVERIFY(f.mounts[1].isDockerSocket);
    QCOMPARE(f.mounts[1].sensitive, SensitivePath::DockerSocket);
    QCOMPARE(f.mounts[2].sensitive, SensitivePath::Etc);
    QVERIFY(!f.mounts[2].isDockerSocket);
    QCOMPARE(f.mounts[3].sensitive, SensitivePath::None);   // a named volume is not a host path

    QCOMPARE(f.identity.uid.value.value_or(-1), 0);
    QCOMPARE(f.identity.containerUid.value.value_or(-1), 0);
}

void tst_FactsCollector::v2SystemdContainer()
{
    const LocalHostFs fs(scenarioRoot(u"v2-systemd"_s));
    CollectContext ctx = daemonContext();
    ctx.cgroupDriver = u"systemd"_s;
    ctx.cgroupVersion = u"2"_s;
    const HostFacts h = collectHostFacts(&fs, ctx);
    ContainerInspect i = fixtureInspect(s_idV2);
    i.hostConfig.securityOpt = {u"no-new-privileges"_s};
    i.appArmorProfile = u"docker-default"_s;
    const ContainerFacts f = collectContainerFacts(i, &fs, h, ctx);
    QCOMPARE(f.cgroup.version, CgroupVersion::V2);
    QCOMPARE(f.cgroup.controllerDirs.value(QString()),
             u"/sys/fs/cgroup/system.slice/docker-"_s + s_idV2 + u".scope"_s);
    QCOMPARE(f.cgroup.memory.oomEvents.value.value_or(-1), 2);
    QVERIFY(f.cgroup.memory.high.isKnown());
    QVERIFY(!f.cgroup.memory.high.value->has_value());     // "max"
    QVERIFY(!f.cgroup.memory.swapLimit.value->has_value());
    QCOMPARE(f.cgroup.memory.peak.value.value_or(-1), 5242880);
    QVERIFY(!f.cgroup.memory.softLimit.isKnown());         // v1 only
    QCOMPARE(f.cgroup.cpu.weight.value.value_or(-1), 100);
    QCOMPARE(f.cgroup.blkio.weight.value.value_or(-1), 100);
    QCOMPARE(f.cgroup.blkio.throttles.value.value_or(QStringList()).size(), 1);
    // v2 default is a private cgroup namespace, and the fixture's is private
    QCOMPARE(ns(f, u"cgroup"_s)->shared, std::optional<bool>(false));
    QCOMPARE(ns(f, u"cgroup"_s)->declaredShared, std::optional<bool>(false));
    QVERIFY(!ns(f, u"cgroup"_s)->disagrees);
    QCOMPARE(f.namespaces.reference, HostReference::Pid1);
    QCOMPARE(f.capabilities.lsmLabel.value.value_or(QString()), u"docker-default (enforce)"_s);
    QCOMPARE(f.capabilities.noNewPrivs.value, std::optional<bool>(true));
    QVERIFY(f.capabilities.addedToDefault.isEmpty());
}

void tst_FactsCollector::hybridUsesUnifiedDir()
{
    const LocalHostFs fs(scenarioRoot(u"hybrid-cgroupfs"_s));
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    const ContainerFacts f = collectContainerFacts(fixtureInspect(s_idV1), &fs, h, daemonContext());
    QCOMPARE(f.cgroup.version, CgroupVersion::Hybrid);
    // memory stays on v1; the 0:: line lives under /sys/fs/cgroup/unified
    QCOMPARE(f.cgroup.controllerDirs.value(u"memory"_s), u"/sys/fs/cgroup/memory/docker/"_s + s_idV1);
    QCOMPARE(f.cgroup.controllerDirs.value(QString()), u"/sys/fs/cgroup/unified/docker/"_s + s_idV1);
    QCOMPARE(f.cgroup.controllerDirs.value(u"name=systemd"_s), u"/sys/fs/cgroup/systemd/docker/"_s + s_idV1);
    QCOMPARE(f.cgroup.memory.limit.value.value_or(Limit()).value_or(-1), 33554432);
}

void tst_FactsCollector::truncatedStatus()
{
    const LocalHostFs fs(scenarioRoot(u"truncated-status"_s));
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, daemonContext());
    QVERIFY(!f.capabilities.sets.isKnown());
    QCOMPARE(f.capabilities.sets.why.code, ErrorCode::ParseError);
    // the detail names the file and the first broken line
    QCOMPARE(f.capabilities.sets.why.detail, u"/proc/4242/status: CapEff: bad hex \"00000000a8\""_s);
    QVERIFY(!f.capabilities.seccompMode.isKnown());
    // what came before the cut is still there
    QCOMPARE(f.identity.uid.value.value_or(-1), 0);
    // the rest of the facts does not suffer
    QVERIFY(f.cgroup.memory.limit.isKnown());
    QVERIFY(ns(f, u"net"_s)->inode.isKnown());
    // the declaration still says what was asked for
    QCOMPARE(f.capabilities.declaredAdd, QStringList{u"CAP_SYS_ADMIN"_s});
}

void tst_FactsCollector::notOnThisHost()
{
    const LocalHostFs fs(scenarioRoot(u"other-host"_s));
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, daemonContext());
    QCOMPARE(f.pidVerified.value, std::optional<bool>(false));
    // the pid's files exist and are readable, but they are another process's: never shown
    QVERIFY(!f.capabilities.sets.isKnown());
    QCOMPARE(f.capabilities.sets.why.code, ErrorCode::NotOnThisHost);
    QVERIFY(!f.cgroup.memory.limit.isKnown());
    QCOMPARE(f.cgroup.memory.limit.why.code, ErrorCode::NotOnThisHost);
    QCOMPARE(f.cgroup.path.why.code, ErrorCode::NotOnThisHost);
    QVERIFY(!f.meminfo.container.isKnown());
    QVERIFY(!f.meminfo.host.isKnown());
    for (const NamespaceFact &n : f.namespaces.namespaces) {
        QCOMPARE(n.inode.why.code, ErrorCode::NotOnThisHost);
        QVERIFY(!n.shared.has_value());
    }
    QCOMPARE(f.identity.uid.why.code, ErrorCode::NotOnThisHost);
    QCOMPARE(f.capabilities.lsmLabel.why.code, ErrorCode::NotOnThisHost);
    QCOMPARE(f.capabilities.declaredAdd, QStringList{u"CAP_SYS_ADMIN"_s});
    QVERIFY(f.mounts[0].isDockerSocket);             // by path only
    QCOMPARE(f.mounts[0].socketMatch, Provenance::Api);
}

/// systemd or Docker-in-Docker moved PID 1 into a child cgroup (…/<id>/init.scope): the
/// container's limits are those of its own cgroup, not of the child.
void tst_FactsCollector::childCgroupIsTheContainers()
{
    FaultyHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    QByteArray cgroup;
    for (const char *line : {"9:name=systemd", "8:pids", "7:blkio", "4:memory", "3:cpuset", "1:cpu"})
        cgroup += QByteArray(line) + ":/docker/" + s_idV1.toLatin1() + "/init.scope\n";
    fs.replace(u"/proc/4242/cgroup"_s, cgroup);
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, daemonContext());
    QCOMPARE(f.pidVerified.value, std::optional<bool>(true));
    QCOMPARE(f.pidProof, PidProof::Cgroup);
    QCOMPARE(f.cgroup.path.value, std::optional<QString>(u"/docker/"_s + s_idV1));
    QCOMPARE(f.cgroup.memory.limit.value, std::optional<Limit>(Limit(33554432)));
}

/// cgroup driver "none" (rootless Docker on cgroup v1): the process sits in its owner's
/// session cgroup, and its parent is the container's shim. Verified, host facts read, but no
/// limit is enforced and the session's cgroup is never shown as the container's.
void tst_FactsCollector::provenByShimWithoutCgroup()
{
    FaultyHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    fs.replace(u"/proc/4242/cgroup"_s, "4:memory:/user.slice/user-1000.slice/session-2.scope\n"
                                       "1:cpu:/user.slice\n0::/user.slice/user-1000.slice/session-2.scope\n");
    // comm with a space and a parenthesis: the fields start after the last ')'
    fs.replace(u"/proc/4242/stat"_s, "4242 (sle) ep) S 4200 4242 4242 0 -1 4194560 100 0 0 0\n");
    fs.replace(u"/proc/4200/cmdline"_s, QByteArrayLiteral("/usr/bin/containerd-shim-runc-v2\0-namespace\0moby\0-id\0")
                                            + s_idV1.toLatin1()
                                            + QByteArrayLiteral("\0-address\0/run/user/1000/docker/containerd/containerd.sock\0"));
    CollectContext ctx = daemonContext();
    ctx.cgroupDriver = u"none"_s;
    ctx.rootless = true;
    const HostFacts h = collectHostFacts(&fs, ctx);
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, ctx);
    QCOMPARE(f.pidVerified.value, std::optional<bool>(true));
    QCOMPARE(f.pidProof, PidProof::Shim);
    QCOMPARE(f.shimPid, qint64(4200));
    QVERIFY(f.capabilities.sets.isKnown());                 // host facts are read
    QVERIFY(!f.namespaces.namespaces.isEmpty() && f.namespaces.namespaces.first().inode.isKnown());
    QVERIFY(!f.cgroup.path.isKnown());                      // never the session's cgroup
    QCOMPARE(f.cgroup.path.why.code, ErrorCode::NotEnforced);
    QCOMPARE(f.cgroup.memory.limit.why.code, ErrorCode::NotEnforced);
    QVERIFY(f.cgroup.memory.limit.why.detail.contains(u"cgroup driver none"_s));
    QCOMPARE(f.cgroup.pids.limit.why.code, ErrorCode::NotEnforced);
    QCOMPARE(containerFactsToJson(f).value(u"pidCheck"_s).toObject().value(u"proof"_s).toString(), u"shim"_s);
}

/// A shim of another container, or a process that only calls itself a shim, proves nothing.
void tst_FactsCollector::notProvenByAnotherShim()
{
    FaultyHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    fs.replace(u"/proc/4242/cgroup"_s, "4:memory:/user.slice\n");
    fs.replace(u"/proc/4242/stat"_s, "4242 (sleep) S 4200 4242 4242 0 -1 4194560 100 0 0 0\n");
    fs.replace(u"/proc/4200/cmdline"_s, QByteArrayLiteral("/usr/bin/containerd-shim-runc-v2\0-namespace\0moby\0-id\0"
                                                          "0000000000000000000000000000000000000000000000000000000000000000\0"));
    CollectContext ctx = daemonContext();
    ctx.cgroupDriver = u"none"_s;
    const HostFacts h = collectHostFacts(&fs, ctx);
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, ctx);
    QCOMPARE(f.pidVerified.value, std::optional<bool>(false));
    QCOMPARE(f.capabilities.sets.why.code, ErrorCode::NotOnThisHost);
}

/// cgroup v2 without delegation of memory and pids (rootless under a user session): the
/// container's own cgroup lists only what its parent enables.
void tst_FactsCollector::v2ControllerNotDelegated()
{
    FaultyHostFs fs(scenarioRoot(u"v2-systemd"_s));
    const QString dir = u"/sys/fs/cgroup/system.slice/docker-"_s + s_idV2 + u".scope"_s;
    fs.replace(dir + u"/cgroup.controllers"_s, "cpuset cpu io\n");
    CollectContext ctx = daemonContext();
    ctx.cgroupDriver = u"systemd"_s;
    ctx.cgroupVersion = u"2"_s;
    const HostFacts h = collectHostFacts(&fs, ctx);
    const ContainerFacts f = collectContainerFacts(fixtureInspect(s_idV2), &fs, h, ctx);
    QCOMPARE(f.pidVerified.value, std::optional<bool>(true));
    QCOMPARE(f.cgroup.memory.limit.why.code, ErrorCode::NotEnforced);
    QVERIFY(f.cgroup.memory.limit.why.detail.contains(u"memory"_s));
    QCOMPARE(f.cgroup.pids.limit.why.code, ErrorCode::NotEnforced);
    QVERIFY(f.cgroup.cpu.weight.isKnown());                 // cpu is delegated
}

void tst_FactsCollector::noHostAccess()
{
    CollectContext ctx = daemonContext();
    ctx.cgroupVersion = u"1"_s;
    const HostFacts h = collectHostFacts(nullptr, ctx);
    QVERIFY(!h.hostAccess);
    QCOMPARE(h.noAccessReason.code, ErrorCode::Unavailable);
    const ContainerFacts f = collectContainerFacts(v1Inspect(), nullptr, h, ctx);
    QCOMPARE(f.pidVerified.why.code, ErrorCode::Unavailable);
    QCOMPARE(f.pidVerified.why.detail, u"no host access"_s);
    QCOMPARE(f.capabilities.sets.why.code, ErrorCode::Unavailable);
    QCOMPARE(f.cgroup.memory.usage.why.code, ErrorCode::Unavailable);
    QCOMPARE(f.meminfo.host.why.code, ErrorCode::Unavailable);
    QCOMPARE(f.namespaces.namespaces.size(), 10);
    // declared values are still all there
    QCOMPARE(f.capabilities.expectedBounding, Capabilities::dockerDefault | (1ULL << 21));
    QCOMPARE(ns(f, u"net"_s)->declaredMode, u"default"_s);
    QCOMPARE(ns(f, u"net"_s)->declaredShared, std::optional<bool>(false));
    QCOMPARE(f.mounts.size(), 4);
    QCOMPARE(f.identity.declaredUser, QString());
}

void tst_FactsCollector::unprivileged()
{
    // as an ordinary user: another user's /proc/<pid>/ns and /proc/<pid>/root are refused
    FaultyHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    fs.fail(u"/proc/4242/ns"_s, ErrorCode::PermissionDenied);
    fs.fail(u"/proc/4242/root"_s, ErrorCode::PermissionDenied);
    fs.fail(u"/proc/1000/ns"_s, ErrorCode::PermissionDenied);
    fs.fail(u"/proc/900/ns"_s, ErrorCode::PermissionDenied);
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    QCOMPARE(h.nsReference, HostReference::Self);
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, daemonContext());
    QVERIFY(!f.namespaces.namespaces.isEmpty());
    for (const NamespaceFact &n : f.namespaces.namespaces) {
        QCOMPARE(n.inode.why.code, ErrorCode::NeedsRoot);
        QVERIFY2(n.inode.why.detail.startsWith(u"/proc/4242/ns/"_s + n.type), qPrintable(n.inode.why.detail));
        QVERIFY(!n.shared.has_value());
    }
    QCOMPARE(f.meminfo.container.why.code, ErrorCode::NeedsRoot);
    QVERIFY(!f.meminfo.seesHostMemory.has_value());
    QVERIFY(f.meminfo.host.isKnown());
    // status and cgroup facts still come through
    QVERIFY(f.capabilities.sets.isKnown());
    QVERIFY(f.cgroup.memory.limit.isKnown());
    QVERIFY(f.identity.uid.isKnown());
}

void tst_FactsCollector::lsmEinvalIsNone()
{
    FaultyHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    fs.fail(u"/proc/4242/attr/current"_s, ErrorCode::KernelLacks);  // EINVAL: no LSM loaded
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, daemonContext());
    QCOMPARE(f.capabilities.lsmLabel.source, Provenance::Proc);
    QCOMPARE(f.capabilities.lsmLabel.value.value_or(QString()), u"none"_s);
}

void tst_FactsCollector::disagreement()
{
    const LocalHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    ContainerInspect i = v1Inspect();
    i.hostConfig.pidMode = u"host"_s;                              // asked for, but the kernel has its own
    i.hostConfig.networkMode = u"container:"_s + s_idV2;           // a peer: implies nothing about the host
    const ContainerFacts f = collectContainerFacts(i, &fs, h, daemonContext());
    QVERIFY(ns(f, u"pid"_s)->disagrees);
    QVERIFY(ns(f, u"pid_for_children"_s)->disagrees);
    QCOMPARE(ns(f, u"net"_s)->declaredPeer, s_idV2);
    QVERIFY(!ns(f, u"net"_s)->declaredShared.has_value());
    QVERIFY(!ns(f, u"net"_s)->disagrees);
    QVERIFY(!ns(f, u"uts"_s)->disagrees);
}

void tst_FactsCollector::userNamespaceRemap()
{
    FaultyHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    fs.replace(u"/proc/4242/uid_map"_s, "         0     100000      65536\n");
    fs.replace(u"/proc/4242/ns/user"_s, QByteArray());
    QByteArray status = LocalHostFs(scenarioRoot(u"v1-cgroupfs"_s)).readFile(u"/proc/4242/status"_s).value();
    status.replace("Uid:\t0\t0\t0\t0", "Uid:\t100000\t100000\t100000\t100000");
    fs.replace(u"/proc/4242/status"_s, status);
    CollectContext ctx = daemonContext();
    ctx.usernsRemap = true;
    const HostFacts h = collectHostFacts(&fs, ctx);
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, ctx);
    QCOMPARE(f.namespaces.rootMapsTo, std::optional<qint64>(100000));
    QCOMPARE(f.identity.uid.value.value_or(-1), 100000);
    QCOMPARE(f.identity.containerUid.value.value_or(-1), 0);
    // the fixture's user ns link is the host's: with remap declared that is a disagreement
    QCOMPARE(ns(f, u"user"_s)->declaredShared, std::optional<bool>(false));
    QVERIFY(ns(f, u"user"_s)->disagrees);
}

void tst_FactsCollector::json()
{
    FaultyHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    fs.fail(u"/proc/4242/ns"_s, ErrorCode::PermissionDenied);
    fs.fail(u"/proc/4242/root"_s, ErrorCode::PermissionDenied);
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    const ContainerFacts f = collectContainerFacts(v1Inspect(), &fs, h, daemonContext());
    const QJsonObject o = containerFactsToJson(f);
    QCOMPARE(o.value(u"id"_s).toString(), s_idV1);
    QCOMPARE(o.value(u"pid"_s).toInteger(), s_pid);
    for (const char *key : {"name", "namespaces", "capabilities", "cgroup", "meminfo", "mounts", "user"})
        QVERIFY2(o.contains(QString::fromLatin1(key)), key);

    const QJsonObject net = o.value(u"namespaces"_s).toArray().at(3).toObject();
    QCOMPARE(net.value(u"type"_s).toString(), u"net"_s);
    QVERIFY(net.value(u"inode"_s).isNull());
    QCOMPARE(net.value(u"source"_s).toString(), u"unavailable"_s);
    QCOMPARE(net.value(u"unavailable"_s)[u"inode"_s][u"code"_s].toString(), errorCodeName(ErrorCode::NeedsRoot));
    QCOMPARE(net.value(u"declaredMode"_s).toString(), u"default"_s);
    for (const char *key : {"type", "inode", "hostInode", "shared", "declaredMode", "source"})
        QVERIFY2(net.contains(QString::fromLatin1(key)), key);

    const QJsonObject caps = o.value(u"capabilities"_s).toObject();
    QVERIFY(caps.value(u"bounding"_s).toArray().contains(u"CAP_SYS_ADMIN"_s));
    QCOMPARE(caps.value(u"effective"_s).toArray().size(), 15);
    QCOMPARE(caps.value(u"added"_s).toArray(), QJsonArray{u"CAP_SYS_ADMIN"_s});
    QCOMPARE(caps.value(u"source"_s).toString(), u"proc"_s);
    QCOMPARE(caps.value(u"seccomp"_s).toInt(), 2);
    QCOMPARE(caps.value(u"noNewPrivs"_s).toBool(true), false);
    for (const char *key : {"permitted", "inheritable", "ambient", "dropped", "lsm"})
        QVERIFY2(caps.contains(QString::fromLatin1(key)), key);

    const QJsonObject memory = o.value(u"cgroup"_s)[u"memory"_s].toObject();
    QCOMPARE(memory.value(u"limit"_s).toInteger(), 33554432);
    // null without an unavailable entry: no limit
    QVERIFY(memory.value(u"softLimit"_s).isNull());
    QVERIFY(!memory.value(u"unavailable"_s).toObject().contains(u"softLimit"_s));
    // null with one: unknown
    QVERIFY(memory.value(u"high"_s).isNull());
    QVERIFY(memory.value(u"unavailable"_s).toObject().contains(u"high"_s));
    for (const char *key : {"usage", "maxUsage", "failcnt", "oomKills"})
        QVERIFY2(memory.contains(QString::fromLatin1(key)), key);
    QCOMPARE(o.value(u"cgroup"_s)[u"version"_s].toString(), u"1"_s);
    QCOMPARE(o.value(u"cgroup"_s)[u"pids"_s][u"limit"_s].toInteger(), 100);

    const QJsonObject meminfo = o.value(u"meminfo"_s).toObject();
    QVERIFY(meminfo.value(u"seesHostMemory"_s).isNull());  // container view refused
    QCOMPARE(meminfo.value(u"unavailable"_s)[u"container"_s][u"code"_s].toString(),
             errorCodeName(ErrorCode::NeedsRoot));
    QCOMPARE(meminfo.value(u"host"_s)[u"memTotal"_s].toInteger(), qint64(24684092) * 1024);
    QCOMPARE(meminfo.value(u"limit"_s).toInteger(), 33554432);

    const QJsonObject sock = o.value(u"mounts"_s).toArray().at(1).toObject();
    QCOMPARE(sock.value(u"dockerSocket"_s).toBool(), true);
    QCOMPARE(sock.value(u"sensitive"_s).toString(), u"dockerSocket"_s);
    QCOMPARE(o.value(u"user"_s)[u"uid"_s].toInt(-1), 0);
}

void tst_FactsCollector::sampleMemory_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("id");
    QTest::addColumn<qint64>("usage");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<qint64>("limitHits");
    QTest::addRow("v1") << u"v1-cgroupfs"_s << s_idV1 << qint64(446464) << qint64(33554432) << qint64(3);
    QTest::addRow("v2") << u"v2-systemd"_s << s_idV2 << qint64(1093632) << qint64(50331648) << qint64(12);
}

void tst_FactsCollector::sampleMemory()
{
    QFETCH(QString, scenario);
    QFETCH(QString, id);
    QFETCH(qint64, usage);
    QFETCH(qint64, limit);
    QFETCH(qint64, limitHits);
    const LocalHostFs fs(scenarioRoot(scenario));
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    const ContainerFacts f = collectContainerFacts(fixtureInspect(id), &fs, h, daemonContext());
    const Result<MemorySample> s = dockscope::core::sampleMemory(fs, f.cgroup);
    QVERIFY(s.has_value());
    QCOMPARE(s->usage, usage);
    QCOMPARE(s->limit.value_or(-1), limit);
    QCOMPARE(s->limitHits.value_or(-1), limitHits);
    QCOMPARE(s->oomKills.value_or(-1), 1);
    QVERIFY(s->peak.has_value());
    // a container whose cgroup is unknown gives an error, not zeros
    QVERIFY(!dockscope::core::sampleMemory(fs, CgroupFacts()).has_value());
}

void tst_FactsCollector::readsArePrefetched_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<ContainerInspect>("inspect");
    // PID 1 unreadable: the daemon's namespaces become the reference (found via all cmdlines);
    // the socket bound under two names and /etc are stat'ed for the device/inode match
    QTest::addRow("v1 cgroupfs, socket mounts") << u"v1-cgroupfs"_s << v1Inspect();
    // one unified directory serves memory, pids, cpu and io
    QTest::addRow("v2 systemd") << u"v2-systemd"_s << fixtureInspect(s_idV2);
    // v1 controllers plus the unified 0:: line: the host's stat of /sys/fs/cgroup/unified
    QTest::addRow("hybrid") << u"hybrid-cgroupfs"_s << fixtureInspect(s_idV1);
}

void tst_FactsCollector::readsArePrefetched()
{
    // Over ssh every read that no batch covered costs one ssh run (about a second): a refresh
    // must announce its reads in a few batches.
    QFETCH(QString, scenario);
    QFETCH(ContainerInspect, inspect);
    RecordingHostFs fs(scenarioRoot(scenario));
    const HostFacts h = collectHostFacts(&fs, daemonContext());
    QVERIFY(h.hostAccess);
    QVERIFY2(fs.batchCount() >= 1 && fs.batchCount() <= 3, qPrintable(u"%1 batches"_s.arg(fs.batchCount())));
    QVERIFY2(fs.uncovered().isEmpty(), qPrintable(fs.uncovered().join(u", "_s)));

    fs.clear();
    const ContainerFacts f = collectContainerFacts(inspect, &fs, h, daemonContext());
    QVERIFY(f.pidVerified.isKnown() && *f.pidVerified.value);
    QVERIFY(f.cgroup.memory.limit.isKnown());
    QVERIFY(f.capabilities.sets.isKnown());
    QVERIFY2(fs.batchCount() >= 1 && fs.batchCount() <= 3, qPrintable(u"%1 batches"_s.arg(fs.batchCount())));
    QVERIFY2(fs.uncovered().isEmpty(), qPrintable(fs.uncovered().join(u", "_s)));

    fs.clear();
    QVERIFY(dockscope::core::sampleMemory(fs, f.cgroup).has_value());
    QCOMPARE(fs.batchCount(), 1);
    QVERIFY2(fs.uncovered().isEmpty(), qPrintable(fs.uncovered().join(u", "_s)));
}

QTEST_GUILESS_MAIN(tst_FactsCollector)
#include "tst_factscollector.moc"
