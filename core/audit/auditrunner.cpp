// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditor.h"
#include "core/audit/checkcontext.h"
#include "core/concurrency.h"

#include "core/docker/dockerclient.h"
#include "core/facts/containerprocesses.h"
#include "core/facts/hostfs.h"
#include "core/logging.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

/// Audits run in a pool of their own. An audit of a big or slow host keeps its threads busy for
/// seconds to minutes; in the global pool it would hold up what a user waits for meanwhile (a
/// container tab's facts, the memory chart's samples), which run there.
Q_GLOBAL_STATIC(QThreadPool, s_auditPool)

/// An audit's worker collects its containers' facts in parallel, and waits for them. That work
/// goes to a pool of its own: queued in the audit pool, it could wait forever behind as many
/// audits as that pool has threads, each waiting for it (two windows auditing at once on a
/// two-core machine hung, and so did the application's exit, its pool waiting for them). Tasks
/// of this pool never wait for other tasks.
Q_GLOBAL_STATIC(QThreadPool, s_collectPool)

/// Set when the run's result can no longer be wanted (superseded, or its runner destroyed, as
/// when its window closes): the worker stops at its next stage instead of finishing for nobody.
using CancelFlag = std::shared_ptr<std::atomic<bool>>;

/// What a run has gathered from the daemon before the worker takes over.
struct Gathered
{
    AuditInput input;
    QList<std::optional<ContainerInspect>> inspects;
    QList<TopResult> tops;
    QDateTime startedAt;
    bool topsFromProc = false;
};

/// The container's processes (its whole cgroup subtree, or its shim's descendants) with their
/// command lines, only for a container whose process was verified.
Result<TopResult> processesFromProc(const HostFs &fs, const ContainerFacts &f)
{
    Result<QList<ContainerProcess>> processes = containerProcesses(fs, f);
    if (!processes)
        return processes.error();
    TopResult top;
    top.titles = {u"PID"_s, u"CMD"_s};
    for (const ContainerProcess &p : *processes)
        top.processes << QStringList{QString::number(p.pid), p.command};
    return top;
}

AuditReport work(Gathered g, const std::shared_ptr<const HostFs> &liveFs, const CancelFlag &cancelled)
{
    QElapsedTimer timer;
    timer.start();
    // One consistent view of the host's files for the whole audit. Each stage below asks for
    // what it needs for every container at once, so a remote host answers the audit with a
    // fixed number of ssh runs (host and per-process files; the daemon search's two; cgroup
    // directories and the checks' files; the files the daemon's configuration names), however
    // many containers there are.
    const std::shared_ptr<const HostFs> fs = HostFs::snapshotOf(liveFs);
    // A view of its own exists only where files are fetched in batches; local files are read
    // as the collectors go, and the staged lists below (which read /proc/<pid>/cgroup) would
    // only be work done twice.
    const bool batched = fs && fs != liveFs;
    AuditInput &in = g.input;
    in.hostFs = fs.get();
    in.context = CollectContext::fromDaemon(in.info, in.endpoint);
    const CollectContext &ctx = in.context;
    if (batched) {
        QStringList first = hostFactsPaths(ctx);
        for (const auto &inspect : std::as_const(g.inspects)) {
            if (inspect)
                first << containerFactsPaths(*inspect, ctx);
        }
        fs->prefetch(first);
    }
    in.host = collectHostFacts(fs.get(), ctx);
    if (cancelled->load())
        return {};
    if (batched) {
        QStringList second = CheckContext::hostPaths(in);
        for (const auto &inspect : std::as_const(g.inspects)) {
            if (inspect)
                second << containerCgroupPaths(*inspect, *fs, in.host, ctx);
        }
        fs->prefetch(second);
    }
    // Per-container facts are independent file reads: spread them over the pool.
    struct Collected
    {
        ContainerFacts facts;
        TopResult top;
        std::optional<Error> topError;
        bool fromProc = false;
    };
    QList<qsizetype> indexes;
    for (qsizetype i = 0; i < g.inspects.size(); ++i) {
        if (g.inspects.at(i))
            indexes << i;
    }
    const bool topsFromProc = g.topsFromProc;
    const HostFacts host = in.host;
    const std::function<Collected(const qsizetype &)> collect = [&g, &fs, &host, &ctx, topsFromProc,
                                                                 &cancelled](const qsizetype &i) {
        Collected c;
        if (cancelled->load())
            return c;
        c.facts = collectContainerFacts(*g.inspects.at(i), fs.get(), host, ctx);
        if (topsFromProc && c.facts.inspect.state.running) {
            Result<TopResult> top = processesFromProc(*fs, c.facts);
            c.fromProc = top.has_value();
            if (top)
                c.top = std::move(top).value();
            else
                c.topError = top.error();
        } else {
            c.top = g.tops.value(i);
        }
        return c;
    };
    const QList<Collected> collected = QtConcurrent::blockingMapped(s_collectPool(), indexes, collect);
    if (cancelled->load())
        return {};
    for (const Collected &c : collected) {
        in.tops << c.top;
        if (c.fromProc)
            in.topsFromProc.insert(c.facts.id);
        if (c.topError)
            in.topErrors.insert(c.facts.id, *c.topError);
        in.containers << c.facts;
    }
    const qint64 factsMs = timer.elapsed();
    AuditReport report;
    report.startedAt = g.startedAt;
    report.endpoint = in.endpoint;
    report.version = in.version;
    report.info = in.info;
    report.host = in.host;
    report.results = runChecks(in);
    report.summary = summarize(report.results);
    report.containers = in.containers;
    report.finishedAt = QDateTime::currentDateTimeUtc();
    qCDebug(lcAudit) << "facts of" << in.containers.size() << "containers:" << factsMs << "ms; checks:"
                     << timer.elapsed() - factsMs << "ms";
    return report;
}

} // namespace

class AuditRunner::Private
{
public:
    AuditRunner *q = nullptr;
    DockerClient *client = nullptr;
    std::shared_ptr<const HostFs> fs;
    quint64 generation = 0;
    CancelFlag cancelled = std::make_shared<std::atomic<bool>>(false);
    bool running = false;
    QStringList wanted;
    Gathered g;
    int pending = 0;
    int done = 0;
    int total = 0;

    bool stale(quint64 gen) const { return gen != generation || !running; }

    void fail(quint64 gen, const Error &e)
    {
        if (stale(gen))
            return;
        running = false;
        ++generation;
        Q_EMIT q->finished(Result<AuditReport>(e));
    }

    void versionAndInfo(quint64 gen)
    {
        pending = 2;
        client->version(q, [this, gen](Result<VersionInfo> v) {
            if (stale(gen))
                return;
            if (!v)
                return fail(gen, v.error());
            g.input.version = v.value();
            if (--pending == 0)
                list(gen);
        });
        client->info(q, [this, gen](Result<DaemonInfo> i) {
            if (stale(gen))
                return;
            if (!i)
                return fail(gen, i.error());
            g.input.info = i.value();
            if (--pending == 0)
                list(gen);
        });
    }

    void list(quint64 gen)
    {
        client->listContainers(true, q, [this, gen](Result<QList<ContainerSummary>> l) {
            if (stale(gen))
                return;
            if (!l)
                return fail(gen, l.error());
            QStringList ids;
            for (const ContainerSummary &c : l.value()) {
                if (wanted.isEmpty() || wanted.contains(c.name) || wanted.contains(c.id)
                    || std::any_of(c.names.begin(), c.names.end(), [this](const QString &n) {
                           return wanted.contains(n.startsWith(u'/') ? n.mid(1) : n);
                       }))
                    ids << c.id;
            }
            total = int(ids.size());
            done = 0;
            g.inspects = QList<std::optional<ContainerInspect>>(ids.size());
            g.tops = QList<TopResult>(ids.size());
            Q_EMIT q->progress(0, total);
            pending = int(ids.size()) + 1;  // inspects (+ their tops) and the networks
            client->listNetworks(q, [this, gen](Result<QList<NetworkSummary>> n) {
                if (stale(gen))
                    return;
                if (n)
                    g.input.networks = n.value();
                else
                    qCWarning(lcAudit) << "networks:" << n.error().detail;
                step(gen);
            });
            for (qsizetype i = 0; i < ids.size(); ++i)
                inspect(gen, i, ids.at(i));
        });
    }

    void inspect(quint64 gen, qsizetype index, const QString &id)
    {
        client->inspectContainer(id, q, [this, gen, index, id](Result<ContainerInspect> r) {
            if (stale(gen))
                return;
            ++done;
            Q_EMIT q->progress(done, total);
            if (!r) {
                // Removed between the list and the inspect: not in scope any more.
                if (r.error().code != ErrorCode::NotFound)
                    return fail(gen, r.error());
                return step(gen);
            }
            g.inspects[index] = r.value();
            if (!r->state.running || g.topsFromProc)
                return step(gen);
            client->topContainer(id, q, [this, gen, index, id](Result<TopResult> t) {
                if (stale(gen))
                    return;
                if (t)
                    g.tops[index] = t.value();
                else
                    g.input.topErrors.insert(id, t.error());
                step(gen);
            });
        });
    }

    /// One of the per-container or network requests is done.
    void step(quint64 gen)
    {
        if (--pending > 0)
            return;
        images(gen);
    }

    void images(quint64 gen)
    {
        QSet<QString> ids;
        for (const auto &i : std::as_const(g.inspects)) {
            if (i && !i->imageId.isEmpty())
                ids.insert(i->imageId);
        }
        if (ids.isEmpty())
            return startWorker(gen);
        pending = int(ids.size()) * 2;
        for (const QString &id : std::as_const(ids)) {
            client->inspectImage(id, q, [this, gen](Result<ImageInspect> r) {
                if (stale(gen))
                    return;
                if (r)
                    g.input.images << r.value();
                if (--pending == 0)
                    startWorker(gen);
            });
            client->imageHistory(id, q, [this, gen, id](Result<QList<ImageHistoryEntry>> h) {
                if (stale(gen))
                    return;
                if (h)
                    g.input.imageHistory.insert(id, h.value());
                if (--pending == 0)
                    startWorker(gen);
            });
        }
    }

    void startWorker(quint64 gen)
    {
        qCDebug(lcAudit) << "gathered from the daemon in" << g.startedAt.msecsTo(QDateTime::currentDateTimeUtc()) << "ms";
        Gathered copy = std::move(g);
        g = Gathered{};
        std::shared_ptr<const HostFs> hostFs = fs;
        QFuture<AuditReport> worker =
            QtConcurrent::run(s_auditPool(), [copy = std::move(copy), hostFs, flag = cancelled]() mutable {
                return work(std::move(copy), hostFs, flag);
            });
        whenFinished(std::move(worker), q, [this, gen](const AuditReport &report) {
            if (stale(gen))
                return;
            running = false;
            Q_EMIT q->finished(Result<AuditReport>(report));
        });
    }
};

AuditRunner::AuditRunner(DockerClient *client, std::shared_ptr<const HostFs> hostFs, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->client = client;
    d->fs = std::move(hostFs);
}

AuditRunner::~AuditRunner()
{
    d->cancelled->store(true);
}

void AuditRunner::run(const QStringList &containerNames)
{
    // A new run supersedes a running one: its late replies are dropped by generation.
    const quint64 gen = ++d->generation;
    d->cancelled->store(true);
    d->cancelled = std::make_shared<std::atomic<bool>>(false);
    d->running = true;
    d->wanted = containerNames;
    d->g = Gathered{};
    d->g.startedAt = QDateTime::currentDateTimeUtc();
    d->g.input.endpoint = d->client->endpoint();
    // /proc is the daemon's only when the files are local and so is the socket.
    d->g.topsFromProc = d->fs && d->fs->isLocal() && d->g.input.endpoint.kind == Endpoint::Kind::Unix;
    d->versionAndInfo(gen);
}

bool AuditRunner::isRunning() const
{
    return d->running;
}

} // namespace dockscope::core
