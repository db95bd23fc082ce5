// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"
#include "core/facts/factscollector.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>

namespace dockscope::core {

class DockerClient;
class HostFs;

/// Loads one container's facts for the UI and the CLI without blocking the caller's thread:
/// inspect through the DockerClient (async), then collectHostFacts (once, cached) and
/// collectContainerFacts in a worker (QtConcurrent::run, its result taken on this thread).
///
/// Each load() gets a new generation; results of older generations are dropped, so only the
/// latest request ever reports. Exactly one of factsReady()/failed() follows each load() that
/// is not superseded or cancelled. Signals are emitted on the loader's thread.
class ContainerFactsLoader : public QObject
{
    Q_OBJECT
public:
    /// client must outlive the loader. hostFs may be null (no host access: remote daemon).
    ContainerFactsLoader(DockerClient *client, std::shared_ptr<const HostFs> hostFs,
                         const CollectContext &context, QObject *parent = nullptr);
    ~ContainerFactsLoader() override;

    /// Replaces the context (after /info arrived or the connection changed); drops the cached
    /// host facts.
    void setContext(const CollectContext &context);
    const CollectContext &context() const { return m_context; }

    /// Starts loading idOrName; supersedes any load in flight. Returns the new generation.
    quint64 load(const QString &idOrName);
    /// Drops the result of the load in flight, if any.
    void cancel();
    bool isLoading() const { return m_loading; }
    quint64 generation() const { return m_generation; }
    /// The host facts of the last collection, null before the first.
    std::shared_ptr<const HostFacts> hostFacts() const { return m_hostFacts; }
    /// Forget the cached host facts, so the next load collects them again.
    void invalidateHostFacts() { m_hostFacts.reset(); }

Q_SIGNALS:
    void factsReady(const dockscope::core::ContainerFacts &facts);
    void failed(const dockscope::core::Error &error);

private:
    void collect(quint64 generation, const ContainerInspect &inspect);

    DockerClient *m_client = nullptr;
    std::shared_ptr<const HostFs> m_hostFs;
    CollectContext m_context;
    std::shared_ptr<const HostFacts> m_hostFacts;
    QHash<QString, QStringList> m_cgroupDirs;  // container id -> its cgroup directories
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace dockscope::core
