// SPDX-License-Identifier: GPL-3.0-or-later
#include "procfixtures.h"
#include "core/facts/procparsers.h"

#include <QFile>
#include <QTest>

#include <limits>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR "/proc/parsers/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}


} // namespace

class tst_ProcParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void status_data();
    void status();
    void statusGarbage();
    void cgroup_data();
    void cgroup();
    void cgroupMalformed_data();
    void cgroupMalformed();
    void namespaceLink_data();
    void namespaceLink();
    void idMap_data();
    void idMap();
    void meminfo();
    void meminfoMalformed_data();
    void meminfoMalformed();
    void idMapHandBuilt();
    void mountInfo();
    void mountInfoTruncated();
};

void tst_ProcParsers::status_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("hasCaps");
    QTest::addColumn<quint64>("effective");
    QTest::addColumn<quint64>("bounding");
    QTest::addColumn<int>("seccomp");     // -1: absent
    QTest::addColumn<int>("noNewPrivs");  // -1: absent
    QTest::addColumn<qint64>("uid");
    QTest::addColumn<QString>("problem"); // a substring of problems, "" for none

    QTest::addRow("docker default plus SYS_ADMIN") << u"status-v1"_s << true << quint64(0xa82425fb)
                                                    << quint64(0xa82425fb) << 2 << 0 << qint64(0) << QString();
    // --user 1000 keeps the added capability only in the bounding set
    QTest::addRow("non-root user: CapEff 0, CapBnd full") << u"status-user1000"_s << true << quint64(0)
                                                         << quint64(0xa82425fb) << 2 << 0 << qint64(1000) << QString();
    // cut in the middle of CapEff: what came before must survive, the sets must not be guessed
    QTest::addRow("truncated inside CapEff") << u"status-truncated"_s << false << quint64(0) << quint64(0)
                                             << -1 << -1 << qint64(0) << u"CapEff: bad hex"_s;
    QTest::addRow("bad hex in CapEff") << u"status-badhex"_s << false << quint64(0) << quint64(0) << 2 << 0
                                       << qint64(0) << u"CapEff: bad hex"_s;
    // kernels before 4.3 have no CapAmb, before 3.8 no Seccomp: sets unknown, not zero
    QTest::addRow("old kernel without CapAmb/Seccomp") << u"status-kernel-3"_s << false << quint64(0)
                                                       << quint64(0) << -1 << -1 << qint64(0) << u"CapAmb: missing"_s;
}

void tst_ProcParsers::status()
{
    QFETCH(QString, file);
    QFETCH(bool, hasCaps);
    QFETCH(quint64, effective);
    QFETCH(quint64, bounding);
    QFETCH(int, seccomp);
    QFETCH(int, noNewPrivs);
    QFETCH(qint64, uid);
    QFETCH(QString, problem);

    const Result<ProcStatus> s = parseProcStatus(fixture(file));
    QVERIFY(s.has_value());
    QCOMPARE(s->name, u"sleep"_s);
    QCOMPARE(s->capabilities.has_value(), hasCaps);
    if (hasCaps) {
        QCOMPARE(s->capabilities->effective, effective);
        QCOMPARE(s->capabilities->bounding, bounding);
        QCOMPARE(s->capabilities->inheritable, quint64(0));
    }
    QCOMPARE(s->seccompMode.has_value(), seccomp >= 0);
    if (seccomp >= 0)
        QCOMPARE(*s->seccompMode, seccomp);
    QCOMPARE(s->noNewPrivs.has_value(), noNewPrivs >= 0);
    if (noNewPrivs >= 0)
        QCOMPARE(*s->noNewPrivs, noNewPrivs == 1);
    QVERIFY(s->uid.has_value());
    QCOMPARE(s->uid->at(0), uid);
    if (problem.isEmpty())
        QVERIFY2(s->problems.isEmpty(), qPrintable(s->problems.join(u"; "_s)));
    else
        QVERIFY2(s->problems.join(u'\n').contains(problem), qPrintable(s->problems.join(u"; "_s)));
}

void tst_ProcParsers::statusGarbage()
{
    const Result<ProcStatus> s = parseProcStatus(fixture(u"status-garbage"_s));
    QVERIFY(!s.has_value());
    QCOMPARE(s.error().code, ErrorCode::ParseError);
    QVERIFY(!parseProcStatus(QByteArray()).has_value());
}

void tst_ProcParsers::cgroup_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("memoryPath");    // "" = no v1 memory line
    QTest::addColumn<QString>("unifiedPath");   // "" = no 0:: line
    QTest::addColumn<QString>("cpuPath");

    QTest::addRow("v1 cgroupfs, cpu and cpuacct apart (this host)")
        << u"cgroup-v1"_s << s_idV1 << u"/docker/"_s + s_idV1 << QString() << u"/docker/"_s + s_idV1;
    QTest::addRow("hybrid: v1 lines plus 0::") << u"cgroup-hybrid"_s << s_idV1 << u"/docker/"_s + s_idV1
                                              << u"/docker/"_s + s_idV1 << u"/docker/"_s + s_idV1;
    QTest::addRow("v2 systemd driver") << u"cgroup-v2-systemd"_s << s_idV2 << QString()
                                       << u"/system.slice/docker-"_s + s_idV2 + u".scope"_s << QString();
    // joined controllers "cpu,cpuacct" must still answer for "cpu"
    QTest::addRow("v1 with cpu,cpuacct joined") << u"cgroup-v1-cpu-cpuacct"_s << s_idV1 << u"/docker/"_s + s_idV1
                                                << u"/system.slice/containerd.service"_s << u"/docker/"_s + s_idV1;
}

void tst_ProcParsers::cgroup()
{
    QFETCH(QString, file);
    QFETCH(QString, id);
    QFETCH(QString, memoryPath);
    QFETCH(QString, unifiedPath);
    QFETCH(QString, cpuPath);
    const Result<ProcCgroup> cg = parseProcCgroup(fixture(file));
    QVERIFY(cg.has_value());
    QVERIFY(cg->namesContainer(id));
    // another container's id, and a short id, must not verify the pid
    QVERIFY(!cg->namesContainer(QString(id).replace(0, 4, u"ffff"_s)));
    QVERIFY(!cg->namesContainer(id.left(12)));
    QCOMPARE(cg->controllerPath(u"memory"_s).value_or(QString()), memoryPath);
    QCOMPARE(cg->unifiedPath().value_or(QString()), unifiedPath);
    QCOMPARE(cg->controllerPath(u"cpu"_s).value_or(QString()), cpuPath);
}

void tst_ProcParsers::cgroupMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addRow("truncated mid-line") << fixture(u"cgroup-truncated"_s);
    QTest::addRow("empty") << fixture(u"cgroup-empty"_s);
    QTest::addRow("non-numeric hierarchy") << QByteArray("x:memory:/docker/abc\n");
    QTest::addRow("relative path") << QByteArray("4:memory:docker/abc\n");
}

void tst_ProcParsers::cgroupMalformed()
{
    QFETCH(QByteArray, text);
    const Result<ProcCgroup> cg = parseProcCgroup(text);
    QVERIFY(!cg.has_value());
    QCOMPARE(cg.error().code, ErrorCode::ParseError);
}

void tst_ProcParsers::namespaceLink_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("type");      // "" = must fail
    QTest::addColumn<quint64>("inode");
    QTest::addRow("net") << u"net:[4026531833]"_s << u"net"_s << quint64(4026531833);
    QTest::addRow("pid_for_children shows type pid") << u"pid:[4026532180]"_s << u"pid"_s << quint64(4026532180);
    QTest::addRow("no brackets") << u"net:4026531833"_s << QString() << quint64(0);
    QTest::addRow("not a number") << u"net:[abc]"_s << QString() << quint64(0);
    QTest::addRow("empty") << QString() << QString() << quint64(0);
}

void tst_ProcParsers::namespaceLink()
{
    QFETCH(QString, target);
    QFETCH(QString, type);
    QFETCH(quint64, inode);
    const Result<NamespaceLink> l = parseNamespaceLink(target);
    QCOMPARE(l.has_value(), !type.isEmpty());
    if (l) {
        QCOMPARE(l->type, type);
        QCOMPARE(l->inode, inode);
    }
}

void tst_ProcParsers::idMap_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("rootMapsTo");     // -1: unmapped
    QTest::addColumn<qint64>("host100000Inside"); // -1: unmapped
    QTest::addColumn<bool>("identity");
    QTest::addRow("no remap: identity") << u"uid_map-identity"_s << true << qint64(0) << qint64(100000) << true;
    QTest::addRow("userns-remap default") << u"uid_map-remap"_s << true << qint64(100000) << qint64(0) << false;
    // rootless: root is the user (1000), the rest comes from /etc/subuid
    QTest::addRow("rootless two ranges") << u"uid_map-rootless"_s << true << qint64(1000) << qint64(1) << false;
    QTest::addRow("two columns") << u"uid_map-bad"_s << false << qint64(-1) << qint64(-1) << false;
    // tests/data/proc/hostile-numbers: what the kernel never writes must not be computed on
    // lower_first + count wraps 32 bits: map_write refuses it, so must we
    QTest::addRow("outside range wraps 2^32") << u"../hostile-numbers/uid_map-outside-wraps"_s << false
                                              << qint64(-1) << qint64(-1) << false;
    // 100000 + INT64_MAX: signed overflow (UB) in toInside before the fix
    QTest::addRow("count near INT64_MAX") << u"../hostile-numbers/uid_map-count-int64"_s << false
                                          << qint64(-1) << qint64(-1) << false;
    QTest::addRow("outside INT64_MAX") << u"../hostile-numbers/uid_map-outside-int64"_s << false
                                       << qint64(-1) << qint64(-1) << false;
}

void tst_ProcParsers::idMap()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(qint64, rootMapsTo);
    QFETCH(qint64, host100000Inside);
    QFETCH(bool, identity);
    const Result<IdMap> m = parseIdMap(fixture(file));
    QCOMPARE(m.has_value(), ok);
    if (!m) {
        QCOMPARE(m.error().code, ErrorCode::ParseError);
        return;
    }
    QCOMPARE(m->toHost(0).value_or(-1), rootMapsTo);
    QCOMPARE(m->toInside(100000).value_or(-1), host100000Inside);
    QCOMPARE(m->isIdentity(), identity);
}

void tst_ProcParsers::meminfo()
{
    const Result<QMap<QString, qint64>> m = parseMeminfo(fixture(u"meminfo-host"_s));
    QVERIFY(m.has_value());
    QCOMPARE(m->value(u"MemTotal"_s), qint64(24684092) * 1024);     // kB -> bytes
    QVERIFY(m->contains(u"HugePages_Total"_s));                      // no unit: kept as a count
    QVERIFY(m->value(u"HugePages_Total"_s) < 1024 * 1024);
}

void tst_ProcParsers::meminfoMalformed_data()
{
    QTest::addColumn<QByteArray>("text");
    // a read cut inside the unit must not be taken for a unit-less count (bytes vs kB)
    QTest::addRow("unit cut to 'k'") << QByteArray("MemTotal:       24684092 k\n");
    QTest::addRow("no colon") << QByteArray("MemTotal 1 kB\n");
    QTest::addRow("no MemTotal") << QByteArray("MemFree:        22189488 kB\n");
    QTest::addRow("empty") << QByteArray();
    // INT64_MAX kB: the bytes do not fit in 64 bits (signed overflow before the fix)
    QTest::addRow("kB value overflows") << fixture(u"../hostile-numbers/meminfo-overflow"_s);
}

void tst_ProcParsers::meminfoMalformed()
{
    QFETCH(QByteArray, text);
    QVERIFY(!parseMeminfo(text).has_value());
}

void tst_ProcParsers::mountInfo()
{
    const Result<QList<MountInfoEntry>> m = parseMountInfo(fixture(u"mountinfo-container"_s));
    QVERIFY(m.has_value());
    QCOMPARE(m->size(), 7);
    const MountInfoEntry &root = m->at(0);
    QCOMPARE(root.mountPoint, u"/"_s);
    QCOMPARE(root.propagation(), u"slave"_s);
    const MountInfoEntry &sock = m->at(5);
    QCOMPARE(sock.mountPoint, u"/var/run/docker.sock"_s);
    QVERIFY(sock.readOnly());
    QCOMPARE(sock.propagation(), u"private"_s);
    const MountInfoEntry &data = m->at(6);
    QCOMPARE(data.root, u"/srv/my data"_s);   // \040 decoded
    QCOMPARE(data.propagation(), u"shared"_s);
    QCOMPARE(data.major, 254u);
    QVERIFY(!data.readOnly());
}

void tst_ProcParsers::mountInfoTruncated()
{
    const Result<QList<MountInfoEntry>> m = parseMountInfo(fixture(u"mountinfo-truncated"_s));
    QVERIFY(!m.has_value());
    QCOMPARE(m.error().code, ErrorCode::ParseError);
}

void tst_ProcParsers::idMapHandBuilt()
{
    // An IdMap not from parseIdMap: lookups near the ends of qint64 answer "unmapped" instead of
    // overflowing.
    IdMap m;
    m.ranges.append(IdMapRange{0, std::numeric_limits<qint64>::max(), 10});
    m.ranges.append(IdMapRange{std::numeric_limits<qint64>::max() - 1, 0, std::numeric_limits<qint64>::max()});
    QCOMPARE(m.toHost(0).value_or(-1), std::numeric_limits<qint64>::max());
    QCOMPARE(m.toHost(1).value_or(-1), qint64(-1));
    QCOMPARE(m.toHost(std::numeric_limits<qint64>::max()).value_or(-1), qint64(1));
    QCOMPARE(m.toInside(std::numeric_limits<qint64>::max()).value_or(-1), qint64(0));
    QCOMPARE(m.toHost(std::numeric_limits<qint64>::min()).value_or(-1), qint64(-1));
}

QTEST_GUILESS_MAIN(tst_ProcParsers)
#include "tst_procparsers.moc"
