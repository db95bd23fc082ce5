// SPDX-License-Identifier: GPL-3.0-or-later
#include "containertracker.h"

#include "core/docker/dockerclient.h"
#include "core/docker/eventstream.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace dockscope::core {

ContainerTracker::ContainerTracker(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ContainerTracker::connectStream);
}

ContainerTracker::~ContainerTracker()
{
    // The stream is our child and dies after this body, when we are only a QObject: it must
    // not call back (finished → connectionLost) into a half-destroyed tracker.
    m_running = false;
    if (m_stream)
        m_stream->disconnect(this);
}

std::optional<ContainerSummary> ContainerTracker::container(const QString &id) const
{
    const auto it = m_containers.constFind(id);
    if (it == m_containers.constEnd())
        return std::nullopt;
    return *it;
}

void ContainerTracker::setBackoff(std::chrono::milliseconds initial, std::chrono::milliseconds maximum)
{
    m_initialBackoff = initial;
    m_maximumBackoff = qMax(initial, maximum);
    m_backoff = initial;
}

void ContainerTracker::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff = m_initialBackoff;
    connectStream();
}

void ContainerTracker::stop()
{
    m_running = false;
    m_retry.stop();
    ++m_listToken;
    m_latest.clear();
    if (m_stream) {
        m_stream->close();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    setLive(false);
}

void ContainerTracker::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live);
}

void ContainerTracker::connectStream()
{
    if (!m_running || !m_client)
        return;
    if (m_stream)
        m_stream->deleteLater();
    m_stream = m_client->openEventStream(QJsonObject{{u"type"_s, QJsonArray{u"container"_s}}}, this);
    EventStream *stream = m_stream;
    connect(stream, &EventStream::started, this, &ContainerTracker::reload);
    connect(stream, &EventStream::eventReceived, this, &ContainerTracker::onEvent);
    connect(stream, &EventStream::finished, this, [this, stream](const Error &error) {
        if (stream == m_stream)
            connectionLost(error);
    });
}

void ContainerTracker::connectionLost(const Error &error)
{
    m_lastError = error;
    ++m_listToken;
    m_latest.clear();
    if (m_stream) {
        m_stream->close();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    setLive(false);
    if (!m_running)
        return;
    qCDebug(lcDocker) << "tracker: lost the daemon (" << errorCodeName(error.code) << error.detail
                      << "), retrying in" << m_backoff.count() << "ms";
    m_retry.start(m_backoff);
    m_backoff = qMin(m_backoff * 2, m_maximumBackoff);
}

void ContainerTracker::reload()
{
    if (!m_client)
        return;
    const quint64 token = ++m_listToken;
    // The list is newer than any refresh still under way: drop those.
    m_latest.clear();
    m_client->listContainers(true, this, [this, token](Result<QList<ContainerSummary>> list) {
        if (token != m_listToken)
            return;
        if (!list) {
            connectionLost(list.error());
            return;
        }
        QSet<QString> seen;
        const QPointer<ContainerTracker> guard(this); // a receiver may delete us
        for (const ContainerSummary &container : *list) {
            seen.insert(container.id);
            upsert(container);
            if (!guard)
                return;
        }
        const QStringList known = m_containers.keys();
        for (const QString &id : known) {
            if (!seen.contains(id))
                remove(id);
            if (!guard)
                return;
        }
        m_backoff = m_initialBackoff;
        setLive(true);
        Q_EMIT synchronized();
    });
}

void ContainerTracker::onEvent(const DockerEvent &event)
{
    if (event.type != u"container"_s || event.actorId.isEmpty())
        return;
    const QPointer<ContainerTracker> guard(this);
    Q_EMIT containerEvent(event);
    if (!guard)
        return;
    // "health_status: healthy", "exec_start: sh -c …": the verb is before the colon.
    const QString verb = event.action.section(u':', 0, 0).trimmed();
    if (verb.startsWith(u"exec_"_s) || verb == u"attach"_s || verb == u"resize"_s || verb == u"top"_s
        || verb == u"archive-path"_s || verb == u"extract-to-dir"_s || verb == u"export"_s
        || verb == u"commit"_s || verb == u"copy"_s)
        return;
    if (verb == u"destroy"_s) {
        m_latest.insert(event.actorId, ++m_counter);
        remove(event.actorId);
        return;
    }
    refresh(event.actorId);
}

void ContainerTracker::refresh(const QString &id)
{
    if (!m_client)
        return;
    const quint64 token = ++m_counter;
    m_latest.insert(id, token);
    const QJsonObject filters{{u"id"_s, QJsonArray{id}}};
    m_client->listContainers(true, filters, this, [this, id, token](Result<QList<ContainerSummary>> list) {
        if (m_latest.value(id) != token)
            return;
        m_latest.remove(id);
        if (!list) {
            qCDebug(lcDocker) << "tracker: refresh of" << id << "failed:" << list.error().detail;
            return; // the stream will end too if the daemon is gone; reload repairs it
        }
        // The id filter matches prefixes; keep the exact one.
        for (const ContainerSummary &container : *list) {
            if (container.id == id) {
                upsert(container);
                return;
            }
        }
        remove(id);
    });
}

void ContainerTracker::upsert(const ContainerSummary &container)
{
    auto it = m_containers.find(container.id);
    if (it == m_containers.end()) {
        m_containers.insert(container.id, container);
        Q_EMIT containerAdded(container);
        return;
    }
    if (it->raw == container.raw)
        return;
    *it = container;
    Q_EMIT containerChanged(container);
}

void ContainerTracker::remove(const QString &id)
{
    if (m_containers.remove(id) > 0)
        Q_EMIT containerRemoved(id);
}

} // namespace dockscope::core
