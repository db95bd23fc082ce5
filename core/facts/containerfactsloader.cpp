// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/containerfactsloader.h"

#include "core/concurrency.h"
#include "core/docker/dockerclient.h"
#include "core/facts/hostfs.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QFuture>

#include <utility>

namespace dockscope::core {

namespace {

struct Collected
{
    std::shared_ptr<const HostFacts> host;
    ContainerFacts facts;
};

} // namespace

ContainerFactsLoader::ContainerFactsLoader(DockerClient *client, std::shared_ptr<const HostFs> hostFs,
                                           const CollectContext &context, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_hostFs(std::move(hostFs))
    , m_context(context)
{
}

ContainerFactsLoader::~ContainerFactsLoader() = default;

void ContainerFactsLoader::setContext(const CollectContext &context)
{
    m_context = context;
    m_hostFacts.reset();
}

quint64 ContainerFactsLoader::load(const QString &idOrName)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_client->inspectContainer(idOrName, this, [this, generation](Result<ContainerInspect> inspect) {
        if (generation != m_generation)
            return;
        if (!inspect) {
            m_loading = false;
            Q_EMIT failed(inspect.error());
            return;
        }
        collect(generation, *inspect);
    });
    return generation;
}

void ContainerFactsLoader::cancel()
{
    ++m_generation;
    m_loading = false;
}

void ContainerFactsLoader::collect(quint64 generation, const ContainerInspect &inspect)
{
    // The worker gets values and shared immutable objects only, never `this`.
    auto fs = m_hostFs;
    auto cachedHost = m_hostFacts;
    const CollectContext context = m_context;
    // The cgroup directories of this container's previous refresh: asked for with the first
    // stage, they make a refresh one batch on a remote host (they stay while the container lives).
    const QStringList cgroupHint = m_cgroupDirs.value(inspect.id);
    QFuture<Collected> worker = QtConcurrent::run([fs, cachedHost, context, inspect, cgroupHint]() {
        // One refresh sees one moment of the host's files.
        const std::shared_ptr<const HostFs> view = HostFs::snapshotOf(fs);
        if (view && view != fs) {   // fetched in batches (remote): the first stage in one
            QStringList first = containerFactsPaths(inspect, context);
            if (!cachedHost)
                first << hostFactsPaths(context);
            first << cgroupHint;
            view->prefetch(first);
        }
        Collected c;
        c.host = cachedHost ? cachedHost
                            : std::make_shared<const HostFacts>(collectHostFacts(view.get(), context));
        c.facts = collectContainerFacts(inspect, view.get(), *c.host, context);
        return c;
    });
    whenFinished(std::move(worker), this, [this, generation](const Collected &c) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_hostFacts = c.host;
        m_cgroupDirs.insert(c.facts.id, cgroupDirectories(c.facts.cgroup));
        Q_EMIT factsReady(c.facts);
    });
}

} // namespace dockscope::core
