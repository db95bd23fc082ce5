// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/httpconnection.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace dockscope::core {

class DockerClient;

/// A long-lived streaming GET (stats, events) on a connection of its own, outside the client's
/// pool so that streams never starve ordinary requests. Negotiates first, then emits the body
/// as it arrives. The client's request timeout covers connect + headers only.
/// Internal to StatsStream and EventStream.
class StreamRequest : public QObject
{
    Q_OBJECT
public:
    StreamRequest(DockerClient *client, const QByteArray &path, QObject *parent);
    ~StreamRequest() override;

    void start();
    /// Stops without emitting finished().
    void close();
    /// Stops and emits finished(error): the reader found the stream unusable (a line too long).
    void abort(const Error &error);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void started();
    void dataReceived(const QByteArray &data);
    /// The stream is over: ConnectionDropped when the daemon ended it or the connection broke,
    /// or the error that kept it from starting.
    void finished(const dockscope::core::Error &error);

private:
    void open();
    void fail(const Error &error);

    QPointer<DockerClient> m_client;
    QByteArray m_path;
    QPointer<HttpConnection> m_connection;
    QTimer *m_timer = nullptr;
    QByteArray m_errorBody;
    int m_status = 0;
    bool m_active = false;
};

} // namespace dockscope::core
