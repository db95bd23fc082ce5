// SPDX-License-Identifier: GPL-3.0-or-later
// The cgroup collector on its own, behind a ProcessGate, on the fixture trees
// (tests/data/proc/<scenario>): which directories it reads, and what a gate without a cgroup
// of the container's own leaves it.

#include "procfixtures.h"
#include "core/facts/collectcontext.h"
#include "core/facts/collectors/cgroupcollector.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/factscollector.h"
#include "scriptedhostfs.h"

#include <QTest>

#include <algorithm>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace dockscope::core::collectors;
using dockscope::test::ScriptedHostFs;
using namespace Qt::StringLiterals;

namespace {


ProcessGate openGate(const ScriptedHostFs &fs, const ContainerInspect &inspect, const CollectContext &ctx)
{
    return ProcessGate::open(inspect, &fs, collectHostFacts(&fs, ctx), ctx, {});
}

} // namespace

class tst_CgroupCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheGatesCgroup_data();
    void readsTheGatesCgroup();
    void closedGate();
    void provenByShim();
    void cgroupPaths_data();
    void cgroupPaths();
};

void tst_CgroupCollector::readsTheGatesCgroup_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("id");
    QTest::addColumn<CgroupVersion>("version");
    QTest::addColumn<QString>("contextDriver");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<qint64>("memoryLimit");
    QTest::addColumn<QStringList>("dirs");
    const QString v1 = u"/docker/"_s + s_idV1;
    const QString scope = u"/sys/fs/cgroup/system.slice/docker-"_s + s_idV2 + u".scope"_s;
    // no driver from /info: taken from the path's shape
    QTest::addRow("v1, cgroupfs by its path")
        << u"v1-cgroupfs"_s << s_idV1 << CgroupVersion::V1 << QString() << u"cgroupfs"_s << qint64(33554432)
        << QStringList{u"/sys/fs/cgroup/memory"_s + v1, u"/sys/fs/cgroup/pids"_s + v1, u"/sys/fs/cgroup/cpu"_s + v1,
                       u"/sys/fs/cgroup/cpuset"_s + v1, u"/sys/fs/cgroup/blkio"_s + v1};
    QTest::addRow("v2, systemd by its path")
        << u"v2-systemd"_s << s_idV2 << CgroupVersion::V2 << QString() << u"systemd"_s << qint64(50331648)
        << QStringList{scope};
    // what /info says wins over the path's shape
    QTest::addRow("v2, driver from the daemon")
        << u"v2-systemd"_s << s_idV2 << CgroupVersion::V2 << u"cgroupfs"_s << u"cgroupfs"_s << qint64(50331648)
        << QStringList{scope};
}

void tst_CgroupCollector::readsTheGatesCgroup()
{
    QFETCH(QString, scenario);
    QFETCH(QString, id);
    QFETCH(CgroupVersion, version);
    QFETCH(QString, contextDriver);
    QFETCH(QString, driver);
    QFETCH(qint64, memoryLimit);
    QFETCH(QStringList, dirs);
    ScriptedHostFs fs(scenarioRoot(scenario));
    CollectContext ctx = context();
    ctx.cgroupDriver = contextDriver;
    const ProcessGate gate = openGate(fs, inspectFor(id), ctx);
    QVERIFY(gate.isOpen());
    fs.clearRecords();

    const CgroupFacts cg = collectCgroup(gate, version, ctx);
    QCOMPARE(cg.version, version);
    QCOMPARE(cg.driver, driver);
    QCOMPARE(cg.memory.limit.value.value_or(Limit()).value_or(-1), memoryLimit);
    QCOMPARE(cg.memory.limit.source, Provenance::Proc);
    QVERIFY(cg.pids.limit.isKnown());
    // the directories that the gate's cgroup lines name, announced in one batch before any read
    QCOMPARE(fs.batches(), QList<QStringList>{dirs});
    QCOMPARE(cgroupDirectories(cg), dirs);
    for (const QString &read : fs.reads()) {
        const bool inADir = std::any_of(dirs.cbegin(), dirs.cend(),
                                        [&read](const QString &d) { return read.startsWith(d + u'/'); });
        QVERIFY2(inADir, qPrintable(read));
    }
}

void tst_CgroupCollector::closedGate()
{
    // Another host's pid: nothing is read, every fact carries the gate's reason.
    ScriptedHostFs fs(scenarioRoot(u"other-host"_s));
    const ProcessGate gate = openGate(fs, inspectFor(s_idV1), context());
    QVERIFY(!gate.isOpen());
    fs.clearRecords();
    const CgroupFacts cg = collectCgroup(gate, CgroupVersion::V1, context());
    QVERIFY(fs.reads().isEmpty());
    QVERIFY(fs.batches().isEmpty());
    QVERIFY(cg.controllerDirs.isEmpty());
    QCOMPARE(cg.path.why.code, ErrorCode::NotOnThisHost);
    QCOMPARE(cg.path.why.detail, gate.closedReason()->detail);
    QCOMPARE(cg.memory.limit.why.detail, gate.closedReason()->detail);
    QCOMPARE(cg.memory.stat.why.code, ErrorCode::NotOnThisHost);
    QCOMPARE(cg.pids.current.why.code, ErrorCode::NotOnThisHost);
    QCOMPARE(cg.cpu.cpusetCpus.why.code, ErrorCode::NotOnThisHost);
    QCOMPARE(cg.blkio.throttles.why.code, ErrorCode::NotOnThisHost);
    QCOMPARE(cg.driver, QString());     // no /info driver and no path to tell it from
}

void tst_CgroupCollector::provenByShim()
{
    // Open, but the process sits in its owner's session cgroup: never read as the container's.
    ScriptedHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    fs.replace(u"/proc/4242/cgroup"_s, "4:memory:/user.slice\n");
    fs.replace(u"/proc/4242/stat"_s, "4242 (sleep) S 4200 4242 4242 0 -1 4194560 100 0 0 0\n");
    fs.replace(u"/proc/4200/cmdline"_s,
               QByteArrayLiteral("containerd-shim-runc-v2\0-namespace\0moby\0-id\0") + s_idV1.toLatin1() + '\0');
    CollectContext ctx = context();
    ctx.cgroupDriver = u"none"_s;
    const ProcessGate gate = openGate(fs, inspectFor(s_idV1), ctx);
    QVERIFY(gate.isOpen());
    fs.clearRecords();
    const CgroupFacts cg = collectCgroup(gate, CgroupVersion::V1, ctx);
    QVERIFY(fs.reads().isEmpty());
    QCOMPARE(cg.path.why.code, ErrorCode::NotEnforced);
    QCOMPARE(cg.memory.limit.why.code, ErrorCode::NotEnforced);
    QVERIFY(cg.memory.limit.why.detail.contains(u"cgroup driver none"_s));
    QCOMPARE(cg.cpu.quota.why.code, ErrorCode::NotEnforced);
    QCOMPARE(cg.driver, u"none"_s);
}

void tst_CgroupCollector::cgroupPaths_data()
{
    QTest::addColumn<QByteArray>("lines");
    QTest::addColumn<CgroupVersion>("version");
    QTest::addColumn<QStringList>("expected");
    // cpu and cpuacct share a mount named after both; freezer is not read
    QTest::addRow("v1, joined controllers")
        << "5:freezer:/docker/x\n4:memory:/docker/x\n2:cpu,cpuacct:/docker/x\n"_ba << CgroupVersion::V1
        << QStringList{u"/sys/fs/cgroup/memory/docker/x"_s, u"/sys/fs/cgroup/cpu,cpuacct/docker/x"_s};
    // a stray 0:: line on a pure v1 host has no mount to read
    QTest::addRow("v1, stray unified line")
        << "4:memory:/docker/x\n0::/docker/x\n"_ba << CgroupVersion::V1
        << QStringList{u"/sys/fs/cgroup/memory/docker/x"_s};
    QTest::addRow("hybrid: io from the unified directory")
        << "4:memory:/docker/x\n0::/docker/x\n"_ba << CgroupVersion::Hybrid
        << QStringList{u"/sys/fs/cgroup/memory/docker/x"_s, u"/sys/fs/cgroup/unified/docker/x"_s};
    // every ancestor below the root too: their memory.max may bound the container
    QTest::addRow("v2, nested")
        << "0::/a.slice/b.slice/docker-x.scope\n"_ba << CgroupVersion::V2
        << QStringList{u"/sys/fs/cgroup/a.slice/b.slice/docker-x.scope"_s, u"/sys/fs/cgroup/a.slice/b.slice"_s,
                       u"/sys/fs/cgroup/a.slice"_s};
}

void tst_CgroupCollector::cgroupPaths()
{
    QFETCH(QByteArray, lines);
    QFETCH(CgroupVersion, version);
    QFETCH(QStringList, expected);
    const Result<ProcCgroup> own = parseProcCgroup(lines);
    QVERIFY(own.has_value());
    QCOMPARE(collectors::cgroupPaths(*own, version), expected);
}

QTEST_GUILESS_MAIN(tst_CgroupCollector)
#include "tst_cgroupcollector.moc"
