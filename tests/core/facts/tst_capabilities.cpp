// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/capabilities.h"

#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class tst_Capabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dockerDefault();
    void names_data();
    void names();
    void normalise_data();
    void normalise();
    void expectedBounding_data();
    void expectedBounding();
    void lastCap_data();
    void lastCap();
    void dangerNotes_data();
    void dangerNotes();
    void riskClasses_data();
    void riskClasses();
    void riskMasks();
};

void tst_Capabilities::dockerDefault()
{
    const QStringList names = Capabilities::names(Capabilities::dockerDefault);
    QCOMPARE(names.size(), 14);
    const QStringList expected = {u"CAP_CHOWN"_s, u"CAP_DAC_OVERRIDE"_s, u"CAP_FOWNER"_s, u"CAP_FSETID"_s,
                                  u"CAP_KILL"_s, u"CAP_SETGID"_s, u"CAP_SETUID"_s, u"CAP_SETPCAP"_s,
                                  u"CAP_NET_BIND_SERVICE"_s, u"CAP_NET_RAW"_s, u"CAP_SYS_CHROOT"_s,
                                  u"CAP_MKNOD"_s, u"CAP_AUDIT_WRITE"_s, u"CAP_SETFCAP"_s};
    for (const QString &n : expected)
        QVERIFY2(names.contains(n), qPrintable(n));
    QCOMPARE(Capabilities::mask(expected), Capabilities::dockerDefault);
}

void tst_Capabilities::names_data()
{
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("name");
    QTest::addRow("0") << 0 << u"CAP_CHOWN"_s;
    QTest::addRow("sys_admin") << 21 << u"CAP_SYS_ADMIN"_s;
    QTest::addRow("bpf (5.8)") << 39 << u"CAP_BPF"_s;
    QTest::addRow("checkpoint_restore = cap_last_cap here") << 40 << u"CAP_CHECKPOINT_RESTORE"_s;
    // a future kernel's capability libcap does not know yet: shown by number, still round-trips
    QTest::addRow("unknown 45") << 45 << u"CAP_45"_s;
}

void tst_Capabilities::names()
{
    QFETCH(int, number);
    QFETCH(QString, name);
    QCOMPARE(Capabilities::name(number), name);
    QCOMPARE(Capabilities::number(name), number);
}

void tst_Capabilities::normalise_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addRow("CLI form") << u"CAP_SYS_ADMIN"_s << u"CAP_SYS_ADMIN"_s;
    // the API stores an API client's values verbatim, lower case and without prefix
    QTest::addRow("api lower case") << u"sys_ptrace"_s << u"CAP_SYS_PTRACE"_s;
    QTest::addRow("mixed case with prefix") << u"Cap_Net_Admin"_s << u"CAP_NET_ADMIN"_s;
    QTest::addRow("all lower") << u"all"_s << u"ALL"_s;
    QTest::addRow("whitespace") << u" NET_RAW "_s << u"CAP_NET_RAW"_s;
}

void tst_Capabilities::normalise()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(Capabilities::normalise(in), out);
}

void tst_Capabilities::expectedBounding_data()
{
    QTest::addColumn<bool>("privileged");
    QTest::addColumn<QStringList>("add");
    QTest::addColumn<QStringList>("drop");
    QTest::addColumn<quint64>("expected");
    const quint64 all40 = (quint64(1) << 41) - 1;
    QTest::addRow("default") << false << QStringList() << QStringList() << Capabilities::dockerDefault;
    QTest::addRow("peer-api1: +SYS_ADMIN -NET_RAW") << false << QStringList{u"CAP_SYS_ADMIN"_s}
                                                    << QStringList{u"CAP_NET_RAW"_s}
                                                    << ((Capabilities::dockerDefault | (1ULL << 21)) & ~(1ULL << 13));
    QTest::addRow("peer-api2: ALL -SYS_RESOURCE") << false << QStringList{u"ALL"_s} << QStringList{u"CAP_SYS_RESOURCE"_s}
                                                  << (all40 & ~(1ULL << 24));
    // drop ALL then add: only the added ones (lower case from the API)
    QTest::addRow("drop all, add net_bind_service") << false << QStringList{u"net_bind_service"_s}
                                                    << QStringList{u"all"_s} << (1ULL << 10);
    QTest::addRow("privileged ignores the lists") << true << QStringList() << QStringList{u"ALL"_s} << all40;
}

void tst_Capabilities::expectedBounding()
{
    QFETCH(bool, privileged);
    QFETCH(QStringList, add);
    QFETCH(QStringList, drop);
    QFETCH(quint64, expected);
    QCOMPARE(Capabilities::expectedBounding(privileged, add, drop, 40), expected);
}

void tst_Capabilities::lastCap_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("value");     // -1: error
    QTest::addRow("this host") << QByteArray("40\n") << 40;
    QTest::addRow("empty") << QByteArray() << -1;
    QTest::addRow("out of range") << QByteArray("99\n") << -1;
}

void tst_Capabilities::lastCap()
{
    QFETCH(QByteArray, text);
    QFETCH(int, value);
    const Result<int> r = Capabilities::parseLastCap(text);
    QCOMPARE(r.has_value(), value >= 0);
    if (r)
        QCOMPARE(*r, value);
    QCOMPARE(Capabilities::allMask(37), 0x3fffffffffULL);    // dockerd 20.10's "ALL"
}

void tst_Capabilities::dangerNotes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("minimumDanger");
    const QStringList critical = {u"SYS_ADMIN"_s, u"SYS_MODULE"_s, u"DAC_READ_SEARCH"_s, u"SYS_RAWIO"_s, u"BPF"_s};
    for (const QString &c : critical)
        QTest::addRow("%s", qPrintable(c)) << c << int(CapabilityDanger::Critical);
    const QStringList high = {u"SYS_PTRACE"_s, u"NET_ADMIN"_s, u"SYS_BOOT"_s, u"SYS_TIME"_s, u"PERFMON"_s};
    for (const QString &c : high)
        QTest::addRow("%s", qPrintable(c)) << c << int(CapabilityDanger::High);
    const QStringList medium = {u"NET_RAW"_s, u"DAC_OVERRIDE"_s, u"MKNOD"_s, u"SETUID"_s};
    for (const QString &c : medium)
        QTest::addRow("%s", qPrintable(c)) << c << int(CapabilityDanger::Medium);
}

void tst_Capabilities::dangerNotes()
{
    QFETCH(QString, name);
    QFETCH(int, minimumDanger);
    const CapabilityInfo info = Capabilities::info(name);
    QVERIFY(info.note != nullptr);
    QVERIFY(qstrlen(info.note) > 20);
    QVERIFY(int(info.danger) >= minimumDanger);
    QCOMPARE(QString::fromLatin1(info.name), Capabilities::normalise(name));
    QCOMPARE(Capabilities::name(info.number), Capabilities::normalise(name));
    // harmless ones carry no note
    QCOMPARE(Capabilities::info(u"CHOWN"_s).danger, CapabilityDanger::None);
}

void tst_Capabilities::riskClasses_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("risk");
    QTest::addColumn<QString>("label");
    // Added, dangerous: the known ways to the host the issue names.
    for (const char *c : {"SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "NET_ADMIN", "SYS_RAWIO", "DAC_READ_SEARCH", "BPF",
                          "SYSLOG"})
        QTest::addRow("%s", c) << QString::fromLatin1(c) << int(CapabilityRisk::Dangerous) << u"dangerous"_s;
    // In Docker's default set, risky, but no escape by themselves.
    for (const char *c : {"NET_RAW", "DAC_OVERRIDE", "SETUID", "MKNOD"})
        QTest::addRow("%s", c) << QString::fromLatin1(c) << int(CapabilityRisk::Risky) << u"default, risky"_s;
    // Outside the default set and only a bypass: added, risky.
    QTest::addRow("SYS_RESOURCE") << u"SYS_RESOURCE"_s << int(CapabilityRisk::Risky) << u"added, risky"_s;
    // Default and harmless: no label at all.
    for (const char *c : {"CHOWN", "KILL", "NET_BIND_SERVICE", "SETGID", "FOWNER"})
        QTest::addRow("%s", c) << QString::fromLatin1(c) << int(CapabilityRisk::None) << QString();
}

void tst_Capabilities::riskClasses()
{
    QFETCH(QString, name);
    QFETCH(int, risk);
    QFETCH(QString, label);
    const int n = Capabilities::number(name);
    QCOMPARE(int(Capabilities::risk(n)), risk);
    QCOMPARE(QString::fromLatin1(Capabilities::riskLabel(n)), label);
}

void tst_Capabilities::riskMasks()
{
    // No dangerous capability is in Docker's default set; the default, risky ones are.
    QCOMPARE(Capabilities::dangerousMask() & Capabilities::dockerDefault, 0ULL);
    QCOMPARE(Capabilities::names(Capabilities::defaultRiskyMask()),
             QStringList({u"CAP_DAC_OVERRIDE"_s, u"CAP_SETUID"_s, u"CAP_NET_RAW"_s, u"CAP_MKNOD"_s}));
    QCOMPARE(Capabilities::addedRiskyMask() & Capabilities::dockerDefault, 0ULL);
    QCOMPARE(Capabilities::dangerousMask() & Capabilities::addedRiskyMask(), 0ULL);
}

QTEST_GUILESS_MAIN(tst_Capabilities)
#include "tst_capabilities.moc"
