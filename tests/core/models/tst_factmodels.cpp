// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/capabilities.h"
#include "core/models/capabilitymodel.h"
#include "core/models/cgroupmodel.h"
#include "core/models/meminfomodel.h"
#include "core/models/mountmodel.h"
#include "core/models/namespacemodel.h"
#include "core/models/securityoptionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class tst_FactModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namespaces();
    void capabilities_data();
    void capabilities();
    void cgroupUnavailableCarriesReason();
    void meminfoAndMounts();
    void refreshIsDataChanged();
};

static NamespaceFacts namespaceFacts()
{
    NamespaceFacts f;
    NamespaceFact pid;
    pid.type = u"pid"_s;
    pid.inode = Fact<quint64>::known(4026531836, Provenance::Proc);
    pid.hostInode = Fact<quint64>::known(4026531836, Provenance::Proc);
    pid.shared = true;
    pid.declaredMode = u"host"_s;
    NamespaceFact net;
    net.type = u"net"_s;
    net.inode = Fact<quint64>::unavailable(Error{ErrorCode::NeedsRoot, u"/proc/42/ns/net: Permission denied"_s});
    net.hostInode = Fact<quint64>::known(4026531840, Provenance::Proc);
    f.namespaces = {pid, net};
    return f;
}

void tst_FactModels::namespaces()
{
    NamespaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFacts(namespaceFacts());
    QCOMPARE(model.rowCount(), 2);
    // Shared with the host: the row stands out.
    QVERIFY(model.data(model.index(0, 0), FactTableModel::HighlightRole).toBool());
    QCOMPARE(model.data(model.index(0, NamespaceModel::IsolationColumn)).toBool(), true);
    // Unknown inode: never a zero; the reason travels with the cell, and isolation says why too.
    const QModelIndex inode = model.index(1, NamespaceModel::ContainerInodeColumn);
    QVERIFY(!model.data(inode).isValid());
    QCOMPARE(model.data(inode, FactTableModel::UnavailableRole).value<Error>().code, ErrorCode::NeedsRoot);
    QCOMPARE(model.data(model.index(1, NamespaceModel::IsolationColumn), FactTableModel::UnavailableRole).value<Error>().code,
             ErrorCode::NeedsRoot);
    QVERIFY(!model.data(model.index(1, 0), FactTableModel::HighlightRole).toBool());
}

void tst_FactModels::capabilities_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("capability");
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("highlight");
    // Docker's default set with SYS_ADMIN added, read from /proc.
    QTest::addRow("added sys_admin") << true << u"CAP_SYS_ADMIN"_s << 1 << true;
    QTest::addRow("default chown") << true << u"CAP_CHOWN"_s << 0 << false;
    // NET_RAW dropped with --cap-drop.
    QTest::addRow("dropped net_raw") << true << u"CAP_NET_RAW"_s << -1 << false;
    // /proc unreadable: added/dropped still judged from the declaration.
    QTest::addRow("declared only") << false << u"CAP_SYS_ADMIN"_s << 1 << true;
}

void tst_FactModels::capabilities()
{
    QFETCH(bool, known);
    QFETCH(QString, capability);
    QFETCH(int, change);
    QFETCH(bool, highlight);
    CapabilityFacts f;
    f.lastCap = 40;
    const quint64 bounding = (Capabilities::dockerDefault | (quint64(1) << 21)) & ~(quint64(1) << 13);
    if (known)
        f.sets = Fact<CapabilitySets>::known(CapabilitySets{0, bounding, bounding, bounding, 0}, Provenance::Proc);
    else
        f.sets = Fact<CapabilitySets>::unavailable(Error{ErrorCode::NotOnThisHost, u"remote"_s});
    f.expectedBounding = bounding;
    CapabilityModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFacts(f);
    QCOMPARE(model.rowCount(), 41); // every capability of the kernel, 0 … 40
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.data(model.index(r, 0), FactTableModel::RowKeyRole).toString() == capability)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.data(model.index(row, CapabilityModel::ChangeColumn)).toInt(), change);
    QCOMPARE(model.data(model.index(row, 0), FactTableModel::HighlightRole).toBool(), highlight);
    const QModelIndex eff = model.index(row, CapabilityModel::EffectiveColumn);
    QCOMPARE(model.data(eff, FactTableModel::UnavailableRole).isValid(), !known);
}

void tst_FactModels::cgroupUnavailableCarriesReason()
{
    ContainerFacts facts;
    facts.inspect.hostConfig.memory = 64 << 20;
    facts.cgroup.version = CgroupVersion::V1;
    facts.cgroup.memory.limit = Fact<Limit>::known(Limit(64 << 20), Provenance::Proc);
    facts.cgroup.memory.usage = Fact<qint64>::unavailable(Error{ErrorCode::NeedsRoot, u"memory.usage_in_bytes"_s});
    facts.cgroup.pids.limit = Fact<Limit>::known(std::nullopt, Provenance::Proc);
    CgroupModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFacts(facts);
    QVERIFY(model.rowCount() > 10);
    bool sawUsage = false;
    bool sawPids = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString key = model.data(model.index(r, 0), FactTableModel::RowKeyRole).toString();
        if (key == "memory.limit"_L1) {
            QCOMPARE(model.data(model.index(r, CgroupModel::DeclaredColumn)).toLongLong(), qint64(64 << 20));
            QCOMPARE(model.data(model.index(r, CgroupModel::EnforcedColumn)).toLongLong(), qint64(64 << 20));
        } else if (key == "memory.usage"_L1) {
            sawUsage = true;
            QVERIFY(model.data(model.index(r, CgroupModel::EnforcedColumn), FactTableModel::UnavailableRole).isValid());
        } else if (key == "pids.limit"_L1) {
            sawPids = true;
            // "max" in pids.max: no limit, not zero.
            QVERIFY(model.data(model.index(r, CgroupModel::EnforcedColumn), FactTableModel::NoLimitRole).toBool());
            QVERIFY(model.data(model.index(r, CgroupModel::DeclaredColumn), FactTableModel::NoLimitRole).toBool());
        }
    }
    QVERIFY(sawUsage);
    QVERIFY(sawPids);
}

void tst_FactModels::meminfoAndMounts()
{
    MeminfoFacts mi;
    mi.container = Fact<QMap<QString, qint64>>::known({{u"MemTotal"_s, 8LL << 30}}, Provenance::Proc);
    mi.host = Fact<QMap<QString, qint64>>::known({{u"MemTotal"_s, 8LL << 30}}, Provenance::Proc);
    mi.limit = Fact<Limit>::known(Limit(64 << 20), Provenance::Proc);
    mi.seesHostMemory = true;
    MeminfoModel meminfo;
    QAbstractItemModelTester t1(&meminfo, QAbstractItemModelTester::FailureReportingMode::QtTest);
    meminfo.setFacts(mi);
    QCOMPARE(meminfo.data(meminfo.index(0, MeminfoModel::ContainerColumn)).toLongLong(), qint64(64 << 20));
    QVERIFY(meminfo.data(meminfo.index(1, 0), FactTableModel::HighlightRole).toBool()); // MemTotal equal
    // A field the kernel did not print is unavailable, not zero.
    QVERIFY(meminfo.data(meminfo.index(2, MeminfoModel::HostColumn), FactTableModel::UnavailableRole).isValid());

    MountFact sock;
    sock.mount.type = u"bind"_s;
    sock.mount.source = u"/var/run/docker.sock"_s;
    sock.mount.destination = u"/var/run/docker.sock"_s;
    sock.isDockerSocket = true;
    MountFact data;
    data.mount.type = u"volume"_s;
    data.mount.destination = u"/data"_s;
    MountModel mounts;
    QAbstractItemModelTester t2(&mounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
    mounts.setMounts({sock, data});
    QCOMPARE(mounts.data(mounts.index(0, MountModel::SensitiveColumn)).toString(), u"docker-socket"_s);
    QVERIFY(mounts.data(mounts.index(0, 0), FactTableModel::HighlightRole).toBool());
    QVERIFY(!mounts.data(mounts.index(1, 0), FactTableModel::HighlightRole).toBool());
}

void tst_FactModels::refreshIsDataChanged()
{
    NamespaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFacts(namespaceFacts());
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFacts(namespaceFacts());
    QCOMPARE(inserts.size(), 0);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    SecurityOptionsModel security;
    QAbstractItemModelTester t2(&security, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CapabilityFacts caps;
    caps.seccompMode = Fact<int>::known(0, Provenance::Proc);
    security.setFacts(caps);
    // Seccomp disabled stands out.
    QVERIFY(security.data(security.index(1, 0), FactTableModel::HighlightRole).toBool());
}

QTEST_GUILESS_MAIN(tst_FactModels)
#include "tst_factmodels.moc"
