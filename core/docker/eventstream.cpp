// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstream.h"

#include "core/docker/jsonparse.h"
#include "core/docker/streamrequest.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QUrl>

namespace dockscope::core {

static QByteArray eventsPath(const QJsonObject &filters)
{
    QByteArray path = "/events";
    if (!filters.isEmpty())
        path += "?filters=" + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    return path;
}

EventStream::EventStream(DockerClient *client, const QJsonObject &filters, QObject *parent)
    : QObject(parent)
    , m_request(new StreamRequest(client, eventsPath(filters), this))
{
    connect(m_request, &StreamRequest::started, this, &EventStream::started);
    connect(m_request, &StreamRequest::finished, this, &EventStream::finished);
    connect(m_request, &StreamRequest::dataReceived, this, [this](const QByteArray &data) {
        const QPointer<QObject> guard(this);
        const Result<void> delivered = m_lines.deliverObjects(data, this, "event",
                                                              [this](const QJsonObject &object) {
            Q_EMIT eventReceived(json::dockerEvent(object));
        });
        if (!delivered && guard)
            m_request->abort(delivered.error());
    });
    m_request->start();
}

EventStream::~EventStream() = default;

bool EventStream::isActive() const
{
    return m_request->isActive();
}

void EventStream::close()
{
    m_request->close();
}

} // namespace dockscope::core
