// SPDX-License-Identifier: GPL-3.0-or-later
// DockerClient against the real private test daemon (tests/testdaemon.sh): negotiation,
// typed inspect of containers started with known options, streams, events, exec, and
// permission denied on the real socket.

#include "common/testenv.h"
#include "core/docker/dockerclient.h"
#include "core/docker/eventstream.h"
#include "core/docker/statsstream.h"
#include "core/docker/syncwait.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace dockscope::core;
using namespace dockscope::test;

#define REQUIRE_DAEMON()                                                                           \
    do {                                                                                           \
        QString why;                                                                               \
        if (!TestEnv::available(&why))                                                             \
            QFAIL(qPrintable(why));                                                                \
    } while (false)

#define VERIFY_RESULT(r) QVERIFY2((r).has_value(), (r) ? "" : qPrintable(errorCodeName((r).error().code) + u": "_s + (r).error().detail))

namespace {

/// DockerClient's own maximum (s_maximumApiVersion in dockerclient.cpp, not exported).
const QString s_clientMaximumApiVersion = u"1.45"_s;

/// The older of two "1.N" API versions, compared numerically (1.9 < 1.41).
QString olderApiVersion(const QString &a, const QString &b)
{
    const auto minor = [](const QString &v) { return v.section(u'.', 1, 1).toInt(); };
    return minor(a) <= minor(b) ? a : b;
}

/// Capability names as the kernel knows them, without the optional CAP_ prefix, upper case:
/// the API accepts "CAP_SYS_ADMIN", "SYS_ADMIN" and "sys_admin" alike.
QStringList bareCapabilityNames(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names) {
        const QString upper = n.toUpper();
        out.append(upper.startsWith(u"CAP_"_s) ? upper.mid(4) : upper);
    }
    return out;
}

/// A HostConfig string list as `docker inspect` reports it (null reads as empty).
QStringList inspectedStrings(const QString &id, const QString &field)
{
    const DockerCliResult r = TestEnv::docker(
        {u"inspect"_s, u"-f"_s, u"{{json .HostConfig."_s + field + u"}}"_s, id});
    if (!r.ok())
        return {u"<docker inspect failed: "_s + QString::fromUtf8(r.standardError) + u'>'};
    QStringList out;
    const QJsonArray values = QJsonDocument::fromJson(r.standardOutput).array();
    for (const auto &v : values)
        out.append(v.toString());
    return out;
}

} // namespace

class tst_DockerClientIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void pingVersionInfo();
    void listAndInspectKnownOptions();
    void privilegedCreatedNotStarted();
    void topAndOneShotStats();
    void statsStreamDeliversSamples();
    void eventsForStartStopDestroy();
    void execRunsCommand();
    void imagesAndNetworks();
    void notFound();
    void manyRequestsInFlight();
    void permissionDeniedOnRealSocket();

private:
    std::unique_ptr<DockerClient> m_client;
};

void tst_DockerClientIntegration::init()
{
    REQUIRE_DAEMON();
    const Result<Endpoint> endpoint = parseEndpointUrl(TestEnv::host());
    QVERIFY(endpoint.has_value());
    m_client = std::make_unique<DockerClient>(*endpoint);
    m_client->setRequestTimeout(20s);
}

void tst_DockerClientIntegration::cleanup()
{
    m_client.reset();
}

void tst_DockerClientIntegration::pingVersionInfo()
{
    // What the daemon really speaks, asked through the docker CLI (its own /version call):
    // 1.41/1.12 for dockerd 20.10, 1.45/1.24 for Docker 26.
    const DockerCliResult cli = TestEnv::docker(
        {u"version"_s, u"--format"_s, u"{{.Server.APIVersion}} {{.Server.MinAPIVersion}}"_s});
    QVERIFY2(cli.ok(), cli.standardError.constData());
    const QStringList daemonApi = cli.out().split(u' ');
    QCOMPARE(daemonApi.size(), 2);
    QVERIFY2(QRegularExpression(u"^1\\.\\d+$"_s).match(daemonApi.at(0)).hasMatch(), qPrintable(cli.out()));

    const Result<PingInfo> ping = waitFor<PingInfo>([&](QObject *c, auto cb) { m_client->ping(c, cb); }, 10s);
    VERIFY_RESULT(ping);
    QCOMPARE(ping->apiVersion, daemonApi.at(0)); // the Api-Version header
    QCOMPARE(ping->osType, u"linux"_s);
    QVERIFY(ping->server.startsWith(u"Docker/"_s));

    const Result<VersionInfo> version = waitFor<VersionInfo>([&](QObject *c, auto cb) { m_client->version(c, cb); }, 10s);
    VERIFY_RESULT(version);
    QCOMPARE(version->apiVersion, daemonApi.at(0));
    QCOMPARE(version->minApiVersion, daemonApi.at(1));
    // min(ours, the daemon's): 1.41 against dockerd 20.10, 1.45 against Docker 26 and newer.
    QCOMPARE(m_client->apiVersion(), olderApiVersion(s_clientMaximumApiVersion, daemonApi.at(0)));
    QCOMPARE(m_client->connectionState(), DockerClient::ConnectionState::Connected);

    const Result<DaemonInfo> info = waitFor<DaemonInfo>([&](QObject *c, auto cb) { m_client->info(c, cb); }, 10s);
    VERIFY_RESULT(info);
    QCOMPARE(info->serverVersion, version->version);
    QCOMPARE(info->driver, u"vfs"_s);
    QVERIFY(!info->cgroupDriver.isEmpty());
    QVERIFY(info->hasSecurityOption(u"seccomp"_s));
    QVERIFY(info->ncpu > 0);
}

void tst_DockerClientIntegration::listAndInspectKnownOptions()
{
    ScopedContainer restricted(u"restricted"_s,
                               {u"--memory"_s, u"32m"_s, u"--pids-limit"_s, u"50"_s, u"--cap-add"_s, u"SYS_ADMIN"_s,
                                u"--cap-drop"_s, u"NET_RAW"_s, u"--read-only"_s, u"--security-opt"_s,
                                u"no-new-privileges"_s, u"--label"_s, u"dockscope.test=restricted"_s});
    QVERIFY2(restricted.ok(), qPrintable(restricted.error()));

    const auto list = waitFor<QList<ContainerSummary>>(
        [&](QObject *c, auto cb) { m_client->listContainers(false, c, cb); }, 10s);
    VERIFY_RESULT(list);
    const auto it = std::find_if(list->begin(), list->end(),
                                 [&](const ContainerSummary &s) { return s.id == restricted.id(); });
    QVERIFY(it != list->end());
    QCOMPARE(it->name, restricted.name());
    QCOMPARE(it->state, u"running"_s);
    QCOMPARE(it->image, TestEnv::image());
    QCOMPARE(it->labels.value(u"dockscope.test"_s).toString(), u"restricted"_s);

    const Result<ContainerInspect> inspect = waitFor<ContainerInspect>(
        [&](QObject *c, auto cb) { m_client->inspectContainer(restricted.name(), c, cb); }, 10s);
    VERIFY_RESULT(inspect);
    QCOMPARE(inspect->id, restricted.id());
    QCOMPARE(inspect->name, restricted.name());
    QVERIFY(inspect->state.running);
    QCOMPARE(inspect->state.pid, restricted.pid());
    const HostConfig &h = inspect->hostConfig;
    QCOMPARE(h.memory, 32 * 1024 * 1024);
    QCOMPARE(h.pidsLimit, std::optional<qint64>(50));
    // The API stores the names as the CLI sent them: "CAP_SYS_ADMIN" from the 20.10 CLI,
    // "SYS_ADMIN" from newer ones. Parsed verbatim (what the daemon stored) ...
    QCOMPARE(h.capAdd, inspectedStrings(restricted.id(), u"CapAdd"_s));
    QCOMPARE(h.capDrop, inspectedStrings(restricted.id(), u"CapDrop"_s));
    QCOMPARE(h.securityOpt, inspectedStrings(restricted.id(), u"SecurityOpt"_s));
    // ... and meaning exactly what the container was started with.
    QCOMPARE(bareCapabilityNames(h.capAdd), QStringList{u"SYS_ADMIN"_s});
    QCOMPARE(bareCapabilityNames(h.capDrop), QStringList{u"NET_RAW"_s});
    QVERIFY(h.readonlyRootfs);
    QVERIFY(!h.privileged);
    QCOMPARE(h.securityOpt, QStringList{u"no-new-privileges"_s});
    QVERIFY(h.maskedPaths.has_value() && !h.maskedPaths->isEmpty());
    QCOMPARE(inspect->config.cmd, (QStringList{u"sleep"_s, u"600"_s}));
}

void tst_DockerClientIntegration::privilegedCreatedNotStarted()
{
    // --privileged cannot start on this machine; created, it inspects like any other.
    ScopedContainer privileged(u"privileged"_s, {u"--privileged"_s}, {u"sleep"_s, u"600"_s}, false);
    QVERIFY2(privileged.ok(), qPrintable(privileged.error()));

    const auto running = waitFor<QList<ContainerSummary>>(
        [&](QObject *c, auto cb) { m_client->listContainers(false, c, cb); }, 10s);
    VERIFY_RESULT(running);
    for (const ContainerSummary &s : *running)
        QVERIFY(s.id != privileged.id());
    const auto all = waitFor<QList<ContainerSummary>>(
        [&](QObject *c, auto cb) {
            m_client->listContainers(true, QJsonObject{{u"name"_s, QJsonArray{privileged.name()}}}, c, cb);
        }, 10s);
    VERIFY_RESULT(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().state, u"created"_s);

    const Result<ContainerInspect> inspect = waitFor<ContainerInspect>(
        [&](QObject *c, auto cb) { m_client->inspectContainer(privileged.id(), c, cb); }, 10s);
    VERIFY_RESULT(inspect);
    QVERIFY(inspect->hostConfig.privileged);
    QVERIFY(!inspect->hostConfig.maskedPaths.has_value());
    QVERIFY(inspect->hostConfig.securityOpt.contains(u"label=disable"_s));
    QCOMPARE(inspect->state.pid, 0);
    QCOMPARE(inspect->state.status, u"created"_s);
}

void tst_DockerClientIntegration::topAndOneShotStats()
{
    ScopedContainer c(u"top"_s, {u"--memory"_s, u"32m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const Result<TopResult> top = waitFor<TopResult>([&](QObject *ctx, auto cb) { m_client->topContainer(c.id(), ctx, cb); }, 10s);
    VERIFY_RESULT(top);
    QVERIFY(top->column(u"CMD"_s).contains(u"sleep 600"_s));
    QCOMPARE(top->column(u"PID"_s).first().toLongLong(), c.pid());

    const Result<StatsSample> stats = waitFor<StatsSample>(
        [&](QObject *ctx, auto cb) { m_client->containerStats(c.id(), ctx, cb); }, 15s);
    VERIFY_RESULT(stats);
    QCOMPARE(stats->memoryLimit, 32 * 1024 * 1024);
    QVERIFY(stats->memoryUsage > 0);
    QVERIFY(stats->pidsCurrent >= 1);
}

void tst_DockerClientIntegration::statsStreamDeliversSamples()
{
    ScopedContainer c(u"stats"_s, {u"--pids-limit"_s, u"50"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    std::unique_ptr<StatsStream> stream(m_client->openStatsStream(c.id(), nullptr));
    QSignalSpy samples(stream.get(), &StatsStream::sampleReceived);
    QSignalSpy finished(stream.get(), &StatsStream::finished);
    QTRY_VERIFY_WITH_TIMEOUT(samples.size() >= 2, 10000);
    QCOMPARE(finished.size(), 0);
    const StatsSample second = samples.at(1).first().value<StatsSample>();
    QCOMPARE(second.pidsLimit, 50);
    // From the second sample on, precpu carries the previous reading: a CPU % can be computed.
    QVERIFY(second.preSystemCpuUsage > 0);
    QVERIFY(second.read > samples.at(0).first().value<StatsSample>().read);
    stream->close();
    QVERIFY(!stream->isActive());
}

void tst_DockerClientIntegration::eventsForStartStopDestroy()
{
    const QString name = TestEnv::uniqueName(u"events"_s);
    const DockerCliResult created = TestEnv::docker({u"create"_s, u"--name"_s, name, TestEnv::image(), u"sleep"_s, u"600"_s});
    QVERIFY2(created.ok(), created.standardError.constData());
    const QString id = created.out();

    std::unique_ptr<EventStream> stream(m_client->openEventStream(
        QJsonObject{{u"type"_s, QJsonArray{u"container"_s}}, {u"container"_s, QJsonArray{id}}}, nullptr));
    QSignalSpy started(stream.get(), &EventStream::started);
    QSignalSpy events(stream.get(), &EventStream::eventReceived);
    QVERIFY(started.wait(10000));

    QVERIFY(TestEnv::docker({u"start"_s, name}).ok());
    QVERIFY(TestEnv::docker({u"stop"_s, u"-t"_s, u"1"_s, name}).ok());
    QVERIFY(TestEnv::docker({u"rm"_s, name}).ok());

    auto actions = [&events] {
        QStringList out;
        for (const QList<QVariant> &args : std::as_const(events))
            out.append(args.first().value<DockerEvent>().action);
        return out;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(actions().contains(u"destroy"_s), qPrintable(actions().join(u","_s)), 10000);
    const QStringList seen = actions();
    QVERIFY(seen.contains(u"start"_s));
    QVERIFY(seen.contains(u"die"_s));
    QVERIFY(seen.contains(u"stop"_s));
    QVERIFY(seen.indexOf(u"start"_s) < seen.indexOf(u"destroy"_s));
    for (const QList<QVariant> &args : std::as_const(events)) {
        const DockerEvent e = args.first().value<DockerEvent>();
        QCOMPARE(e.actorId, id); // the filter held
        QCOMPARE(e.attributes.value(u"name"_s).toString(), name);
    }
}

void tst_DockerClientIntegration::execRunsCommand()
{
    ScopedContainer c(u"exec"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    ExecOptions options;
    // busybox has no echo binary: run through sh.
    options.cmd = {u"sh"_s, u"-c"_s, u"echo out; echo err >&2; exit 3"_s};
    const Result<QString> id = waitFor<QString>([&](QObject *ctx, auto cb) { m_client->createExec(c.id(), options, ctx, cb); }, 10s);
    VERIFY_RESULT(id);
    const Result<ExecOutput> out = waitFor<ExecOutput>([&](QObject *ctx, auto cb) { m_client->startExec(*id, ctx, cb); }, 10s);
    VERIFY_RESULT(out);
    QCOMPARE(out->standardOutput, "out\n"_ba);
    QCOMPARE(out->standardError, "err\n"_ba);
    const Result<ExecInspect> inspect = waitFor<ExecInspect>([&](QObject *ctx, auto cb) { m_client->inspectExec(*id, ctx, cb); }, 10s);
    VERIFY_RESULT(inspect);
    QVERIFY(!inspect->running);
    QCOMPARE(inspect->exitCode, 3);
    QCOMPARE(inspect->containerId, c.id());
    QCOMPARE(inspect->entrypoint, u"sh"_s);
}

void tst_DockerClientIntegration::imagesAndNetworks()
{
    const Result<ImageInspect> image = waitFor<ImageInspect>(
        [&](QObject *c, auto cb) { m_client->inspectImage(TestEnv::image(), c, cb); }, 10s);
    VERIFY_RESULT(image);
    QVERIFY(image->repoTags.contains(TestEnv::image()));
    const auto history = waitFor<QList<ImageHistoryEntry>>(
        [&](QObject *c, auto cb) { m_client->imageHistory(TestEnv::image(), c, cb); }, 10s);
    VERIFY_RESULT(history);
    QVERIFY(!history->isEmpty());
    const auto networks = waitFor<QList<NetworkSummary>>([&](QObject *c, auto cb) { m_client->listNetworks(c, cb); }, 10s);
    VERIFY_RESULT(networks);
    QStringList names;
    for (const NetworkSummary &n : *networks)
        names.append(n.name);
    QVERIFY(names.contains(u"host"_s));
}

void tst_DockerClientIntegration::notFound()
{
    const Result<ContainerInspect> r = waitFor<ContainerInspect>(
        [&](QObject *c, auto cb) { m_client->inspectContainer(u"dstest-does-not-exist"_s, c, cb); }, 10s);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY2(r.error().detail.contains(u"No such container"_s), qPrintable(r.error().detail));
}

void tst_DockerClientIntegration::manyRequestsInFlight()
{
    ScopedContainer c(u"many"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    int ok = 0;
    int failed = 0;
    for (int i = 0; i < 20; ++i) {
        m_client->inspectContainer(c.id(), this, [&](Result<ContainerInspect> r) {
            if (r && r->id == c.id())
                ++ok;
            else
                ++failed;
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok + failed, 20, 20000);
    QCOMPARE(failed, 0);
}

void tst_DockerClientIntegration::permissionDeniedOnRealSocket()
{
    // The daemon's socket is root:docker 0660; `nobody` is in neither.
    if (geteuid() != 0)
        QSKIP("needs root to switch to nobody");
    const passwd *nobody = getpwnam("nobody");
    QVERIFY(nobody);
    DockerClient client(*parseEndpointUrl(TestEnv::host()));
    std::optional<Result<PingInfo>> result;
    QVERIFY(seteuid(nobody->pw_uid) == 0);
    client.ping(this, [&](Result<PingInfo> r) { result.emplace(std::move(r)); });
    QVERIFY(seteuid(0) == 0);
    QTRY_VERIFY(result.has_value());
    QVERIFY(!result->has_value());
    QCOMPARE(errorCodeName(result->error().code), errorCodeName(ErrorCode::PermissionDenied));
    QVERIFY2(result->error().detail.contains(TestEnv::socketPath()), qPrintable(result->error().detail));
    // The group to join (root-equivalent, which the UI says) is in the detail.
    const QString group = u"group "_s + QFileInfo(TestEnv::socketPath()).group();
    QVERIFY2(result->error().detail.contains(group), qPrintable(result->error().detail));
}

QTEST_GUILESS_MAIN(tst_DockerClientIntegration)
#include "tst_dockerclient_integration.moc"
