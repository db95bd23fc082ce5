// SPDX-License-Identifier: GPL-3.0-or-later
//
// Facts that only a real cgroup v2 host shows: the Debian 13 guest of scripts/test-debian13
// (systemd as PID 1, Docker 26 with the systemd cgroup driver, AppArmor). Labelled `cgroupv2`
// and excluded from the Debian 12 run (cgroup v1 there): on any other host these tests fail on
// purpose in initTestCase, saying which host they need.
//
// Daemon: DOCKSCOPE_TEST_SYSTEM_HOST (the guest's systemd-managed dockerd, overlay2), else
// DOCKSCOPE_TEST_HOST (a private daemon of tests/testdaemon.sh on the same kernel).
// The image DOCKSCOPE_TEST_IMAGE must be present in that daemon (guest-test.sh imports it).

#include "common/testenv.h"

#include "core/audit/auditor.h"
#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/facts/factscollector.h"
#include "core/facts/hostfs.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QObject>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace dockscope::core;
using dockscope::test::ScopedContainer;
using dockscope::test::TestEnv;

namespace {

/// Runs one asynchronous DockerClient call to completion (tests may block; the app never does).
template<class T, class Call>
Result<T> await(Call call, int timeoutMs = 120000)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](Result<T> r) { out.emplace(std::move(r)); });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!out)
        return Error{ErrorCode::Timeout, u"no reply within %1 ms"_s.arg(timeoutMs)};
    return std::move(*out);
}

QString readKernelFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

/// "key value" lines (memory.events) → value of key, or -1.
qint64 flatKeyed(const QString &text, const QString &key)
{
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QStringList parts = line.split(u' ', Qt::SkipEmptyParts);
        if (parts.size() == 2 && parts.at(0) == key)
            return parts.at(1).toLongLong();
    }
    return -1;
}

QString describe(const Error &e)
{
    return errorCodeName(e.code) + u": "_s + e.detail;
}

/// The error of a failed Result, "" for a value (QVERIFY2 evaluates its message eagerly).
template<class T>
QString whyNot(const Result<T> &r)
{
    return r ? QString() : describe(r.error());
}

/// A limit as the kernel writes it: the number, or "max" for none.
QString limitText(const Limit &limit)
{
    return limit ? QString::number(*limit) : u"max"_s;
}

} // namespace

class TestCgroupV2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void daemonIsV2SystemdAppArmor();
    void cgroupPathAndLimits_data();
    void cgroupPathAndLimits();
    void oomKillCountedInMemoryEvents();
    void appArmorLabelReadAndJudged_data();
    void appArmorLabelReadAndJudged();
    void cgroupNamespacePrivateByDefault_data();
    void cgroupNamespacePrivateByDefault();

private:
    /// Inspect + collect, as the app does for one container.
    std::optional<ContainerFacts> facts(const QString &id, QString *why);
    QString m_host;
    std::unique_ptr<DockerClient> m_client;
    LocalHostFs m_hostFs{u"/"_s};
    VersionInfo m_version;
    DaemonInfo m_info;
    CollectContext m_context;
    HostFacts m_hostFacts;
};

void TestCgroupV2::initTestCase()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    // The unified hierarchy has cgroup.controllers at its root; a v1 or hybrid host has not.
    if (!QFile::exists(u"/sys/fs/cgroup/cgroup.controllers"_s))
        QFAIL("this host has no unified cgroup v2 hierarchy at /sys/fs/cgroup: the cgroupv2 tests run "
              "in the Debian 13 guest of ./scripts/test-debian13 (exclude them elsewhere: ctest -LE cgroupv2)");

    m_host = qEnvironmentVariable("DOCKSCOPE_TEST_SYSTEM_HOST", TestEnv::host());
    qInfo("daemon under test: %s", qPrintable(m_host));
    Result<Endpoint> endpoint = parseEndpointUrl(m_host);
    QVERIFY2(endpoint, qPrintable(whyNot(endpoint)));
    m_client = std::make_unique<DockerClient>(*endpoint);
    m_client->setRequestTimeout(std::chrono::seconds(60)); // emulated CPUs are slow

    Result<VersionInfo> version = await<VersionInfo>(
        [this](QObject *ctx, DockerClient::Callback<VersionInfo> cb) { m_client->negotiate(ctx, std::move(cb)); });
    QVERIFY2(version, qPrintable(whyNot(version)));
    m_version = *version;
    Result<DaemonInfo> info = await<DaemonInfo>(
        [this](QObject *ctx, DockerClient::Callback<DaemonInfo> cb) { m_client->info(ctx, std::move(cb)); });
    QVERIFY2(info, qPrintable(whyNot(info)));
    m_info = *info;
    qInfo("Docker %s, API %s (negotiated %s), cgroup v%s, driver %s, storage %s",
          qPrintable(m_version.version), qPrintable(m_version.apiVersion), qPrintable(m_client->apiVersion()),
          qPrintable(m_info.cgroupVersion), qPrintable(m_info.cgroupDriver), qPrintable(m_info.driver));

    m_context.socketPath = endpoint->socketPath;
    m_context.dockerRootDir = m_info.dockerRootDir;
    m_context.cgroupDriver = m_info.cgroupDriver;
    m_context.cgroupVersion = m_info.cgroupVersion;
    m_hostFacts = collectHostFacts(&m_hostFs, m_context);

    const auto image = TestEnv::docker({u"image"_s, u"inspect"_s, TestEnv::image()}, m_host);
    QVERIFY2(image.ok(), qPrintable(u"the test image %1 is not in %2: %3"_s.arg(TestEnv::image(), m_host,
                                                                                QString::fromUtf8(image.standardError))));
}

std::optional<ContainerFacts> TestCgroupV2::facts(const QString &id, QString *why)
{
    Result<ContainerInspect> inspect = await<ContainerInspect>(
        [this, id](QObject *ctx, DockerClient::Callback<ContainerInspect> cb) { m_client->inspectContainer(id, ctx, std::move(cb)); });
    if (!inspect) {
        *why = describe(inspect.error());
        return std::nullopt;
    }
    return collectContainerFacts(*inspect, &m_hostFs, m_hostFacts, m_context);
}

void TestCgroupV2::daemonIsV2SystemdAppArmor()
{
    // What /info says, and what the collectors read from the kernel, must agree with the guest.
    QCOMPARE(m_info.cgroupVersion, u"2"_s);
    QCOMPARE(m_hostFacts.cgroupVersion, CgroupVersion::V2);
    QCOMPARE(m_info.cgroupDriver, u"systemd"_s);
    QVERIFY2(m_info.hasSecurityOption(u"apparmor"_s), "no name=apparmor in /info SecurityOptions");
    QVERIFY2(m_info.hasSecurityOption(u"cgroupns"_s), "no name=cgroupns in /info SecurityOptions (v2 hosts report it)");
    QVERIFY(m_info.hasSecurityOption(u"seccomp"_s));
    QCOMPARE(m_info.securityOption(u"seccomp"_s)->property(u"profile"_s), u"builtin"_s);
    // Docker 26 speaks API 1.45; Debian 13 may move to a newer Docker, never an older one.
    const QStringList v = m_version.apiVersion.split(u'.');
    QVERIFY2(v.size() == 2 && (v.at(0).toInt() > 1 || v.at(1).toInt() >= 45),
             qPrintable(u"daemon API %1 < 1.45"_s.arg(m_version.apiVersion)));
    QVERIFY(!m_client->apiVersion().isEmpty());
}

void TestCgroupV2::cgroupPathAndLimits_data()
{
    QTest::addColumn<QStringList>("options");
    // As the kernel writes them: a number, or "max" for no limit.
    QTest::addColumn<QString>("memoryMax");
    QTest::addColumn<QString>("pidsMax");
    QTest::addColumn<QString>("cpuQuota");

    // The brief's example: memory.max is the byte count, pids.max the count, cpu.max "50000 100000".
    QTest::addRow("limited") << QStringList{u"--memory"_s, u"48m"_s, u"--pids-limit"_s, u"77"_s, u"--cpus"_s, u"0.5"_s}
                             << u"50331648"_s << u"77"_s << u"50000"_s;
    // No limits: memory.max and cpu.max say "max", which must read as "no limit", never as a
    // number. pids.max is "" here = whatever the kernel file says: with the systemd driver the
    // scope gets systemd's DefaultTasksMax (seen: 4681 in the guest), not "max".
    QTest::addRow("unlimited") << QStringList{} << u"max"_s << QString() << u"max"_s;
}

void TestCgroupV2::cgroupPathAndLimits()
{
    QFETCH(QStringList, options);
    QFETCH(QString, memoryMax);
    QFETCH(QString, pidsMax);
    QFETCH(QString, cpuQuota);

    ScopedContainer c(u"v2limits"_s, options, {u"sleep"_s, u"600"_s}, true, m_host);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QString why;
    const std::optional<ContainerFacts> f = facts(c.id(), &why);
    QVERIFY2(f, qPrintable(why));

    // The kernel's own word first: the systemd driver puts the container in a scope unit.
    const QString procCgroup = readKernelFile(u"/proc/%1/cgroup"_s.arg(f->pid));
    const QString scope = u"/system.slice/docker-%1.scope"_s.arg(c.id());
    QCOMPARE(procCgroup, u"0::"_s + scope);

    QVERIFY2(f->pidVerified.isKnown() && *f->pidVerified.value, "the container's pid was not verified");
    QCOMPARE(f->cgroup.version, CgroupVersion::V2);
    QCOMPARE(f->cgroup.driver, u"systemd"_s);
    QVERIFY2(f->cgroup.path.isKnown(), qPrintable(describe(f->cgroup.path.why)));
    QVERIFY2(f->cgroup.path.value->endsWith(scope), qPrintable(*f->cgroup.path.value));

    const QString dir = u"/sys/fs/cgroup"_s + scope;
    QVERIFY2(f->cgroup.memory.limit.isKnown(), qPrintable(describe(f->cgroup.memory.limit.why)));
    QCOMPARE(limitText(*f->cgroup.memory.limit.value), memoryMax);
    QCOMPARE(readKernelFile(dir + u"/memory.max"_s), memoryMax);
    const QString pidsMaxFile = readKernelFile(dir + u"/pids.max"_s);
    if (pidsMax.isEmpty())
        pidsMax = pidsMaxFile;
    QCOMPARE(pidsMaxFile, pidsMax);
    QCOMPARE(readKernelFile(dir + u"/cpu.max"_s), cpuQuota + u" 100000"_s);
    QVERIFY2(f->cgroup.memory.usage.isKnown(), qPrintable(describe(f->cgroup.memory.usage.why)));
    QVERIFY(*f->cgroup.memory.usage.value > 0);
    // memory.peak exists from kernel 5.19 on; Debian 13 has 6.12.
    QVERIFY2(f->cgroup.memory.peak.isKnown(), qPrintable(describe(f->cgroup.memory.peak.why)));
    QVERIFY(*f->cgroup.memory.peak.value > 0);
    QVERIFY(f->cgroup.memory.oomKills.isKnown());
    QCOMPARE(*f->cgroup.memory.oomKills.value, qint64(0));

    QVERIFY2(f->cgroup.pids.limit.isKnown(), qPrintable(describe(f->cgroup.pids.limit.why)));
    QCOMPARE(limitText(*f->cgroup.pids.limit.value), pidsMax);
    QVERIFY(f->cgroup.pids.current.isKnown() && *f->cgroup.pids.current.value >= 1);

    QVERIFY2(f->cgroup.cpu.quota.isKnown(), qPrintable(describe(f->cgroup.cpu.quota.why)));
    QCOMPARE(limitText(*f->cgroup.cpu.quota.value), cpuQuota);
    QVERIFY(f->cgroup.cpu.period.isKnown());
    QCOMPARE(*f->cgroup.cpu.period.value, qint64(100000));

    // What the memory chart samples.
    Result<MemorySample> sample = sampleMemory(m_hostFs, f->cgroup);
    QVERIFY2(sample, qPrintable(whyNot(sample)));
    QVERIFY(sample->usage > 0);
    QCOMPARE(limitText(sample->limit), memoryMax);
}

void TestCgroupV2::oomKillCountedInMemoryEvents()
{
    // A child shell doubles a string until the 32 MiB limit is hit: the kernel OOM-kills it
    // (the largest process of the cgroup), and the container's main shell lives on, so its
    // cgroup, and memory.events with it, can still be read. No swap: the limit is a hard wall.
    const QString hog = u"sh -c 'a=x; while :; do a=$a$a; done'; echo survived; sleep 600"_s;
    ScopedContainer c(u"v2oom"_s,
                      {u"--memory"_s, u"32m"_s, u"--memory-swap"_s, u"32m"_s},
                      {u"sh"_s, u"-c"_s, hog}, true, m_host);
    QVERIFY2(c.ok(), qPrintable(c.error()));

    std::optional<ContainerFacts> f;
    QString why;
    QDeadlineTimer deadline(180000);
    for (;;) {
        f = facts(c.id(), &why);
        QVERIFY2(f, qPrintable(why));
        QVERIFY2(f->inspect.state.running,
                 "the container stopped: the OOM kill took the whole container, memory.events is gone");
        if (f->cgroup.memory.oomKills.isKnown() && *f->cgroup.memory.oomKills.value >= 1)
            break;
        QVERIFY2(!deadline.hasExpired(), "no oom_kill counted in memory.events within 180 s");
        QTest::qWait(500); // polling the kernel's counter with a deadline
    }

    const QString events = readKernelFile(u"/sys/fs/cgroup/system.slice/docker-%1.scope/memory.events"_s.arg(c.id()));
    qInfo("memory.events: %s", qPrintable(QString(events).replace(u'\n', u", "_s)));
    QCOMPARE(*f->cgroup.memory.oomKills.value, flatKeyed(events, u"oom_kill"_s));
    QVERIFY(flatKeyed(events, u"oom_kill"_s) >= 1);
    // "max": times usage hit memory.max, which happens before any OOM kill.
    QVERIFY2(f->cgroup.memory.limitHits.isKnown(), qPrintable(describe(f->cgroup.memory.limitHits.why)));
    QVERIFY(*f->cgroup.memory.limitHits.value >= 1);
    QVERIFY(f->cgroup.memory.oomEvents.isKnown() && *f->cgroup.memory.oomEvents.value >= 1);
    QCOMPARE(limitText(*f->cgroup.memory.limit.value), u"33554432"_s);
    // The peak shows the wall was reached.
    QVERIFY(f->cgroup.memory.peak.isKnown());
    QVERIFY(*f->cgroup.memory.peak.value >= 32 * 1024 * 1024 - 4 * 1024 * 1024);

    Result<MemorySample> sample = sampleMemory(m_hostFs, f->cgroup);
    QVERIFY2(sample, qPrintable(whyNot(sample)));
    QVERIFY(sample->oomKills && *sample->oomKills >= 1);

    // The shell that survived said so.
    const auto logs = TestEnv::docker({u"logs"_s, c.id()}, m_host);
    QVERIFY(logs.out().contains(u"survived"_s));
}

void TestCgroupV2::appArmorLabelReadAndJudged_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("inspectProfile");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("verdict"); // checkStatusName()

    // Docker loads and applies docker-default when AppArmor is enabled; the kernel adds the mode.
    QTest::addRow("default") << QStringList{} << u"docker-default"_s << u"docker-default (enforce)"_s
                             << u"pass"_s;
    // Asked to be unconfined: CIS 5.2 fails it.
    QTest::addRow("unconfined") << QStringList{u"--security-opt"_s, u"apparmor=unconfined"_s} << u"unconfined"_s
                                << u"unconfined"_s << u"fail"_s;
}

void TestCgroupV2::appArmorLabelReadAndJudged()
{
    QFETCH(QStringList, options);
    QFETCH(QString, inspectProfile);
    QFETCH(QString, label);
    QFETCH(QString, verdict);

    ScopedContainer c(u"v2aa"_s, options, {u"sleep"_s, u"600"_s}, true, m_host);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QString why;
    std::optional<ContainerFacts> f = facts(c.id(), &why);
    QVERIFY2(f, qPrintable(why));

    QCOMPARE(f->inspect.appArmorProfile, inspectProfile);
    QCOMPARE(readKernelFile(u"/proc/%1/attr/current"_s.arg(f->pid)), label);
    QVERIFY2(f->capabilities.lsmLabel.isKnown(), qPrintable(describe(f->capabilities.lsmLabel.why)));
    QCOMPARE(*f->capabilities.lsmLabel.value, label);

    AuditInput input;
    input.endpoint = m_client->endpoint();
    input.version = m_version;
    input.info = m_info;
    input.context = m_context;
    input.host = m_hostFacts;
    input.hostFs = &m_hostFs;
    input.containers = {*f};
    input.tops = {TopResult{}};
    const QList<CheckResult> results = runChecks(input);
    const CheckResult *check = nullptr;
    for (const CheckResult &r : results) {
        if (r.id == u"5.2"_s && r.containerId == c.id())
            check = &r;
    }
    QVERIFY2(check, "no CIS 5.2 (AppArmor profile) result for the container");
    QCOMPARE(checkStatusName(check->status), verdict);
    bool labelInEvidence = false;
    for (const Evidence &e : check->evidence)
        labelInEvidence = labelInEvidence || e.value == label;
    QVERIFY2(labelInEvidence, "the kernel's label is not in the check's evidence");
}

void TestCgroupV2::cgroupNamespacePrivateByDefault_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<bool>("shared");
    QTest::addColumn<QString>("seenInside");

    // On cgroup v2 Docker's default cgroupns mode is private: the container sees its cgroup as "/".
    QTest::addRow("default") << QStringList{} << false << u"0::/"_s;
    // --cgroupns host: the container sees (and could name) the host's hierarchy.
    QTest::addRow("host") << QStringList{u"--cgroupns"_s, u"host"_s} << true << QString();
}

void TestCgroupV2::cgroupNamespacePrivateByDefault()
{
    QFETCH(QStringList, options);
    QFETCH(bool, shared);
    QFETCH(QString, seenInside);

    ScopedContainer c(u"v2ns"_s, options, {u"sleep"_s, u"600"_s}, true, m_host);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QString why;
    std::optional<ContainerFacts> f = facts(c.id(), &why);
    QVERIFY2(f, qPrintable(why));

    const QString expectedInside = seenInside.isEmpty()
        ? u"0::/system.slice/docker-%1.scope"_s.arg(c.id()) : seenInside;
    const auto inside = TestEnv::docker({u"exec"_s, c.id(), u"cat"_s, u"/proc/self/cgroup"_s}, m_host);
    QVERIFY2(inside.ok(), inside.standardError.constData());
    QCOMPARE(inside.out(), expectedInside);

    QCOMPARE(f->inspect.hostConfig.cgroupnsMode, shared ? u"host"_s : u"private"_s);
    const NamespaceFact *cgroupNs = nullptr;
    for (const NamespaceFact &n : f->namespaces.namespaces) {
        if (n.type == u"cgroup"_s)
            cgroupNs = &n;
    }
    QVERIFY2(cgroupNs, "no cgroup namespace fact");
    QVERIFY2(cgroupNs->shared.has_value(), qPrintable(describe(cgroupNs->inode.why)));
    QCOMPARE(*cgroupNs->shared, shared);
    QVERIFY(!cgroupNs->disagrees);
}

QTEST_GUILESS_MAIN(TestCgroupV2)
#include "tst_cgroupv2.moc"
