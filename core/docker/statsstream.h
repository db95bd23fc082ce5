// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/jsonlinesplitter.h"
#include "core/docker/types.h"
#include "core/result.h"

#include <QObject>

namespace dockscope::core {

class DockerClient;
class StreamRequest;

/// GET /containers/{id}/stats?stream=1: one sample a second on a connection of its own.
/// Create with DockerClient::openStatsStream(); it starts at once.
class StatsStream : public QObject
{
    Q_OBJECT
public:
    StatsStream(DockerClient *client, const QString &containerId, QObject *parent = nullptr);
    ~StatsStream() override;

    QString containerId() const { return m_containerId; }
    bool isActive() const;
    /// Stops the stream; finished() is not emitted.
    void close();

Q_SIGNALS:
    /// The daemon answered with 200; samples follow.
    void started();
    void sampleReceived(const dockscope::core::StatsSample &sample);
    /// The stream is over (see StreamRequest::finished for the codes).
    void finished(const dockscope::core::Error &error);

private:
    QString m_containerId;
    StreamRequest *m_request;
    JsonLineSplitter m_lines;
};

} // namespace dockscope::core
