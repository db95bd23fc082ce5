// SPDX-License-Identifier: GPL-3.0-or-later
// ProcessGate on its own: what it proves about State.Pid on the fixture trees
// (tests/data/proc/<scenario>), what it fetches, and what a closed gate lets collectors read.

#include "procfixtures.h"
#include "core/facts/collectcontext.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/factscollector.h"
#include "scriptedhostfs.h"

#include <QTest>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace dockscope::core::collectors;
using dockscope::test::ScriptedHostFs;
using namespace Qt::StringLiterals;

namespace {


/// How a row changes the fixture, the host facts or the container.
enum class Setup {
    AsIs,
    NoSuchProcess,      // /proc/4242/cgroup: ENOENT
    CgroupDenied,       // /proc/4242/cgroup: EACCES
    CgroupGarbage,      // /proc/4242/cgroup: not the cgroup format
    Shim,               // a session cgroup, and the parent is the container's shim
    AnotherShim,        // a session cgroup, and the parent is another container's shim
    NoHostFs,           // tcp://: no files at all
    HostWithoutAccess,  // the host facts say why nothing may be read
    NotRunning,
};

} // namespace

class tst_ProcessGate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void open_data();
    void open();
    void closedGateFailsEveryRead();
    void ownCgroupIsCutAtTheContainer();
    void paths();
};

void tst_ProcessGate::open_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<bool>("open");
    QTest::addColumn<ErrorCode>("why");             // closed: why; open: why it has no cgroup
    QTest::addColumn<int>("verified");              // -1 unknown, 0 no, 1 yes
    QTest::addColumn<PidProof>("proof");
    QTest::addColumn<bool>("hasCgroup");
    QTest::addColumn<bool>("prefetched");
    QTest::addRow("v1: its cgroup names the container")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::AsIs << true << ErrorCode::IoError << 1 << PidProof::Cgroup
        << true << true;
    QTest::addRow("v2: docker-<id>.scope")
        << u"v2-systemd"_s << s_idV2 << Setup::AsIs << true << ErrorCode::IoError << 1 << PidProof::Cgroup
        << true << true;
    // cgroup driver "none": proven by the shim, open, but its session cgroup is not the container's
    QTest::addRow("proven by its shim")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::Shim << true << ErrorCode::NotEnforced << 1 << PidProof::Shim
        << false << true;
    // pid 4242 exists but is another host's (a remote daemon's pid read locally): a known "no"
    QTest::addRow("another host's process")
        << u"other-host"_s << s_idV1 << Setup::AsIs << false << ErrorCode::NotOnThisHost << 0 << PidProof::None
        << false << true;
    QTest::addRow("another container's shim")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::AnotherShim << false << ErrorCode::NotOnThisHost << 0
        << PidProof::None << false << true;
    // no such pid: not a "no", just unknown, for the same reason
    QTest::addRow("no such process")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::NoSuchProcess << false << ErrorCode::NotOnThisHost << -1
        << PidProof::None << false << true;
    QTest::addRow("cgroup file refused: needs root")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::CgroupDenied << false << ErrorCode::NeedsRoot << -1
        << PidProof::None << false << true;
    // half a file is no proof
    QTest::addRow("cgroup file garbled")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::CgroupGarbage << false << ErrorCode::ParseError << -1
        << PidProof::None << false << true;
    // closed before any read: nothing fetched
    QTest::addRow("no host files")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::NoHostFs << false << ErrorCode::Unavailable << -1
        << PidProof::None << false << false;
    QTest::addRow("host facts without access")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::HostWithoutAccess << false << ErrorCode::NeedsRoot << -1
        << PidProof::None << false << false;
    QTest::addRow("not running")
        << u"v1-cgroupfs"_s << s_idV1 << Setup::NotRunning << false << ErrorCode::NotRunning << -1
        << PidProof::None << false << false;
}

void tst_ProcessGate::open()
{
    QFETCH(QString, scenario);
    QFETCH(QString, id);
    QFETCH(Setup, setup);
    QFETCH(bool, open);
    QFETCH(ErrorCode, why);
    QFETCH(int, verified);
    QFETCH(PidProof, proof);
    QFETCH(bool, hasCgroup);
    QFETCH(bool, prefetched);

    ScriptedHostFs fs(scenarioRoot(scenario));
    CollectContext ctx = context();
    ContainerInspect inspect = inspectFor(id);
    const QByteArray shim = QByteArrayLiteral("/usr/bin/containerd-shim-runc-v2\0-namespace\0moby\0-id\0");
    switch (setup) {
    case Setup::AsIs:
    case Setup::NoHostFs:
    case Setup::HostWithoutAccess:
        break;
    case Setup::NoSuchProcess:
        fs.fail(u"/proc/4242/cgroup"_s, ErrorCode::NotFound);
        break;
    case Setup::CgroupDenied:
        fs.fail(u"/proc/4242/cgroup"_s, ErrorCode::PermissionDenied);
        break;
    case Setup::CgroupGarbage:
        fs.replace(u"/proc/4242/cgroup"_s, "not a cgroup line\n");
        break;
    case Setup::Shim:
    case Setup::AnotherShim:
        ctx.cgroupDriver = u"none"_s;
        fs.replace(u"/proc/4242/cgroup"_s, "4:memory:/user.slice\n0::/user.slice/user-1000.slice/session-2.scope\n");
        fs.replace(u"/proc/4242/stat"_s, "4242 (sleep) S 4200 4242 4242 0 -1 4194560 100 0 0 0\n");
        fs.replace(u"/proc/4200/cmdline"_s, shim + (setup == Setup::Shim ? s_idV1 : s_idV2).toLatin1() + '\0');
        break;
    case Setup::NotRunning:
        inspect.state.running = false;
        break;
    }
    HostFacts host = collectHostFacts(&fs, ctx);
    if (setup == Setup::HostWithoutAccess) {
        host.hostAccess = false;
        host.noAccessReason = Error{ErrorCode::NeedsRoot, u"the helper was refused"_s};
    }
    fs.clearRecords();

    const QStringList firstStage = {u"/proc/4242/cgroup"_s, u"/proc/4242/status"_s};
    const ProcessGate gate = ProcessGate::open(inspect, setup == Setup::NoHostFs ? nullptr : &fs, host, ctx,
                                               firstStage);
    QCOMPARE(gate.pid(), s_pid);
    QCOMPARE(gate.procDir(), u"/proc/4242"_s);
    QCOMPARE(gate.isOpen(), open);
    if (!open)
        QCOMPARE(gate.closedReason()->code, why);
    if (setup == Setup::HostWithoutAccess)
        QCOMPARE(gate.closedReason()->detail, host.noAccessReason.detail);
    // the first stage is fetched in one batch, and only once there is a process to read
    QCOMPARE(fs.batches(), prefetched ? QList<QStringList>{firstStage} : QList<QStringList>());
    if (!prefetched)
        QVERIFY(fs.reads().isEmpty());

    QCOMPARE(gate.pidVerified().isKnown(), verified >= 0);
    if (verified >= 0) {
        QCOMPARE(*gate.pidVerified().value, verified == 1);
        QCOMPARE(gate.pidVerified().source, Provenance::Proc);
    } else {
        QCOMPARE(gate.pidVerified().why.code, why);
        QCOMPARE(gate.pidVerified().why.detail, gate.closedReason()->detail);
    }
    QCOMPARE(gate.proof().proof, proof);
    QCOMPARE(gate.proof().shimPid, proof == PidProof::Shim ? qint64(4200) : qint64(0));
    QCOMPARE(gate.cgroup().has_value(), hasCgroup);
    if (!hasCgroup)
        QCOMPARE(gate.cgroupError().code, why);
}

void tst_ProcessGate::closedGateFailsEveryRead()
{
    // The pid's files exist and are readable, but they are another process's: through a
    // closed gate, every read fails with the gate's reason, never the other process's data.
    ScriptedHostFs fs(scenarioRoot(u"other-host"_s));
    const HostFacts host = collectHostFacts(&fs, context());
    const ProcessGate gate = ProcessGate::open(inspectFor(s_idV1), &fs, host, context(), {});
    QVERIFY(!gate.isOpen());
    QVERIFY(fs.readFile(u"/proc/4242/status"_s).has_value());
    fs.clearRecords();
    const Result<QByteArray> status = gate.fs().readFile(u"/proc/4242/status"_s);
    QVERIFY(!status.has_value());
    QCOMPARE(status.error().code, ErrorCode::NotOnThisHost);
    QCOMPARE(status.error().detail, gate.closedReason()->detail);
    QCOMPARE(gate.fs().readLink(u"/proc/4242/ns/net"_s).error().code, ErrorCode::NotOnThisHost);
    QCOMPARE(gate.fs().stat(u"/run/docker.sock"_s).error().code, ErrorCode::NotOnThisHost);
    QCOMPARE(gate.fs().listDir(u"/proc/4242/ns"_s).error().code, ErrorCode::NotOnThisHost);
    QVERIFY(fs.reads().isEmpty());

    // open, it is the host's own files
    ScriptedHostFs v1(scenarioRoot(u"v1-cgroupfs"_s));
    const ProcessGate open = ProcessGate::open(inspectFor(s_idV1), &v1, collectHostFacts(&v1, context()),
                                               context(), {});
    QVERIFY(open.isOpen());
    QCOMPARE(&open.fs(), static_cast<const HostFs *>(&v1));
}

void tst_ProcessGate::ownCgroupIsCutAtTheContainer()
{
    ScriptedHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    // systemd or Docker-in-Docker moved the process into a child cgroup of the container's
    fs.replace(u"/proc/4242/cgroup"_s, "4:memory:/docker/"_ba + s_idV1.toLatin1() + "/init.scope\n"
                                       "0::/docker/"_ba + s_idV1.toLatin1() + "/init.scope\n");
    const std::optional<ProcCgroup> own = ProcessGate::ownCgroup(fs, inspectFor(s_idV1));
    QVERIFY(own.has_value());
    QCOMPARE(own->controllerPath(u"memory"_s), std::optional<QString>(u"/docker/"_s + s_idV1));
    QCOMPARE(own->unifiedPath(), std::optional<QString>(u"/docker/"_s + s_idV1));
    // the cheap half of the proof: one file, no shim lookup
    QCOMPARE(fs.reads(), QStringList{u"/proc/4242/cgroup"_s});
    QVERIFY(!ProcessGate::ownCgroup(fs, inspectFor(s_idV2)).has_value());
}

void tst_ProcessGate::paths()
{
    QCOMPARE(ProcessGate::paths(u"/proc/7"_s), (QStringList{u"/proc/7/cgroup"_s, u"/proc/7/stat"_s}));
    // what open() reads for a container proven by its cgroup: all of it announced
    ScriptedHostFs fs(scenarioRoot(u"v1-cgroupfs"_s));
    const ContainerInspect inspect = inspectFor(s_idV1);
    const HostFacts host = collectHostFacts(&fs, context());
    fs.clearRecords();
    const ProcessGate gate = ProcessGate::open(inspect, &fs, host, context(),
                                               ProcessGate::paths(ProcessGate::procDirOf(inspect)));
    QVERIFY(gate.isOpen());
    for (const QString &read : fs.reads())
        QVERIFY2(fs.batches().constFirst().contains(read), qPrintable(read));
    QVERIFY(ProcessGate::hasProcess(inspect));
    ContainerInspect stopped = inspect;
    stopped.state.running = false;
    QVERIFY(!ProcessGate::hasProcess(stopped));
}

QTEST_GUILESS_MAIN(tst_ProcessGate)
#include "tst_processgate.moc"
