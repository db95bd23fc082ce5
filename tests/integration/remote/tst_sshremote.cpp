// SPDX-License-Identifier: GPL-3.0-or-later
// The ssh transports and SshHostFs against a real OpenSSH server (tests/integration/remote/
// sshd.sh, key-only login, its own known_hosts and client config) in front of the real test
// daemon, whose socket is the "remote" socket path.

#include "core/audit/auditor.h"
#include "core/docker/dockerclient.h"
#include "core/facts/containerfactsloader.h"
#include "core/facts/factscollector.h"
#include "core/remote/connectionprofile.h"
#include "core/remote/remoteconnection.h"
#include "core/remote/sshcontrolmaster.h"
#include "core/remote/sshdialstdiotransport.h"
#include "core/remote/sshforwardtransport.h"
#include "core/remote/sshhostfs.h"
#include "common/auditwait.h"
#include "common/testenv.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <thread>

#include <unistd.h>
#include <optional>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dockscope::core::ConnectionProfile::SshTransport)

namespace {

template<class T, class Start>
std::optional<Result<T>> await(Start start, int timeoutMs = 30000)
{
    std::optional<Result<T>> out;
    QObject context;
    start(&context, [&out](Result<T> r) { out.emplace(std::move(r)); });
    QDeadlineTimer deadline(timeoutMs);
    while (!out && !deadline.hasExpired())
        QTest::qWait(10);
    return out;
}

QString describe(const std::optional<Result<QList<ContainerSummary>>> &r)
{
    if (!r)
        return u"timed out"_s;
    if (!r->has_value())
        return errorCodeName(r->error().code) + u": "_s + r->error().detail;
    return u"ok"_s;
}

bool listsContainer(DockerClient *client, const QString &id, QString *why)
{
    const auto list = await<QList<ContainerSummary>>([client](QObject *ctx, auto cb) { client->listContainers(true, ctx, cb); });
    *why = describe(list);
    if (!list || !list->has_value())
        return false;
    for (const ContainerSummary &c : list->value()) {
        if (c.id == id)
            return true;
    }
    *why = u"container not listed"_s;
    return false;
}

template<class T>
QByteArray errorText(const Result<T> &r)
{
    return r.has_value() ? QByteArray() : (errorCodeName(r.error().code) + u": "_s + r.error().detail).toUtf8();
}

/// Live processes whose command line contains text (zombies have none): the masters of a
/// control path.
QList<qint64> processesMentioning(const QString &text)
{
    QList<qint64> pids;
    const QByteArray needle = QFile::encodeName(text);
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == ::getpid())
            continue;
        QFile cmdline(u"/proc/"_s + entry + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            pids.append(pid);
    }
    return pids;
}

/// The memory cgroup directory of a process as this host's kernel names it (v1 or v2), "" if none.
QString memoryCgroupDir(qint64 pid)
{
    QFile cgroup(u"/proc/%1/cgroup"_s.arg(pid));
    if (!cgroup.open(QIODevice::ReadOnly))
        return QString();
    QString dir;
    for (const QByteArray &line : cgroup.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(':');
        if (f.size() < 3)
            continue;
        if (f.at(1).split(',').contains("memory"))
            return u"/sys/fs/cgroup/memory"_s + QString::fromUtf8(f.at(2));
        if (f.at(0) == "0" && f.at(1).isEmpty())
            dir = u"/sys/fs/cgroup"_s + QString::fromUtf8(f.at(2));
    }
    return dir;
}

QString verdicts(const AuditReport &report)
{
    QStringList lines;
    for (const CheckResult &r : report.results)
        lines << r.id + u' ' + r.containerName + u' ' + checkStatusName(r.status);
    lines.sort();
    return lines.join(u'\n');
}

} // namespace

class tst_SshRemote : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void bothTransportsListContainers_data();
    void bothTransportsListContainers();
    void missingRemoteSocketIsNamed();
    void fallsBackWhenForwardingIsRefused();
    void hostFsGivesContainerFacts();
    void auditOverSshMatchesLocalInFixedBatches();
    void auditSshRunsDoNotGrowWithContainers();
    void containerRefreshIsOneBatch();
    void loginShells_data();
    void loginShells();
    void tenThousandPaths();
    void failedBatchIsRetried();
    void outputIsCapped();
    void passphraseGoesThroughAskpass();
    void reconnectsAfterSshDies_data();
    void reconnectsAfterSshDies();
    void memorySamplesLogInOnce();
    void readsFromThreeTabsShareOneLogin();
    void deadOrHungMasterIsReplaced();
    void changedHostKeyIsRefused();   // last: it replaces the server's host key

private:
    SshTarget target(const QString &remoteSocket) const;
    ConnectionProfile profile(ConnectionProfile::SshTransport transport, const QString &remoteSocket) const;
    bool sshd(const QString &command, const QString &argument = QString());
    /// Logins the test sshd accepted so far ("Accepted publickey" lines of its log).
    int sshdLogins() const;
    static bool run(const QString &program, const QStringList &args);

    QTemporaryDir m_dir{u"/tmp/dstest-sshd-XXXXXX"_s};
    quint16 m_port = 0;
    QString m_config;
};

bool tst_SshRemote::sshd(const QString &command, const QString &argument)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    QStringList args{command, m_dir.path()};
    if (!argument.isEmpty())
        args << argument;
    p.start(QStringLiteral(DOCKSCOPE_SSHD_SCRIPT), args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

int tst_SshRemote::sshdLogins() const
{
    QFile log(m_dir.filePath(u"sshd.log"_s));
    if (!log.open(QIODevice::ReadOnly))
        return -1;
    return static_cast<int>(log.readAll().count("Accepted publickey for "));
}

void tst_SshRemote::initTestCase()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY(m_dir.isValid());
    QVERIFY2(sshd(u"start"_s), "sshd.sh start failed");
    QFile env(m_dir.filePath(u"env"_s));
    QVERIFY(env.open(QIODevice::ReadOnly));
    for (const QByteArray &line : env.readAll().split('\n')) {
        if (line.startsWith("export DOCKSCOPE_TEST_SSH_PORT="))
            m_port = static_cast<quint16>(line.mid(line.indexOf('=') + 1).toUInt());
    }
    QVERIFY(m_port != 0);
    m_config = m_dir.filePath(u"ssh_config"_s);
}

void tst_SshRemote::cleanupTestCase()
{
    if (m_dir.isValid())
        sshd(u"stop"_s);
}

SshTarget tst_SshRemote::target(const QString &remoteSocket) const
{
    SshTarget t;
    t.host = u"127.0.0.1"_s;
    t.user = u"root"_s;
    t.port = m_port;
    t.remoteSocketPath = remoteSocket;
    t.configFile = m_config;
    return t;
}

ConnectionProfile tst_SshRemote::profile(ConnectionProfile::SshTransport transport, const QString &remoteSocket) const
{
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Ssh;
    p.name = u"test sshd"_s;
    p.url = u"ssh://root@127.0.0.1:%1%2"_s.arg(m_port).arg(remoteSocket);
    p.sshTransport = transport;
    p.sshConfigFile = m_config;
    return p;
}

void tst_SshRemote::bothTransportsListContainers_data()
{
    QTest::addColumn<ConnectionProfile::SshTransport>("transport");
    QTest::addRow("managed forward") << ConnectionProfile::SshTransport::Forward;
    QTest::addRow("dial-stdio") << ConnectionProfile::SshTransport::DialStdio;
}

void tst_SshRemote::bothTransportsListContainers()
{
    QFETCH(ConnectionProfile::SshTransport, transport);
    ScopedContainer c(u"ssh"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));

    const auto conn = await<std::unique_ptr<RemoteConnection>>([&](QObject *ctx, auto cb) {
        RemoteConnection::open(profile(transport, TestEnv::socketPath()), QProcessEnvironment::systemEnvironment(), ctx, cb);
    }, 60000);
    QVERIFY(conn);
    QVERIFY2(conn->has_value(), errorText(*conn).constData());
    RemoteConnection *connection = conn->value().get();
    // The preferred transport worked: no fallback, and the description says which is in use.
    QCOMPARE(connection->sshTransport(), std::optional(transport));
    QVERIFY(connection->fallbackReasons().isEmpty());
    QVERIFY2(connection->transportDescription().contains(transport == ConnectionProfile::SshTransport::Forward
                                                             ? u"forward"_s : u"dial-stdio"_s),
             qPrintable(connection->transportDescription()));
    QVERIFY(!connection->version().apiVersion.isEmpty());
    QVERIFY(connection->hostFs());
    QVERIFY(!connection->hostFs()->isLocal());
    QCOMPARE(connection->hostFs()->describe(), u"ssh://root@127.0.0.1:%1"_s.arg(m_port));
    QVERIFY(!connection->execProbesAllowed());

    QString why;
    QVERIFY2(listsContainer(connection->client(), c.id(), &why), qPrintable(why));
    const auto inspect = await<ContainerInspect>([&](QObject *ctx, auto cb) { connection->client()->inspectContainer(c.id(), ctx, cb); });
    QVERIFY(inspect && inspect->has_value());
    QCOMPARE(inspect->value().state.pid, c.pid());
}

void tst_SshRemote::missingRemoteSocketIsNamed()
{
    // Neither transport can reach a socket that does not exist: the error names the socket.
    const auto conn = await<std::unique_ptr<RemoteConnection>>([&](QObject *ctx, auto cb) {
        RemoteConnection::open(profile(ConnectionProfile::SshTransport::Forward, u"/nonexistent/docker.sock"_s),
                               QProcessEnvironment::systemEnvironment(), ctx, cb);
    }, 60000);
    QVERIFY(conn);
    QVERIFY(!conn->has_value());
    QCOMPARE(conn->error().code, ErrorCode::SshError);
    QCOMPARE(SshCommand::failureOf(conn->error()), SshFailure::RemoteSocketMissing);
}

void tst_SshRemote::fallsBackWhenForwardingIsRefused()
{
    // The server refuses unix-socket forwarding: the preferred forward fails with the cause,
    // dial-stdio takes over, and the connection says so.
    QVERIFY(sshd(u"forwarding"_s, u"no"_s));
    auto restore = qScopeGuard([this] { QVERIFY(sshd(u"forwarding"_s, u"yes"_s)); });
    ScopedContainer c(u"sshfb"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const auto conn = await<std::unique_ptr<RemoteConnection>>([&](QObject *ctx, auto cb) {
        RemoteConnection::open(profile(ConnectionProfile::SshTransport::Forward, TestEnv::socketPath()),
                               QProcessEnvironment::systemEnvironment(), ctx, cb);
    }, 60000);
    QVERIFY(conn);
    QVERIFY2(conn->has_value(), errorText(*conn).constData());
    RemoteConnection *connection = conn->value().get();
    QCOMPARE(connection->sshTransport(), std::optional(ConnectionProfile::SshTransport::DialStdio));
    QCOMPARE(connection->fallbackReasons().size(), 1);
    QCOMPARE(connection->fallbackReasons().constFirst().code, ErrorCode::SshError);
    // OpenSSH 9.2 reports a refused forward exactly like a missing socket ("channel 1: open
    // failed: connect failed: open failed"), so that is the cause the client can name.
    QCOMPARE(SshCommand::failureOf(connection->fallbackReasons().constFirst()), SshFailure::RemoteSocketMissing);
    QString why;
    QVERIFY2(listsContainer(connection->client(), c.id(), &why), qPrintable(why));
}

void tst_SshRemote::hostFsGivesContainerFacts()
{
    ScopedContainer c(u"sshfacts"_s, {u"--cap-add"_s, u"SYS_PTRACE"_s, u"--memory"_s, u"64m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    DockerClient client(*parseEndpointUrl(TestEnv::host()));
    const auto inspect = await<ContainerInspect>([&](QObject *ctx, auto cb) { client.inspectContainer(c.id(), ctx, cb); });
    QVERIFY(inspect && inspect->has_value());
    const auto info = await<DaemonInfo>([&](QObject *ctx, auto cb) { client.info(ctx, cb); });
    QVERIFY(info && info->has_value());

    SshHostFs fs(target(TestEnv::socketPath()));
    fs.setMaxAge(std::chrono::seconds(30));
    const qint64 pid = inspect->value().state.pid;
    const QString proc = u"/proc/"_s + QString::number(pid);
    // The container's memory cgroup as this host's kernel names it: v1 (Debian 12 here) or v2.
    QFile localCgroup(proc + u"/cgroup"_s);
    QVERIFY(localCgroup.open(QIODevice::ReadOnly));
    QString memoryDir;
    QString limitFile;
    for (const QByteArray &line : localCgroup.readAll().split('\n')) {
        const QList<QByteArray> f = line.split(':');
        if (f.size() < 3)
            continue;
        if (f.at(1).split(',').contains("memory")) {
            memoryDir = u"/sys/fs/cgroup/memory"_s + QString::fromUtf8(f.at(2));
            limitFile = u"memory.limit_in_bytes"_s;
        } else if (f.at(0) == "0" && f.at(1).isEmpty() && memoryDir.isEmpty()) {
            memoryDir = u"/sys/fs/cgroup"_s + QString::fromUtf8(f.at(2));
            limitFile = u"memory.max"_s;
        }
    }
    QVERIFY2(!memoryDir.isEmpty(), "no memory cgroup in /proc/<pid>/cgroup");
    QStringList paths{proc + u"/status"_s, proc + u"/cgroup"_s, proc + u"/ns"_s, u"/proc/meminfo"_s,
                      u"/proc/sys/kernel/cap_last_cap"_s, u"/proc/1/ns"_s, u"/etc/hostname"_s, memoryDir};
    for (const QString &type : {u"cgroup"_s, u"ipc"_s, u"mnt"_s, u"net"_s, u"pid"_s, u"user"_s, u"uts"_s})
        paths << proc + u"/ns/"_s + type << u"/proc/1/ns/"_s + type;
    fs.prefetch(paths);
    QCOMPARE(fs.batchCount(), 1);

    // Served from the batch: no further ssh run.
    const Result<QByteArray> status = fs.readFile(proc + u"/status"_s);
    QVERIFY2(status.has_value(), errorText(status).constData());
    QVERIFY(status.value().contains("CapBnd:"));
    QFile localHostname(u"/etc/hostname"_s);
    QVERIFY(localHostname.open(QIODevice::ReadOnly));
    QCOMPARE(fs.readFile(u"/etc/hostname"_s).value_or(QByteArray()), localHostname.readAll());
    const Result<QString> link = fs.readLink(proc + u"/ns/net"_s);
    QVERIFY2(link.has_value(), errorText(link).constData());
    QVERIFY(link.value().startsWith(u"net:["_s));
    // PID 1's namespaces: what a local readlink(2) gives, refusal included (this sandbox refuses
    // them even to root: PermissionDenied, as with local reads).
    char target[256] = {};
    const ssize_t n = ::readlink("/proc/1/ns/net", target, sizeof target - 1);
    const Result<QString> pid1Net = fs.readLink(u"/proc/1/ns/net"_s);
    if (n < 0) {
        QVERIFY(errno == EACCES || errno == EPERM);
        QVERIFY(!pid1Net.has_value());
        QCOMPARE(pid1Net.error().code, ErrorCode::PermissionDenied);
    } else {
        QVERIFY2(pid1Net.has_value(), errorText(pid1Net).constData());
        QCOMPARE(pid1Net.value(), QString::fromLatin1(target, n));
    }
    const Result<QByteArray> limit = fs.readFile(memoryDir + u'/' + limitFile);
    QVERIFY2(limit.has_value(), errorText(limit).constData());
    QCOMPARE(limit.value().trimmed(), QByteArray::number(64 * 1024 * 1024));
    QCOMPARE(fs.batchCount(), 1);

    // The facts layer over ssh: the pid is verified through the remote /proc/<pid>/cgroup.
    CollectContext context;
    context.dockerRootDir = info->value().dockerRootDir;
    context.cgroupDriver = info->value().cgroupDriver;
    context.cgroupVersion = info->value().cgroupVersion;
    const HostFacts host = collectHostFacts(&fs, context);
    QVERIFY(host.hostAccess);
    const ContainerFacts facts = collectContainerFacts(inspect->value(), &fs, host, context);
    QVERIFY2(facts.pidVerified.value.value_or(false), qPrintable(facts.pidVerified.why.detail));
    QVERIFY2(facts.capabilities.sets.isKnown(), qPrintable(facts.capabilities.sets.why.detail));
    QCOMPARE(facts.capabilities.sets.source, Provenance::Proc);
    QVERIFY(facts.capabilities.sets.value->bounding & (quint64(1) << 19));   // CAP_SYS_PTRACE
    QVERIFY(facts.cgroup.memory.limit.isKnown());
    QCOMPARE(facts.cgroup.memory.limit.value->value_or(-1), qint64(64 * 1024 * 1024));
}

void tst_SshRemote::auditOverSshMatchesLocalInFixedBatches()
{
    // A container that mounts the daemon's socket and adds a capability: container checks
    // that need /proc (5.3 capabilities, 5.32 socket mount) and the host-file checks (§1, §3).
    ScopedContainer a(u"sshaudit"_s, {u"--cap-add"_s, u"NET_ADMIN"_s, u"-v"_s,
                                      TestEnv::socketPath() + u":/var/run/docker.sock"_s});
    QVERIFY2(a.ok(), qPrintable(a.error()));
    DockerClient client(*parseEndpointUrl(TestEnv::host()));

    const Result<AuditReport> local = runAuditToEnd(&client, std::make_shared<LocalHostFs>(), {a.name()});
    QVERIFY2(local.has_value(), errorText(local).constData());
    auto fs = std::make_shared<SshHostFs>(target(TestEnv::socketPath()));
    fs->setBatchTimeout(std::chrono::minutes(3));   // an emulated guest (Debian 13 leg) is slow
    // Answers read outside an audit's snapshots expire after 2 s and are fetched again: in the
    // emulated guest, stages are further apart than that. Not what this test counts.
    fs->setMaxAge(std::chrono::minutes(10));
    const Result<AuditReport> remote = runAuditToEnd(&client, fs, {a.name()}, 300000);
    QVERIFY2(remote.has_value(), errorText(remote).constData());
    const int oneContainer = fs->batchCount();

    // The same verdicts as reading this host's files directly, every check included.
    QCOMPARE(verdicts(remote.value()), verdicts(local.value()));
    const auto find = [](const AuditReport &r, const QString &id) {
        const auto it = std::find_if(r.results.cbegin(), r.results.cend(),
                                     [&id](const CheckResult &c) { return c.id == id; });
        return it == r.results.cend() ? CheckStatus::Unknown : it->status;
    };
    QCOMPARE(find(remote.value(), u"5.32"_s), CheckStatus::Fail);   // the socket, matched by inode over ssh
    QVERIFY(remote->containers.size() == 1 && remote->containers.first().capabilities.sets.isKnown());
    QCOMPARE(remote->containers.first().capabilities.sets.source, Provenance::Proc);

    // A fixed number of ssh runs per audit, however many containers it covers.
    QVERIFY2(oneContainer <= 6, qPrintable(u"%1 ssh runs for one audit"_s.arg(oneContainer)));
    ScopedContainer b(u"sshaudit"_s, {u"--memory"_s, u"32m"_s});
    ScopedContainer c(u"sshaudit"_s, {u"--pids-limit"_s, u"50"_s});
    QVERIFY2(b.ok() && c.ok(), qPrintable(b.error() + c.error()));
    const Result<AuditReport> three = runAuditToEnd(&client, fs, {a.name(), b.name(), c.name()}, 300000);
    QVERIFY2(three.has_value(), errorText(three).constData());
    QCOMPARE(three->containers.size(), 3);
    // The same fixed bound for three containers as for one: runs that grew with the containers
    // would exceed it.
    // (Equal here, 5 and 5. In the emulated Debian 13 guest either audit has taken one run more,
    // 6 against 5 in both directions, while other tests loaded the guest; the cause is not
    // proven. The extra run did not come from the containers, which is what this asserts.)
    const int threeContainers = fs->batchCount() - oneContainer;
    QVERIFY2(threeContainers <= 6,
             qPrintable(u"%1 ssh runs for three containers, %2 for one"_s.arg(threeContainers).arg(oneContainer)));
}

void tst_SshRemote::auditSshRunsDoNotGrowWithContainers()
{
    // Six containers' audit under emulation costs minutes; the counting is the same on the Debian 12 leg.
    if (TestEnv::emulated())
        QSKIP(TestEnv::skipUnderEmulationReason());
    // Issue #16: the audit of 50 containers over ssh took minutes. Its host files are read in
    // stages, each one batch for every container at once; here an audit of six containers
    // starts as many ssh processes (the master's login, its check, the batches) as an audit
    // of one, and logs in once. Each audit gets its own SshHostFs, so both log in.
    const QString log = m_dir.filePath(u"counted-ssh.log"_s);
    const QString wrapper = m_dir.filePath(u"counted-ssh.sh"_s);
    QFile script(wrapper);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\necho run >> '%1'\nexec ssh \"$@\"\n").arg(log).toUtf8());
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const auto sshProcesses = [&log] {
        QFile f(log);
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count("run\n")) : 0;
    };
    SshTarget t = target(TestEnv::socketPath());
    t.program = wrapper;
    const auto newHostFs = [&t] {
        auto fs = std::make_shared<SshHostFs>(t);
        fs->setBatchTimeout(std::chrono::minutes(3));   // an emulated guest (Debian 13 leg) is slow
        fs->setMaxAge(std::chrono::minutes(10));        // see auditOverSshMatchesLocalInFixedBatches
        return fs;
    };
    DockerClient client(*parseEndpointUrl(TestEnv::host()));

    std::vector<std::unique_ptr<ScopedContainer>> containers;
    QStringList names;
    const auto addContainer = [&containers, &names](const QStringList &options) {
        containers.push_back(std::make_unique<ScopedContainer>(u"sshscale"_s, options));
        names << containers.back()->name();
        return containers.back()->ok() ? QString() : containers.back()->error();
    };
    const QString created = addContainer({u"--memory"_s, u"32m"_s});
    QVERIFY2(created.isEmpty(), qPrintable(created));
    auto one = newHostFs();
    const Result<AuditReport> first = runAuditToEnd(&client, one, names, 300000);
    QVERIFY2(first.has_value(), errorText(first).constData());
    QCOMPARE(first->containers.size(), 1);
    const int oneBatches = one->batchCount();
    const int oneProcesses = sshProcesses();
    QCOMPARE(one->controlMaster()->loginCount(), 1);

    for (int i = 0; i < 5; ++i) {
        const QString more = addContainer(i % 2 ? QStringList{u"--pids-limit"_s, u"50"_s} : QStringList{});
        QVERIFY2(more.isEmpty(), qPrintable(more));
    }
    auto six = newHostFs();
    const int sshBefore = sshProcesses();
    const Result<AuditReport> all = runAuditToEnd(&client, six, names, 300000);
    QVERIFY2(all.has_value(), errorText(all).constData());
    QCOMPARE(all->containers.size(), 6);
    for (const ContainerFacts &f : all->containers)
        QVERIFY2(f.pidVerified.value.value_or(false), qPrintable(f.name + u": "_s + f.pidVerified.why.detail));
    const int sixBatches = six->batchCount();
    const int sixProcesses = sshProcesses() - sshBefore;
    const QString figures = u"one container: %1 batches, %2 ssh processes; six: %3 batches, %4 ssh processes"_s
                                .arg(oneBatches).arg(oneProcesses).arg(sixBatches).arg(sixProcesses);
    qInfo().noquote() << figures;
    // The same fixed bound for both (a run per container would put six over it), and not
    // one process more for six than for one. (The emulated Debian 13 guest has been seen to
    // take one run more for either audit, see auditOverSshMatchesLocalInFixedBatches: the
    // comparison allows that one.)
    QVERIFY2(oneBatches <= 6 && sixBatches <= 6, qPrintable(figures));
    QVERIFY2(sixBatches <= oneBatches + 1, qPrintable(figures));
    QVERIFY2(sixProcesses <= oneProcesses + 1, qPrintable(figures));
    QCOMPARE(six->controlMaster()->loginCount(), 1);
}

void tst_SshRemote::containerRefreshIsOneBatch()
{
    ScopedContainer c(u"sshrefresh"_s, {u"--memory"_s, u"48m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    DockerClient client(*parseEndpointUrl(TestEnv::host()));
    const auto info = await<DaemonInfo>([&](QObject *ctx, auto cb) { client.info(ctx, cb); });
    QVERIFY(info && info->has_value());
    CollectContext context;
    context.socketPath = TestEnv::socketPath();
    context.cgroupDriver = info->value().cgroupDriver;
    context.cgroupVersion = info->value().cgroupVersion;
    auto fs = std::make_shared<SshHostFs>(target(TestEnv::socketPath()));
    fs->setBatchTimeout(std::chrono::minutes(3));
    ContainerFactsLoader loader(&client, fs, context);
    QSignalSpy ready(&loader, &ContainerFactsLoader::factsReady);
    QSignalSpy failed(&loader, &ContainerFactsLoader::failed);

    loader.load(c.id());
    QVERIFY(ready.wait(240000));
    const int first = fs->batchCount();
    loader.load(c.id());    // a refresh: host facts cached, cgroup directories known
    QVERIFY(ready.wait(240000));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(fs->batchCount() - first, 1);
    const auto facts = ready.last().first().value<ContainerFacts>();
    QVERIFY2(facts.pidVerified.value.value_or(false), qPrintable(facts.pidVerified.why.detail));
    QVERIFY(facts.cgroup.memory.limit.isKnown());
    QCOMPARE(facts.cgroup.memory.limit.value->value_or(-1), qint64(48 * 1024 * 1024));
    QVERIFY(facts.cgroup.memory.usage.isKnown());
}

bool tst_SshRemote::run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedChannels);
    p.start(program, args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void tst_SshRemote::loginShells_data()
{
    QTest::addColumn<QString>("shell");
    QTest::addRow("bash") << u"/bin/bash"_s;
    QTest::addRow("dash") << u"/bin/dash"_s;
    // fish and tcsh read quotes unlike sh: the old `sh -c '<script>' …` command broke there.
    QTest::addRow("fish") << u"/usr/bin/fish"_s;
    QTest::addRow("tcsh") << u"/usr/bin/tcsh"_s;
}

void tst_SshRemote::loginShells()
{
    QFETCH(QString, shell);
    if (TestEnv::emulated() && shell != u"/bin/bash"_s)
        QSKIP(TestEnv::skipUnderEmulationReason());
    if (::geteuid() != 0)
        QSKIP("creating a user with that login shell needs root");
    QVERIFY2(QFileInfo(shell).isExecutable(), qPrintable(shell + u" missing: run scripts/install-deps"_s));
    // A user of our own whose login shell is `shell`, removed at the end; "*" = no password
    // but not locked (sshd without PAM refuses locked accounts even to a key).
    const QString user = u"dstest-"_s + QFileInfo(shell).fileName();
    QTemporaryDir home(u"/tmp/dstest-home-XXXXXX"_s);
    QVERIFY(home.isValid());
    run(u"userdel"_s, {user});   // left over by an interrupted run
    QVERIFY(run(u"useradd"_s, {u"-M"_s, u"-N"_s, u"-p"_s, u"*"_s, u"-d"_s, home.path(), u"-s"_s, shell, user}));
    // sshd reads the shared authorized_keys as that user: the key directory must be searchable.
    const QFileDevice::Permissions dirPermissions = QFile::permissions(m_dir.path());
    auto restore = qScopeGuard([&] {
        QFile::setPermissions(m_dir.path(), dirPermissions);
        run(u"userdel"_s, {user});
    });
    QVERIFY(QFile::setPermissions(m_dir.path(), dirPermissions | QFileDevice::ExeOther));

    // Content and a name that look like the batch's framing, and shell syntax in the name.
    const QByteArray fake = QByteArray("Z OK\nE\nP 1\nS OK 81a4 0 0 4 1 2\nE\nDSB1 END 2\n\0end", 45);
    // (A backslash: fish reads \' inside single quotes as a quote, so sh quoting was no quoting.)
    const QString name = u"it's \"$(x)\" `y` back\\slash\\' %1\nz"_s.arg(user);
    // Not in the home directory itself: fish writes its own files there.
    const QString files = home.filePath(u"files"_s);
    QVERIFY(QDir().mkdir(files));
    QFile file(files + u'/' + name);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(fake) == fake.size());
    file.close();
    QVERIFY(run(u"chown"_s, {u"-R"_s, user, home.path()}));
    const QString absent = files + u"/absent"_s;

    SshTarget t = target(TestEnv::socketPath());
    t.user = user;
    SshHostFs fs(t);
    fs.setBatchTimeout(std::chrono::minutes(3));
    fs.prefetch({file.fileName(), files, u"/etc/hostname"_s, u"/proc/self/status"_s, absent});
    QCOMPARE(fs.batchCount(), 1);
    const Result<QByteArray> content = fs.readFile(file.fileName());
    QVERIFY2(content.has_value(), errorText(content).constData());
    QCOMPARE(content.value(), fake);
    QCOMPARE(fs.listDir(files).value_or(QStringList()), QStringList{name});
    QFile localHostname(u"/etc/hostname"_s);
    QVERIFY(localHostname.open(QIODevice::ReadOnly));
    QCOMPARE(fs.readFile(u"/etc/hostname"_s).value_or(QByteArray()), localHostname.readAll());
    QCOMPARE(fs.stat(absent).error().code, ErrorCode::NotFound);
    // It ran as that user, not as root.
    const QByteArray status = fs.readFile(u"/proc/self/status"_s).value_or(QByteArray());
    QVERIFY2(status.contains("Uid:") && !status.contains("Uid:\t0\t"), status.constData());
    QCOMPARE(fs.batchCount(), 1);
}

void tst_SshRemote::tenThousandPaths()
{
    // A big host's worth of paths: more than one argument may hold (128 KiB), so more than one
    // ssh run, and each path gets its own answer. 40 files, the rest absent.
    // Measured: 12 s on the Debian 12 leg, more than Qt's 300 s function limit in the guest
    // under TCG; the framing and splitting are the same code on both.
    if (TestEnv::emulated())
        QSKIP(TestEnv::skipUnderEmulationReason());
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList paths;
    QList<SshBatch::Request> requests;
    for (int i = 0; i < 10000; ++i) {
        const QString path = dir.filePath(u"f%1-%2"_s.arg(i).arg(QString(40, u'x')));
        if (i % 250 == 0) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(QByteArray::number(i)) > 0);
        }
        paths << path;
        requests.append({path, false});
    }
    SshHostFs fs(target(TestEnv::socketPath()));
    fs.setMaxAge(std::chrono::minutes(10));
    fs.setBatchTimeout(std::chrono::minutes(3));
    QElapsedTimer timer;
    timer.start();
    fs.prefetch(paths);
    const qint64 elapsed = timer.elapsed();
    const int batches = fs.batchCount();
    for (int i = 0; i < paths.size(); ++i) {
        if (i % 250 == 0) {
            const Result<QByteArray> r = fs.readFile(paths.at(i));
            QVERIFY2(r.has_value(), errorText(r).constData());
            QCOMPARE(r.value(), QByteArray::number(i));
        } else {
            QCOMPARE(fs.stat(paths.at(i)).error().code, ErrorCode::NotFound);
        }
    }
    QCOMPARE(fs.batchCount(), batches);   // all served from the batches
    QCOMPARE(batches, SshBatch::split(requests).size());
    QVERIFY(batches > 1);
    qInfo("10,000 paths over ssh: %d ssh runs, %lld ms", batches, elapsed);
}

void tst_SshRemote::failedBatchIsRetried()
{
    if (TestEnv::emulated())
        QSKIP(TestEnv::skipUnderEmulationReason());
    // The first ssh run fails (a wrapper stands in for a dropped connection), the next work.
    // A snapshot (one audit) served the failure for its whole life, so one bad moment
    // blinded a whole audit; it is served briefly now, then the path is fetched again.
    const QString flag = m_dir.filePath(u"flaky-ran"_s);
    QFile::remove(flag);
    const QString wrapper = m_dir.filePath(u"flaky-ssh.sh"_s);
    QFile script(wrapper);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\nif [ ! -e '%1' ]; then : > '%1'\n"
                                "echo 'ssh: connect to host 127.0.0.1 port 22: Connection refused' >&2; exit 255; fi\n"
                                "exec ssh \"$@\"\n").arg(flag).toUtf8());
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    SshTarget t = target(TestEnv::socketPath());
    t.program = wrapper;
    const auto snapshot = HostFs::snapshotOf(std::make_shared<SshHostFs>(t));
    const Result<QByteArray> first = snapshot->readFile(u"/etc/hostname"_s);
    QVERIFY(!first.has_value());
    QCOMPARE(SshCommand::failureOf(first.error()), SshFailure::ConnectionRefused);
    QTRY_VERIFY_WITH_TIMEOUT(snapshot->readFile(u"/etc/hostname"_s).has_value(), 15000);
}

void tst_SshRemote::outputIsCapped()
{
    if (TestEnv::emulated())
        QSKIP(TestEnv::skipUnderEmulationReason());
    // One batch's output has a hard cap: the batch stops with ProtocolError, what came
    // complete before is kept, and what the stop cost is fetched again later on its own.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &data) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(u"a"_s, "first") && write(u"big"_s, QByteArray(200 * 1024, 'x')) && write(u"b"_s, "after"));
    auto fs = std::make_shared<SshHostFs>(target(TestEnv::socketPath()));
    fs->setMaxOutput(64 * 1024);
    const auto snapshot = HostFs::snapshotOf(fs);
    snapshot->prefetch({dir.filePath(u"a"_s), dir.filePath(u"big"_s), dir.filePath(u"b"_s)});
    QCOMPARE(fs->batchCount(), 1);
    QCOMPARE(snapshot->readFile(dir.filePath(u"a"_s)).value_or(QByteArray()), QByteArray("first"));
    const Result<QByteArray> big = snapshot->readFile(dir.filePath(u"big"_s));
    QVERIFY(!big.has_value());
    QCOMPARE(big.error().code, ErrorCode::ProtocolError);
    QCOMPARE(fs->batchCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(snapshot->readFile(dir.filePath(u"b"_s)).value_or(QByteArray()), QByteArray("after"), 15000);
}

void tst_SshRemote::passphraseGoesThroughAskpass()
{
    if (TestEnv::emulated())
        QSKIP(TestEnv::skipUnderEmulationReason());
    // A key with a passphrase, accepted by the server: batch mode cannot use it, an SSH_ASKPASS
    // program (what the GUI sets) answers the prompt.
    const QString key = m_dir.filePath(u"pp_ed25519"_s);
    const QString phrase = u"dockscope test passphrase"_s;
    QProcess keygen;
    keygen.start(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, phrase, u"-C"_s, u"pp"_s, u"-f"_s, key});
    QVERIFY(keygen.waitForFinished(30000) && keygen.exitCode() == 0);
    QFile pub(key + u".pub"_s);
    QFile authorized(m_dir.filePath(u"authorized_keys"_s));
    QVERIFY(pub.open(QIODevice::ReadOnly) && authorized.open(QIODevice::Append));
    authorized.write(pub.readAll());
    authorized.close();
    QFile base(m_config);
    QVERIFY(base.open(QIODevice::ReadOnly));
    QByteArray config = base.readAll();
    config.replace(QFile::encodeName(m_dir.filePath(u"client_ed25519"_s)), QFile::encodeName(key));
    const QString configPath = m_dir.filePath(u"pp_config"_s);
    QFile ppConfig(configPath);
    QVERIFY(ppConfig.open(QIODevice::WriteOnly) && ppConfig.write(config) == config.size());
    ppConfig.close();
    const QString log = m_dir.filePath(u"askpass.log"_s);
    const QString askpass = m_dir.filePath(u"askpass.sh"_s);
    QFile script(askpass);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '%1'\necho '%2'\n").arg(log, phrase).toUtf8());
    script.close();
    QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

    SshTarget t = target(TestEnv::socketPath());
    t.configFile = configPath;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"SSH_AUTH_SOCK"_s);
    env.remove(u"SSH_ASKPASS"_s);

    // Without an askpass program: batch mode, and the refusal is named.
    SshHostFs batch(t, env);
    const Result<QByteArray> refused = batch.readFile(u"/etc/hostname"_s);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::SshError);
    QVERIFY2(refused.error().detail.contains(SshCommand::failureName(SshFailure::AuthenticationFailed)),
             qPrintable(refused.error().detail));

    env.insert(u"SSH_ASKPASS"_s, askpass);
    env.insert(u"DISPLAY"_s, u":dockscope-test"_s);
    QVERIFY(SshCommand::askPassUsable(env));
    SshHostFs asked(t, env);
    const Result<QByteArray> hostname = asked.readFile(u"/etc/hostname"_s);
    QVERIFY2(hostname.has_value(), errorText(hostname).constData());
    QFile prompts(log);
    QVERIFY(prompts.open(QIODevice::ReadOnly));
    QVERIFY2(prompts.readAll().contains("passphrase"), "ssh did not ask the askpass program for the passphrase");
}

void tst_SshRemote::reconnectsAfterSshDies_data()
{
    QTest::addColumn<ConnectionProfile::SshTransport>("transport");
    QTest::addRow("managed forward") << ConnectionProfile::SshTransport::Forward;
    QTest::addRow("dial-stdio") << ConnectionProfile::SshTransport::DialStdio;
}

void tst_SshRemote::reconnectsAfterSshDies()
{
    QFETCH(ConnectionProfile::SshTransport, transport);
    if (TestEnv::emulated() && transport != ConnectionProfile::SshTransport::DialStdio)
        QSKIP(TestEnv::skipUnderEmulationReason());
    ScopedContainer c(u"sshre"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const SshTarget t = target(TestEnv::socketPath());
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Ssh;
    endpoint.host = t.host;
    endpoint.port = t.port;
    endpoint.sshUser = t.user;
    endpoint.remoteSocketPath = t.remoteSocketPath;
    SshForwardTransport *forward = nullptr;
    SshDialStdioTransport *dial = nullptr;
    std::unique_ptr<Transport> owned;
    if (transport == ConnectionProfile::SshTransport::Forward)
        owned.reset(forward = new SshForwardTransport(t, QProcessEnvironment::systemEnvironment()));
    else
        owned.reset(dial = new SshDialStdioTransport(t, QProcessEnvironment::systemEnvironment()));
    DockerClient client(endpoint, std::move(owned));
    QString why;
    QVERIFY2(listsContainer(&client, c.id(), &why), qPrintable(why));

    QList<qint64> before = forward ? QList<qint64>{forward->processId()} : dial->processIds();
    QVERIFY(!before.isEmpty() && before.first() > 0);
    for (qint64 pid : std::as_const(before))
        QCOMPARE(::kill(static_cast<pid_t>(pid), SIGKILL), 0);

    // The next requests may see the dropped connection once; within the deadline the client
    // is back, over a new ssh process.
    QDeadlineTimer deadline(30000);
    bool back = false;
    while (!back && !deadline.hasExpired())
        back = listsContainer(&client, c.id(), &why);
    QVERIFY2(back, qPrintable(why));
    const QList<qint64> after = forward ? QList<qint64>{forward->processId()} : dial->processIds();
    QVERIFY(!after.isEmpty());
    for (qint64 pid : after)
        QVERIFY(!before.contains(pid));
}

void tst_SshRemote::memorySamplesLogInOnce()
{
    // Issue #16: an open remote tab sampled memory once a second and each sample was a new ssh
    // login on the audited host. Now the connection's host files keep one login: what the
    // host's auth log shows is one login for the forward and one for the host files, then
    // none, however many samples follow. When the connection goes, its master goes too.
    ScopedContainer c(u"sshsample"_s, {u"--memory"_s, u"40m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const QString memoryDir = memoryCgroupDir(c.pid());
    QVERIFY2(!memoryDir.isEmpty(), "no memory cgroup in /proc/<pid>/cgroup");
    const int loginsBefore = sshdLogins();
    QVERIFY(loginsBefore >= 0);

    auto conn = await<std::unique_ptr<RemoteConnection>>([&](QObject *ctx, auto cb) {
        RemoteConnection::open(profile(ConnectionProfile::SshTransport::Forward, TestEnv::socketPath()),
                               QProcessEnvironment::systemEnvironment(), ctx, cb);
    }, 60000);
    QVERIFY(conn);
    QVERIFY2(conn->has_value(), errorText(*conn).constData());
    std::unique_ptr<RemoteConnection> connection = std::move(conn->value());
    auto fs = std::dynamic_pointer_cast<const SshHostFs>(connection->hostFs());
    QVERIFY(fs);
    // One memory sample: the chart prefetches the cgroup directory (always fetched anew) and
    // reads the usage from it.
    const auto sample = [&fs, &memoryDir] {
        fs->prefetch({memoryDir});
        const QStringList files = fs->listDir(memoryDir).value_or(QStringList());
        const QString usage = files.contains(u"memory.current"_s) ? u"memory.current"_s : u"memory.usage_in_bytes"_s;
        return fs->readFile(memoryDir + u'/' + usage);
    };
    const Result<QByteArray> first = sample();
    QVERIFY2(first.has_value(), errorText(first).constData());
    const int loginsOpen = sshdLogins();
    QVERIFY2(loginsOpen - loginsBefore <= 2, qPrintable(u"%1 logins to open"_s.arg(loginsOpen - loginsBefore)));
    const int batchesBefore = fs->batchCount();
    constexpr int samples = 10;
    for (int i = 0; i < samples; ++i) {
        const Result<QByteArray> r = sample();
        QVERIFY2(r.has_value(), errorText(r).constData());
        QVERIFY(r.value().trimmed().toLongLong() > 0);
    }
    QCOMPARE(fs->batchCount() - batchesBefore, samples);   // each sample read the host anew …
    QCOMPARE(sshdLogins(), loginsOpen);                     // … without a login
    QCOMPARE(fs->controlMaster()->loginCount(), 1);

    // Closing the connection ends the master and removes its socket and directory.
    const qint64 master = fs->controlMaster()->processId();
    const QString controlDir = fs->controlMaster()->directory();
    QVERIFY(master > 0);
    QVERIFY(QFileInfo(controlDir).isDir());
    QCOMPARE(QFileInfo(controlDir).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                    | QFileDevice::ExeGroup | QFileDevice::ExeOther),
             QFileDevice::Permissions());
    QVERIFY(processesMentioning(controlDir).contains(master));
    fs.reset();
    connection.reset();
    QVERIFY(!QFileInfo::exists(controlDir));
    QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(controlDir).isEmpty(), 5000);
}

void tst_SshRemote::readsFromThreeTabsShareOneLogin()
{
    if (TestEnv::emulated())
        QSKIP(TestEnv::skipUnderEmulationReason());
    // Three tabs sample at once from worker threads, each through its own snapshot view as a
    // container refresh does, plus the live view: one login in all.
    const int loginsBefore = sshdLogins();
    auto fs = std::make_shared<SshHostFs>(target(TestEnv::socketPath()));
    std::atomic<int> failures{0};
    std::vector<std::thread> tabs;
    tabs.reserve(3);
    for (int tab = 0; tab < 3; ++tab) {
        tabs.emplace_back([fs, tab, &failures] {
            for (int i = 0; i < 3; ++i) {
                const auto view = HostFs::snapshotOf(fs);
                // A path per tab and sample: never in the cache, so every read is an ssh run.
                if (!view->stat(u"/proc/self/status"_s).has_value())
                    ++failures;
                if (view->stat(u"/nonexistent/tab%1-%2"_s.arg(tab).arg(i)).error().code != ErrorCode::NotFound)
                    ++failures;
                fs->prefetch({u"/proc/meminfo"_s});
            }
        });
    }
    for (std::thread &t : tabs)
        t.join();
    QCOMPARE(failures.load(), 0);
    QVERIFY2(fs->batchCount() >= 18, qPrintable(QString::number(fs->batchCount())));
    QCOMPARE(sshdLogins() - loginsBefore, 1);
    QCOMPARE(fs->controlMaster()->loginCount(), 1);
    const QString controlDir = fs->controlMaster()->directory();
    fs.reset();
    QVERIFY(!QFileInfo::exists(controlDir));
    QTRY_VERIFY_WITH_TIMEOUT(processesMentioning(controlDir).isEmpty(), 5000);
}

void tst_SshRemote::deadOrHungMasterIsReplaced()
{
    if (TestEnv::emulated())
        QSKIP(TestEnv::skipUnderEmulationReason());
    SshHostFs fs(target(TestEnv::socketPath()));
    fs.setBatchTimeout(std::chrono::seconds(4));
    QVERIFY2(fs.stat(u"/etc/hostname"_s).has_value(), errorText(fs.stat(u"/etc/hostname"_s)).constData());
    const qint64 first = fs.controlMaster()->processId();
    QVERIFY(first > 0);

    // Killed (OOM killer, a user's pkill ssh): the next read logs in again, transparently.
    QCOMPARE(::kill(static_cast<pid_t>(first), SIGKILL), 0);
    // (A read in the moment before it is gone goes through ssh's own fallback: a login of its
    // own, without a master.)
    const QString controlDir = fs.controlMaster()->directory();
    QTRY_VERIFY_WITH_TIMEOUT(!processesMentioning(controlDir).contains(first), 5000);
    QElapsedTimer timer;
    timer.start();
    const Result<FileStat> afterKill = fs.stat(u"/proc/meminfo"_s);
    QVERIFY2(afterKill.has_value(), errorText(afterKill).constData());
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    const qint64 second = fs.controlMaster()->processId();
    QVERIFY(second > 0 && second != first);
    QCOMPARE(fs.controlMaster()->loginCount(), 2);

    // Hung (stopped): the read fails with Timeout after the batch timeout, not never, and the
    // master is replaced for the next one.
    QCOMPARE(::kill(static_cast<pid_t>(second), SIGSTOP), 0);
    auto resume = qScopeGuard([second] { ::kill(static_cast<pid_t>(second), SIGKILL); });
    timer.restart();
    const Result<FileStat> hung = fs.stat(u"/proc/cpuinfo"_s);
    QVERIFY(!hung.has_value());
    QCOMPARE(hung.error().code, ErrorCode::Timeout);
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!processesMentioning(controlDir).contains(second));
    QTRY_VERIFY_WITH_TIMEOUT(fs.stat(u"/proc/version"_s).has_value(), 15000);
    const qint64 third = fs.controlMaster()->processId();
    QVERIFY(third > 0 && third != second);
}

void tst_SshRemote::changedHostKeyIsRefused()
{
    QVERIFY2(sshd(u"rekey"_s), "sshd.sh rekey failed");
    for (ConnectionProfile::SshTransport transport : {ConnectionProfile::SshTransport::Forward,
                                                      ConnectionProfile::SshTransport::DialStdio}) {
        const auto conn = await<std::unique_ptr<RemoteConnection>>([&](QObject *ctx, auto cb) {
            RemoteConnection::open(profile(transport, TestEnv::socketPath()), QProcessEnvironment::systemEnvironment(), ctx, cb);
        }, 60000);
        QVERIFY(conn);
        QVERIFY(!conn->has_value());
        QCOMPARE(conn->error().code, ErrorCode::SshError);
        QCOMPARE(SshCommand::failureOf(conn->error()), SshFailure::HostKeyChanged);
        QVERIFY2(conn->error().detail.contains(u"127.0.0.1"_s), qPrintable(conn->error().detail));
    }
    // Host files too: nothing is read from a host whose key changed.
    SshHostFs fs(target(TestEnv::socketPath()));
    const Result<QByteArray> r = fs.readFile(u"/etc/hostname"_s);
    QVERIFY(!r.has_value());
    QCOMPARE(SshCommand::failureOf(r.error()), SshFailure::HostKeyChanged);
}

QTEST_GUILESS_MAIN(tst_SshRemote)
#include "tst_sshremote.moc"
