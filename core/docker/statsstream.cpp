// SPDX-License-Identifier: GPL-3.0-or-later
#include "statsstream.h"

#include "core/docker/jsonparse.h"
#include "core/docker/streamrequest.h"
#include "core/logging.h"

#include <QPointer>
#include <QUrl>

namespace dockscope::core {

StatsStream::StatsStream(DockerClient *client, const QString &containerId, QObject *parent)
    : QObject(parent)
    , m_containerId(containerId)
    , m_request(new StreamRequest(client,
                                  "/containers/" + QUrl::toPercentEncoding(containerId) + "/stats?stream=1",
                                  this))
{
    connect(m_request, &StreamRequest::started, this, &StatsStream::started);
    connect(m_request, &StreamRequest::finished, this, &StatsStream::finished);
    connect(m_request, &StreamRequest::dataReceived, this, [this](const QByteArray &data) {
        const QPointer<QObject> guard(this);
        const Result<void> delivered = m_lines.deliverObjects(data, this, "stats",
                                                              [this](const QJsonObject &object) {
            Q_EMIT sampleReceived(json::statsSample(object));
        });
        if (!delivered && guard)
            m_request->abort(delivered.error());
    });
    m_request->start();
}

StatsStream::~StatsStream() = default;

bool StatsStream::isActive() const
{
    return m_request->isActive();
}

void StatsStream::close()
{
    m_request->close();
}

} // namespace dockscope::core
