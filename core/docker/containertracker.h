// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/types.h"
#include "core/result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace dockscope::core {

class DockerClient;
class EventStream;

/// A live, consistent list of all containers (running or not), id -> ContainerSummary.
///
/// Opens the events stream first, then lists, so nothing falls between the two. Container
/// events (create, start, die, stop, kill, pause, unpause, rename, oom, health_status, …)
/// re-read that one container; destroy removes it. When the stream ends (daemon stopped or
/// restarted) it reconnects with exponential backoff and reloads the list, reporting the
/// differences as adds, changes and removes, never as a reset.
class ContainerTracker : public QObject
{
    Q_OBJECT
public:
    explicit ContainerTracker(DockerClient *client, QObject *parent = nullptr);
    ~ContainerTracker() override;

    void start();
    void stop();

    /// Events stream up and list loaded.
    bool isLive() const { return m_live; }
    const QHash<QString, ContainerSummary> &containers() const { return m_containers; }
    std::optional<ContainerSummary> container(const QString &id) const;

    /// Reconnect delays: first retry after `initial`, doubling up to `maximum`. Default 250 ms, 30 s.
    void setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum);
    /// The error that ended the last stream or list attempt.
    Error lastError() const { return m_lastError; }

Q_SIGNALS:
    void containerAdded(const dockscope::core::ContainerSummary &container);
    void containerChanged(const dockscope::core::ContainerSummary &container);
    void containerRemoved(const QString &id);
    /// Every container event, for views that show oom, health or exec activity.
    void containerEvent(const dockscope::core::DockerEvent &event);
    void liveChanged(bool live);
    /// A full list was loaded (first time, or after a reconnect) and diffed in.
    void synchronized();

private:
    void connectStream();
    void reload();
    void refresh(const QString &id);
    void onEvent(const DockerEvent &event);
    void connectionLost(const Error &error);
    void upsert(const ContainerSummary &container);
    void remove(const QString &id);
    void setLive(bool live);

    QPointer<DockerClient> m_client;
    EventStream *m_stream = nullptr;
    QHash<QString, ContainerSummary> m_containers;
    /// The newest refresh per id; older replies are dropped (a reload clears it).
    QHash<QString, quint64> m_latest;
    quint64 m_counter = 0;
    quint64 m_listToken = 0;
    QTimer m_retry;
    std::chrono::milliseconds m_initialBackoff{250};
    std::chrono::milliseconds m_maximumBackoff{30000};
    std::chrono::milliseconds m_backoff{250};
    Error m_lastError;
    bool m_running = false;
    bool m_live = false;
};

} // namespace dockscope::core
