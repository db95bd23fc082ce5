// SPDX-License-Identifier: GPL-3.0-or-later
// The collector against real containers on the private test daemons (tests/testdaemon.sh):
// every enforced fact is read from this host's /proc and /sys and compared with what the
// container was started with.

#include "common/testenv.h"
#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/docker/syncwait.h"
#include "core/facts/capabilities.h"
#include "core/facts/factscollector.h"
#include "core/facts/hostfs.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Collected
{
    CollectContext context;
    HostFacts host;
    ContainerFacts facts;
};

/// Inspect + /info over the real client, then the collectors on this host's "/".
std::optional<Collected> collect(const QString &id, const QString &hostUrl, QString *why)
{
    const Result<Endpoint> endpoint = parseEndpointUrl(hostUrl);
    if (!endpoint) {
        *why = u"bad endpoint "_s + hostUrl;
        return std::nullopt;
    }
    DockerClient client(*endpoint);
    const Result<DaemonInfo> info = waitFor<DaemonInfo>(
        [&](QObject *ctx, DockerClient::Callback<DaemonInfo> cb) { client.info(ctx, std::move(cb)); }, 20s);
    const Result<ContainerInspect> inspect = waitFor<ContainerInspect>(
        [&](QObject *ctx, DockerClient::Callback<ContainerInspect> cb) { client.inspectContainer(id, ctx, std::move(cb)); }, 20s);
    if (!info || !inspect) {
        *why = u"info/inspect failed: "_s + (info ? inspect.error().detail : info.error().detail);
        return std::nullopt;
    }
    Collected c;
    c.context.socketPath = endpoint->socketPath;
    c.context.dockerRootDir = info->dockerRootDir;
    c.context.cgroupDriver = info->cgroupDriver;
    c.context.cgroupVersion = info->cgroupVersion;
    c.context.usernsRemap = info->hasSecurityOption(u"userns"_s);
    c.context.rootless = info->hasSecurityOption(u"rootless"_s);
    const LocalHostFs fs;
    c.host = collectHostFacts(&fs, c.context);
    c.facts = collectContainerFacts(*inspect, &fs, c.host, c.context);
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

qint64 daemonPidFromPidfile(const QString &daemon)
{
    QFile f(TestEnv::stateDir() + u'/' + daemon + u"/dockerd.pid"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().trimmed().toLongLong();
}

/// readlink(2) of a /proc/<pid>/ns/<type> link: "net:[4026531840]", empty when refused.
QString readNsLink(qint64 pid, const QString &type)
{
    char buf[128];
    const QByteArray path = QFile::encodeName(u"/proc/%1/ns/%2"_s.arg(pid).arg(type));
    const ssize_t n = ::readlink(path.constData(), buf, sizeof buf);
    return n > 0 ? QString::fromLatin1(buf, int(n)) : QString();
}

/// The inode in "net:[4026531840]".
quint64 nsInode(const QString &link)
{
    return link.section(u'[', 1).chopped(1).toULongLong();
}

/// Whether PID 1's namespaces can be read here. Refused on the Debian 12 development host
/// (even as root), allowed in an ordinary VM: the collector takes PID 1 as the host reference
/// whenever it can, and the daemon serving our socket only when it cannot.
bool pid1NamespacesReadable()
{
    return !readNsLink(1, u"net"_s).isEmpty();
}

/// The host reference the collector must have chosen for a container of `daemon`.
std::pair<HostReference, qint64> expectedReference(const QString &daemon)
{
    if (pid1NamespacesReadable())
        return {HostReference::Pid1, 1};
    return {HostReference::DaemonProcess, daemonPidFromPidfile(daemon)};
}

/// The container's LSM label as the kernel reports it, read here: nullopt when no LSM is
/// loaded, which /proc/self/attr/current tells by EINVAL (the Debian 12 host); otherwise the
/// content of /proc/<pid>/attr/current ("docker-default (enforce)" under AppArmor).
std::optional<QString> kernelLsmLabel(qint64 pid, QString *why)
{
    const auto read = [](const QByteArray &path, QByteArray *out) -> int {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return errno;
        char buf[512];
        const ssize_t n = ::read(fd, buf, sizeof buf);
        const int err = n < 0 ? errno : 0;
        ::close(fd);
        if (n > 0)
            *out = QByteArray(buf, int(n));
        return err;
    };
    QByteArray self;
    const int selfErr = read("/proc/self/attr/current"_ba, &self);
    if (selfErr == EINVAL)
        return std::nullopt;
    QByteArray label;
    if (const int err = read(QFile::encodeName(u"/proc/%1/attr/current"_s.arg(pid)), &label)) {
        *why = u"/proc/%1/attr/current: %2 (self: %3)"_s.arg(pid).arg(QString::fromLocal8Bit(strerror(err)))
                   .arg(selfErr);
        return QString();
    }
    while (!label.isEmpty() && (label.endsWith('\0') || label.endsWith('\n')))
        label.chop(1);
    return QString::fromUtf8(label);
}

/// pids.max of the container's own cgroup, found here through /proc/<pid>/cgroup (not through
/// the collector): -1 for "max", nullopt (with *where saying why) when it cannot be read.
std::optional<qint64> kernelPidsMax(qint64 pid, QString *where)
{
    QFile cgroup(u"/proc/%1/cgroup"_s.arg(pid));
    if (!cgroup.open(QIODevice::ReadOnly)) {
        *where = cgroup.fileName() + u": "_s + cgroup.errorString();
        return std::nullopt;
    }
    const bool v2 = QFile::exists(u"/sys/fs/cgroup/cgroup.controllers"_s);
    for (const QByteArray &line : cgroup.readAll().split('\n')) {
        // hierarchy-ID:controller-list:path
        const qsizetype first = line.indexOf(':');
        const qsizetype second = line.indexOf(':', first + 1);
        if (first < 0 || second < 0)
            continue;
        const QByteArray id = line.left(first);
        const QByteArray controllers = line.mid(first + 1, second - first - 1);
        const QString path = QString::fromUtf8(line.mid(second + 1));
        QString dir;
        if (v2 && id == "0" && controllers.isEmpty())
            dir = u"/sys/fs/cgroup"_s + path;
        else if (!v2 && controllers.split(',').contains("pids"))
            dir = u"/sys/fs/cgroup/pids"_s + path;
        else
            continue;
        QFile max(dir + u"/pids.max"_s);
        *where = max.fileName();
        if (!max.open(QIODevice::ReadOnly)) {
            *where += u": "_s + max.errorString();
            return std::nullopt;
        }
        const QByteArray value = max.readAll().trimmed();
        *where += u" = "_s + QString::fromLatin1(value);
        if (value == "max")
            return -1;
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? std::optional<qint64>(n) : std::nullopt;
    }
    *where = cgroup.fileName() + u": no pids hierarchy"_s;
    return std::nullopt;
}

} // namespace

#define START(var, prefix, options, host)                                                     \
    QString startWhy;                                                                              \
    if (!TestEnv::available(&startWhy))                                                            \
        QFAIL(qPrintable(startWhy));                                                               \
    ScopedContainer var(prefix, options, {u"sleep"_s, u"600"_s}, true, host);                 \
    QVERIFY2((var).ok(), qPrintable((var).error()));                                          \
    const std::optional<Collected> collected = collect((var).id(), (host).isEmpty() ? TestEnv::host() : (host), &startWhy); \
    QVERIFY2(collected, qPrintable(startWhy));                                                     \
    const ContainerFacts &facts = collected->facts;                                           \
    QVERIFY2(facts.pidVerified.isKnown() && *facts.pidVerified.value, qPrintable(facts.pidVerified.why.detail))

class tst_FactsIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void capabilities_data();
    void capabilities();
    void namespaces_data();
    void namespaces();
    void limits_data();
    void limits();
    void readOnlyNoNewPrivs();
    void socketUnderAnotherName();
    void usernsRemap();
    void daemonNotForgedByArgv_data();
    void daemonNotForgedByArgv();
    void asOrdinaryUser();
    void privilegedCreatedOnly();
};

void tst_FactsIntegration::capabilities_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("inBounding");
    QTest::addColumn<QStringList>("notInBounding");
    QTest::addColumn<bool>("effectiveEmpty");
    QTest::addColumn<QStringList>("added");
    QTest::addColumn<QStringList>("dropped");
    QTest::addRow("default: the 14") << QStringList() << QStringList{u"CAP_CHOWN"_s, u"CAP_NET_RAW"_s}
                                     << QStringList{u"CAP_SYS_ADMIN"_s} << false << QStringList() << QStringList();
    QTest::addRow("cap-add SYS_ADMIN, cap-drop NET_RAW")
        << QStringList{u"--cap-add"_s, u"SYS_ADMIN"_s, u"--cap-drop"_s, u"NET_RAW"_s}
        << QStringList{u"CAP_SYS_ADMIN"_s} << QStringList{u"CAP_NET_RAW"_s} << false
        << QStringList{u"CAP_SYS_ADMIN"_s} << QStringList{u"CAP_NET_RAW"_s};
    // non-root: nothing effective, but the bounding set still holds the added capability
    QTest::addRow("user 1000 with SYS_ADMIN")
        << QStringList{u"--user"_s, u"1000"_s, u"--cap-add"_s, u"SYS_ADMIN"_s}
        << QStringList{u"CAP_SYS_ADMIN"_s} << QStringList() << true << QStringList{u"CAP_SYS_ADMIN"_s} << QStringList();
    QTest::addRow("cap-drop ALL, cap-add NET_BIND_SERVICE")
        << QStringList{u"--cap-drop"_s, u"ALL"_s, u"--cap-add"_s, u"NET_BIND_SERVICE"_s}
        << QStringList{u"CAP_NET_BIND_SERVICE"_s} << QStringList{u"CAP_CHOWN"_s} << false << QStringList()
        << QStringList{u"CAP_CHOWN"_s, u"CAP_DAC_OVERRIDE"_s, u"CAP_FOWNER"_s, u"CAP_FSETID"_s, u"CAP_KILL"_s,
                       u"CAP_SETGID"_s, u"CAP_SETUID"_s, u"CAP_SETPCAP"_s, u"CAP_NET_RAW"_s,
                       u"CAP_SYS_CHROOT"_s, u"CAP_MKNOD"_s, u"CAP_AUDIT_WRITE"_s, u"CAP_SETFCAP"_s};
}

void tst_FactsIntegration::capabilities()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, inBounding);
    QFETCH(QStringList, notInBounding);
    QFETCH(bool, effectiveEmpty);
    QFETCH(QStringList, added);
    QFETCH(QStringList, dropped);
    const QString host;
    START(c, u"caps"_s, options, host);
    const CapabilityFacts &caps = facts.capabilities;
    QVERIFY2(caps.sets.isKnown(), qPrintable(caps.sets.why.detail));
    const QStringList bounding = Capabilities::names(caps.sets.value->bounding);
    for (const QString &n : inBounding)
        QVERIFY2(bounding.contains(n), qPrintable(n));
    for (const QString &n : notInBounding)
        QVERIFY2(!bounding.contains(n), qPrintable(n));
    QCOMPARE(caps.sets.value->effective == 0, effectiveEmpty);
    if (!effectiveEmpty)
        QCOMPARE(caps.sets.value->effective, caps.sets.value->bounding);
    QCOMPARE(caps.addedToDefault, added);
    QCOMPARE(caps.droppedFromDefault, dropped);
    // what dockerd was asked for is what the kernel enforces
    QCOMPARE(caps.expectedBounding, caps.sets.value->bounding);
    QCOMPARE(caps.seccompMode.value.value_or(-1), 2);
    QFile lastCap(u"/proc/sys/kernel/cap_last_cap"_s);
    QVERIFY(lastCap.open(QIODevice::ReadOnly));
    QCOMPARE(caps.lastCap, lastCap.readAll().trimmed().toInt());   // 40 on 5.9+ kernels
    QCOMPARE(facts.identity.uid.value.value_or(-1), options.contains(u"--user"_s) ? 1000 : 0);
}

void tst_FactsIntegration::namespaces_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("shared");    // the types that must be the host's
    const QStringList always = {u"user"_s, u"time"_s, u"time_for_children"_s};
    // cgroup v1: the daemon default for cgroupns is "host"
    QTest::addRow("default") << QStringList() << always + QStringList{u"cgroup"_s};
    QTest::addRow("--pid host") << QStringList{u"--pid"_s, u"host"_s}
                                << always + QStringList{u"cgroup"_s, u"pid"_s, u"pid_for_children"_s};
    QTest::addRow("--network host") << QStringList{u"--network"_s, u"host"_s} << always + QStringList{u"cgroup"_s, u"net"_s};
    QTest::addRow("--ipc host") << QStringList{u"--ipc"_s, u"host"_s} << always + QStringList{u"cgroup"_s, u"ipc"_s};
    QTest::addRow("--uts host") << QStringList{u"--uts"_s, u"host"_s} << always + QStringList{u"cgroup"_s, u"uts"_s};
    QTest::addRow("--cgroupns private") << QStringList{u"--cgroupns"_s, u"private"_s} << always;
}

void tst_FactsIntegration::namespaces()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, shared);
    const QString host;
    START(c, u"ns"_s, options, host);
    // PID 1 when its namespaces are readable (a VM); where they are refused (the Debian 12
    // development host), the daemon serving OUR socket, among several dockerds.
    const auto [reference, referencePid] = expectedReference(u"plain"_s);
    QCOMPARE(facts.namespaces.reference, reference);
    QCOMPARE(facts.namespaces.referencePid, referencePid);
    QCOMPARE(facts.namespaces.namespaces.size(), 10);
    // the cgroupns default is private on cgroup v2: drop the row's v1 expectation there
    if (facts.cgroup.version == CgroupVersion::V2)
        shared.removeAll(u"cgroup"_s);
    for (const NamespaceFact &n : facts.namespaces.namespaces) {
        QVERIFY2(n.inode.isKnown() && n.hostInode.isKnown(), qPrintable(n.type));
        // the host side is the reference process's link, read here with readlink(2)
        const QString link = readNsLink(referencePid, n.type);
        QVERIFY2(!link.isEmpty(), qPrintable(n.type));
        QCOMPARE(*n.hostInode.value, nsInode(link));
        QCOMPARE(n.shared, std::optional<bool>(shared.contains(n.type)));
        QVERIFY2(!n.disagrees, qPrintable(n.type + u" declared "_s + n.declaredMode));
    }
    QCOMPARE(facts.namespaces.rootMapsTo, std::optional<qint64>(0));
}

void tst_FactsIntegration::limits_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<qint64>("memoryLimit");    // -1: no limit
    QTest::addColumn<qint64>("pidsLimit");
    QTest::addRow("--memory 32m --pids-limit 100") << QStringList{u"--memory"_s, u"32m"_s, u"--pids-limit"_s, u"100"_s}
                                                   << qint64(33554432) << qint64(100);
    // unlimited reads 9223372036854771712 (memory) and "max" (pids): both "no limit"
    QTest::addRow("no limits") << QStringList() << qint64(-1) << qint64(-1);
}

void tst_FactsIntegration::limits()
{
    QFETCH(QStringList, options);
    QFETCH(qint64, memoryLimit);
    QFETCH(qint64, pidsLimit);
    const QString host;
    START(c, u"limits"_s, options, host);
    const CgroupFacts &cg = facts.cgroup;
    // the development host: v1 plus a "unified" mount, cgroupfs driver, path docker/<id>
    const bool top = QFile::exists(u"/sys/fs/cgroup/cgroup.controllers"_s);
    const bool unified = QFile::exists(u"/sys/fs/cgroup/unified"_s);
    QCOMPARE(cg.version, top ? CgroupVersion::V2 : unified ? CgroupVersion::Hybrid : CgroupVersion::V1);
    QCOMPARE(cg.driver, collected->context.cgroupDriver);
    if (cg.driver == u"cgroupfs"_s)
        QCOMPARE(cg.path.value.value_or(QString()), u"/docker/"_s + c.id());
    else
        QCOMPARE(cg.path.value.value_or(QString()), u"/system.slice/docker-"_s + c.id() + u".scope"_s);
    QVERIFY2(cg.memory.limit.isKnown(), qPrintable(cg.memory.limit.why.detail));
    QCOMPARE(cg.memory.limit.value->value_or(-1), memoryLimit);
    QVERIFY2(cg.pids.limit.isKnown(), qPrintable(cg.pids.limit.why.detail));
    // What the kernel enforces, read here from the container's own cgroup: the collector
    // must report exactly that.
    QString where;
    const std::optional<qint64> kernelPids = kernelPidsMax(c.pid(), &where);
    QVERIFY2(kernelPids, qPrintable(where));
    QCOMPARE(cg.pids.limit.value->value_or(-1), *kernelPids);
    if (pidsLimit > 0 || cg.driver != u"systemd"_s) {
        // --pids-limit given (either driver), or cgroupfs: exactly what was asked for
        QCOMPARE(cg.pids.limit.value->value_or(-1), pidsLimit);
    } else {
        // systemd driver without --pids-limit: the container's scope gets systemd's
        // DefaultTasksMax (e.g. 4681) or none, whatever the kernel file said above; never a
        // value the kernel does not enforce.
        QVERIFY2(*kernelPids == -1 || *kernelPids > 0, qPrintable(where));
    }
    QVERIFY(cg.memory.usage.value.value_or(0) > 0);
    QCOMPARE(cg.pids.current.value.value_or(-1), 1);
    QVERIFY(cg.memory.oomKills.isKnown());
    // the meminfo demonstration: the container sees the host's MemTotal, not its limit
    QVERIFY2(facts.meminfo.container.isKnown(), qPrintable(facts.meminfo.container.why.detail));
    QCOMPARE(facts.meminfo.seesHostMemory, std::optional<bool>(true));
    if (memoryLimit > 0)
        QVERIFY(facts.meminfo.container.value->value(u"MemTotal"_s) > memoryLimit);
    const Result<MemorySample> sample = sampleMemory(LocalHostFs(), cg);
    QVERIFY(sample.has_value());
    QVERIFY(sample->usage > 0);
    QCOMPARE(sample->limit.value_or(-1), memoryLimit);
}

void tst_FactsIntegration::readOnlyNoNewPrivs()
{
    const QString host;
    START(c, u"ro"_s, (QStringList{u"--read-only"_s, u"--security-opt"_s, u"no-new-privileges"_s}), host);
    QVERIFY(facts.identity.readonlyRootfs);
    QCOMPARE(facts.capabilities.noNewPrivs.value, std::optional<bool>(true));
    QCOMPARE(facts.capabilities.securityOpt, QStringList{u"no-new-privileges"_s});
    QVERIFY2(facts.capabilities.lsmLabel.isKnown(), qPrintable(facts.capabilities.lsmLabel.why.detail));
    QString why;
    const std::optional<QString> kernelLabel = kernelLsmLabel(c.pid(), &why);
    if (!kernelLabel) {
        // no LSM loaded (the Debian 12 host): EINVAL, reported as "none"
        QCOMPARE(*facts.capabilities.lsmLabel.value, u"none"_s);
    } else {
        // an LSM is loaded: the container's real label, never "none"
        QVERIFY2(!kernelLabel->isEmpty(), qPrintable(why));
        QCOMPARE(*facts.capabilities.lsmLabel.value, *kernelLabel);
        QVERIFY(*facts.capabilities.lsmLabel.value != u"none"_s);
        // under AppArmor it is the profile the daemon says it applied: "docker-default (enforce)"
        if (QFile::exists(u"/sys/kernel/security/apparmor"_s) && !facts.inspect.appArmorProfile.isEmpty()
            && facts.inspect.appArmorProfile != u"unconfined"_s)
            QCOMPARE(*facts.capabilities.lsmLabel.value, facts.inspect.appArmorProfile + u" (enforce)"_s);
    }
}

void tst_FactsIntegration::socketUnderAnotherName()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    // a hard link: another name, the same device and inode
    const QString alias = TestEnv::stateDir() + u"/h3-alias-"_s + QString::number(::getpid()) + u".sock"_s;
    QFile::remove(alias);
    QCOMPARE(::link(QFile::encodeName(TestEnv::socketPath()).constData(), QFile::encodeName(alias).constData()), 0);
    const auto cleanup = qScopeGuard([&] { QFile::remove(alias); });
    const QString host;
    START(c, u"sock"_s, (QStringList{u"-v"_s, alias + u":/run/api.sock:ro"_s, u"-v"_s, u"/etc:/host-etc:ro"_s}), host);
    QCOMPARE(facts.mounts.size(), 2);
    bool sawSocket = false, sawEtc = false;
    for (const MountFact &m : facts.mounts) {
        if (m.mount.destination == u"/run/api.sock"_s) {
            sawSocket = true;
            QVERIFY(m.isDockerSocket);
            QCOMPARE(m.socketMatch, Provenance::Proc);
            QCOMPARE(m.sensitive, SensitivePath::DockerSocket);
            QVERIFY(m.readOnly);                    // read-only, and still flagged
            QCOMPARE(m.source, Provenance::Proc);   // from the container's mountinfo
        } else if (m.mount.destination == u"/host-etc"_s) {
            sawEtc = true;
            QVERIFY(!m.isDockerSocket);
            QCOMPARE(m.sensitive, SensitivePath::Etc);
            QVERIFY(m.readOnly);
        }
    }
    QVERIFY(sawSocket && sawEtc);
}

void tst_FactsIntegration::usernsRemap()
{
    const QString host = TestEnv::usernsHost();
    START(c, u"userns"_s, QStringList(), host);
    QCOMPARE(facts.namespaces.rootMapsTo, std::optional<qint64>(100000));
    QVERIFY(facts.namespaces.uidMap.value.value_or(QString()).simplified().startsWith(u"0 100000 "_s));
    QCOMPARE(ns(facts, u"user"_s)->shared, std::optional<bool>(false));
    QCOMPARE(ns(facts, u"user"_s)->declaredShared, std::optional<bool>(false));
    QVERIFY(!ns(facts, u"user"_s)->disagrees);
    // the same rule as namespaces(): PID 1 when readable, else the remapping daemon
    const auto [reference, referencePid] = expectedReference(u"userns"_s);
    QCOMPARE(facts.namespaces.reference, reference);
    QCOMPARE(facts.namespaces.referencePid, referencePid);
    QCOMPARE(facts.identity.uid.value.value_or(-1), 100000);
    QCOMPARE(facts.identity.containerUid.value.value_or(-1), 0);
}

/// Anyone can start a process whose argv says "dockerd -H unix://<our socket>": the daemon is
/// the process that holds the listening socket (or that its pidfile names), never the first
/// command line that looks right. The fake runs as nobody (another uid than the socket's
/// owner) and as root (its fds are readable and hold no such socket).
void tst_FactsIntegration::daemonNotForgedByArgv_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addRow("fake dockerd of an ordinary user (nobody)") << u"65534"_s;
    QTest::addRow("fake dockerd of root") << u"0"_s;
}

void tst_FactsIntegration::daemonNotForgedByArgv()
{
    QFETCH(QString, uid);
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    if (::geteuid() != 0)
        QSKIP("starting a process as nobody needs root");
    const QString sock = TestEnv::socketPath();
    // argv: dockerd -c "read x" -H unix://<sock> --pidfile …: sh waits on our open stdin with a
    // builtin, so no child outlives it holding the test's output open.
    QProcess fake;
    fake.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // setpriv execs (runuser would fork and wait), so the pid we know becomes the fake.
    fake.start(u"setpriv"_s, {u"--reuid="_s + uid, u"--regid="_s + uid, u"--clear-groups"_s, u"bash"_s, u"-c"_s,
                              u"exec -a /usr/sbin/dockerd /bin/sh -c 'read x' -H unix://%1 --pidfile /nonexistent"_s.arg(sock)});
    QVERIFY(fake.waitForStarted());
    const qint64 fakePid = fake.processId();
    const auto cleanup = qScopeGuard([&fake] {
        fake.kill();
        fake.waitForFinished(10000);
    });
    // setpriv execs bash, which execs sh under the name dockerd: wait until its argv says so.
    const auto isFake = [fakePid] {
        QFile f(u"/proc/%1/cmdline"_s.arg(fakePid));
        return f.open(QIODevice::ReadOnly) && f.readAll().startsWith("/usr/sbin/dockerd");
    };
    QTRY_VERIFY_WITH_TIMEOUT(isFake(), 10000);
    CollectContext ctx;
    ctx.socketPath = sock;
    const LocalHostFs fs;
    const HostFacts host = collectHostFacts(&fs, ctx);
    QVERIFY(host.daemonPid);
    QCOMPARE(*host.daemonPid, daemonPidFromPidfile(u"plain"_s));
    QVERIFY2(host.daemonEvidence.contains(u"holds the listening socket"_s), qPrintable(host.daemonEvidence));
}

void tst_FactsIntegration::asOrdinaryUser()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    if (::geteuid() != 0)
        QSKIP("switching to nobody needs root");
    ScopedContainer c(u"nobody"_s, {u"--memory"_s, u"32m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const DockerCliResult inspect = TestEnv::docker({u"inspect"_s, c.id()});
    QVERIFY(inspect.ok());

    QProcess probe;
    probe.start(u"runuser"_s, {u"-u"_s, u"nobody"_s, u"--"_s, QStringLiteral(FACTSPROBE_PATH), TestEnv::socketPath()});
    QVERIFY(probe.waitForStarted());
    probe.write(inspect.standardOutput);
    probe.closeWriteChannel();
    QVERIFY(probe.waitForFinished(60000));
    QVERIFY2(probe.exitCode() == 0, probe.readAllStandardError().constData());
    const QJsonObject o = QJsonDocument::fromJson(probe.readAllStandardOutput()).object();
    QVERIFY(!o.isEmpty());
    QCOMPARE(o.value(u"pidCheck"_s)[u"verified"_s].toBool(), true);

    // root-only: unavailable with the reason and the path
    const qint64 pid = c.pid();
    const QJsonArray namespaces = o.value(u"namespaces"_s).toArray();
    QVERIFY(!namespaces.isEmpty());
    for (const auto &v : namespaces) {
        const QJsonObject n = v.toObject();
        QVERIFY(n.value(u"inode"_s).isNull());
        QCOMPARE(n.value(u"unavailable"_s)[u"inode"_s][u"code"_s].toString(), errorCodeName(ErrorCode::NeedsRoot));
        QVERIFY(n.value(u"unavailable"_s)[u"inode"_s][u"detail"_s].toString()
                    .startsWith(u"/proc/%1/ns/"_s.arg(pid)));
    }
    QCOMPARE(o.value(u"meminfo"_s)[u"unavailable"_s][u"container"_s][u"code"_s].toString(),
             errorCodeName(ErrorCode::NeedsRoot));
    // status and cgroup facts still come through
    const QJsonObject caps = o.value(u"capabilities"_s).toObject();
    QCOMPARE(caps.value(u"source"_s).toString(), u"proc"_s);
    QCOMPARE(caps.value(u"bounding"_s).toArray().size(), 14);
    QCOMPARE(caps.value(u"seccomp"_s).toInt(), 2);
    QCOMPARE(o.value(u"cgroup"_s)[u"memory"_s][u"limit"_s].toInteger(), 33554432);
    QCOMPARE(o.value(u"cgroup"_s)[u"pids"_s][u"current"_s].toInteger(), 1);
    QCOMPARE(o.value(u"user"_s)[u"uid"_s].toInt(-1), 0);
    QVERIFY(o.value(u"meminfo"_s)[u"host"_s][u"memTotal"_s].toInteger() > 0);
}

void tst_FactsIntegration::privilegedCreatedOnly()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    // --privileged cannot start here: created only, so there is no process to read
    ScopedContainer c(u"priv"_s, {u"--privileged"_s}, {u"sleep"_s, u"600"_s}, false);
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const std::optional<Collected> collected = collect(c.id(), TestEnv::host(), &why);
    QVERIFY2(collected, qPrintable(why));
    const ContainerFacts &facts = collected->facts;
    QCOMPARE(facts.pidVerified.why.code, ErrorCode::NotRunning);
    QCOMPARE(facts.capabilities.sets.why.code, ErrorCode::NotRunning);
    QCOMPARE(facts.cgroup.memory.limit.why.code, ErrorCode::NotRunning);
    // the declaration still tells the story
    QVERIFY(facts.capabilities.privileged);
    QCOMPARE(facts.capabilities.expectedBounding, Capabilities::allMask(40));
    QVERIFY(!facts.identity.maskedPaths.has_value());   // null for privileged
}

QTEST_GUILESS_MAIN(tst_FactsIntegration)
#include "tst_factsintegration.moc"
