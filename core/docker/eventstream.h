// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/jsonlinesplitter.h"
#include "core/docker/types.h"
#include "core/result.h"

#include <QJsonObject>
#include <QObject>

namespace dockscope::core {

class DockerClient;
class StreamRequest;

/// GET /events?filters=…: the daemon's event feed, one DockerEvent per line, on a connection
/// of its own. Create with DockerClient::openEventStream(); it starts at once.
class EventStream : public QObject
{
    Q_OBJECT
public:
    EventStream(DockerClient *client, const QJsonObject &filters, QObject *parent = nullptr);
    ~EventStream() override;

    bool isActive() const;
    /// Stops the stream; finished() is not emitted.
    void close();

Q_SIGNALS:
    /// The daemon answered with 200: every event from now on will be delivered.
    void started();
    void eventReceived(const dockscope::core::DockerEvent &event);
    /// The stream is over: ConnectionDropped when the daemon went away or ended it.
    void finished(const dockscope::core::Error &error);

private:
    StreamRequest *m_request;
    JsonLineSplitter m_lines;
};

} // namespace dockscope::core
