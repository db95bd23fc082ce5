// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/cgroupparsers.h"

#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class tst_CgroupParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void v1Limit_data();
    void v1Limit();
    void maxLimit_data();
    void maxLimit();
    void keyed_data();
    void keyed();
    void cpuMax_data();
    void cpuMax();
    void lines();
};

void tst_CgroupParsers::v1Limit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("limit");  // -1: no limit
    QTest::addRow("32 MiB") << QByteArray("33554432\n") << true << qint64(33554432);
    QTest::addRow("unlimited, 4 KiB pages") << QByteArray("9223372036854771712\n") << true << qint64(-1);
    // LONG_MAX rounded down to 64 KiB pages (arm64, ppc64le)
    QTest::addRow("unlimited, 64 KiB pages") << QByteArray("9223372036854710272\n") << true << qint64(-1);
    QTest::addRow("LONG_MAX itself") << QByteArray("9223372036854775807") << true << qint64(-1);
    QTest::addRow("cfs_quota_us -1") << QByteArray("-1\n") << true << qint64(-1);
    QTest::addRow("zero is a limit") << QByteArray("0\n") << true << qint64(0);
    QTest::addRow("just below 2^62 is a limit") << QByteArray("4611686018427387903") << true
                                                << qint64(4611686018427387903LL);
    QTest::addRow("empty (truncated read)") << QByteArray("") << false << qint64(0);
    QTest::addRow("garbage") << QByteArray("max\n") << false << qint64(0);
    QTest::addRow("negative other than -1") << QByteArray("-5\n") << false << qint64(0);
    // issue 13: beyond qint64, parsed without overflow (a u64 counter) or refused
    QTest::addRow("u64 max: unlimited") << QByteArray("18446744073709551615\n") << true << qint64(-1);
    QTest::addRow("beyond u64") << QByteArray("99999999999999999999999\n") << false << qint64(0);
}

void tst_CgroupParsers::v1Limit()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, limit);
    const Result<Limit> r = parseCgroupV1Limit(text);
    QCOMPARE(r.has_value(), ok);
    if (!ok) {
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        return;
    }
    QCOMPARE(r->value_or(-1), limit);
}

void tst_CgroupParsers::maxLimit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("limit");
    QTest::addRow("memory.max 48m") << QByteArray("50331648\n") << true << qint64(50331648);
    QTest::addRow("max") << QByteArray("max\n") << true << qint64(-1);
    QTest::addRow("pids.max 77") << QByteArray("77\n") << true << qint64(77);
    QTest::addRow("truncated 'ma'") << QByteArray("ma") << false << qint64(0);
    QTest::addRow("empty") << QByteArray() << false << qint64(0);
    // issue 13: one past INT64_MAX is no number we can hold
    QTest::addRow("INT64_MAX + 1") << QByteArray("9223372036854775808\n") << false << qint64(0);
    QTest::addRow("INT64_MAX") << QByteArray("9223372036854775807\n") << true << qint64(9223372036854775807LL);
}

void tst_CgroupParsers::maxLimit()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, limit);
    const Result<Limit> r = parseCgroupMaxLimit(text);
    QCOMPARE(r.has_value(), ok);
    if (ok)
        QCOMPARE(r->value_or(-1), limit);
}

void tst_CgroupParsers::keyed_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value");  // -1: parse must fail
    QTest::addRow("memory.events max") << QByteArray("low 0\nhigh 0\nmax 12\noom 2\noom_kill 1\noom_group_kill 0\n")
                                       << u"max"_s << qint64(12);
    QTest::addRow("oom_control oom_kill") << QByteArray("oom_kill_disable 0\nunder_oom 0\noom_kill 3\n")
                                          << u"oom_kill"_s << qint64(3);
    QTest::addRow("io.weight default") << QByteArray("default 100\n") << u"default"_s << qint64(100);
    QTest::addRow("truncated value") << QByteArray("low 0\nhigh ") << u"high"_s << qint64(-1);
    QTest::addRow("three fields") << QByteArray("low 0 1\n") << u"low"_s << qint64(-1);
    QTest::addRow("value past INT64_MAX") << QByteArray("max 9223372036854775808\n") << u"max"_s << qint64(-1);
}

void tst_CgroupParsers::keyed()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, key);
    QFETCH(qint64, value);
    const auto r = parseCgroupKeyed(text);
    QCOMPARE(r.has_value(), value >= 0);
    if (r)
        QCOMPARE(r->value(key, -1), value);
}

void tst_CgroupParsers::cpuMax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("quota");  // -1: none
    QTest::addColumn<qint64>("period");
    QTest::addRow("no quota") << QByteArray("max 100000\n") << true << qint64(-1) << qint64(100000);
    QTest::addRow("half a CPU") << QByteArray("50000 100000\n") << true << qint64(50000) << qint64(100000);
    QTest::addRow("period missing") << QByteArray("max\n") << false << qint64(0) << qint64(0);
    QTest::addRow("garbage") << QByteArray("x y\n") << false << qint64(0) << qint64(0);
    QTest::addRow("quota past INT64_MAX") << QByteArray("9223372036854775808 100000\n") << false << qint64(0) << qint64(0);
}

void tst_CgroupParsers::cpuMax()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, ok);
    QFETCH(qint64, quota);
    QFETCH(qint64, period);
    const Result<CpuMax> r = parseCpuMax(text);
    QCOMPARE(r.has_value(), ok);
    if (ok) {
        QCOMPARE(r->quota.value_or(-1), quota);
        QCOMPARE(r->period, period);
    }
}

void tst_CgroupParsers::lines()
{
    QCOMPARE(parseCgroupLines("8:0 rbps=1048576 wbps=max\n\n  \n254:0 1\n"),
             QStringList({u"8:0 rbps=1048576 wbps=max"_s, u"254:0 1"_s}));
    QVERIFY(parseCgroupLines("").isEmpty());
}

QTEST_GUILESS_MAIN(tst_CgroupParsers)
#include "tst_cgroupparsers.moc"
