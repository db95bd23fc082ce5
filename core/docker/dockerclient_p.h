// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private part of DockerClient (d-pointer), shared with StreamRequest. Not installed API.

#include "core/docker/dockerclient.h"
#include "core/docker/httpconnection.h"
#include "core/docker/transport.h"

#include <QList>
#include <QPointer>

#include <memory>

class QTimer;

namespace dockscope::core {

/// A complete, buffered reply.
struct HttpReply
{
    HttpResponseHead head;
    QByteArray body;
};

class DockerClient::Private
{
public:
    struct Job
    {
        HttpRequest request;
        bool versioned = true;          ///< prefix the path with /v<negotiated>
        std::function<void(Result<HttpReply>)> done;
        QTimer *timer = nullptr;
        QPointer<HttpConnection> connection;
        HttpReply reply;
        bool finished = false;
        bool retried = false;
    };
    using JobPtr = std::shared_ptr<Job>;

    // Parameter names unlike the members they initialise (-Wshadow).
    Private(DockerClient *client, const Endpoint &ep, std::unique_ptr<Transport> t);
    ~Private();

    /// Sends a request (after negotiating when `versioned`); `done` runs exactly once unless
    /// the client is destroyed first.
    void request(HttpRequest request, bool versioned, std::function<void(Result<HttpReply>)> done);
    /// Runs `done` once the API version is known (negotiating if needed).
    void whenNegotiated(std::function<void(Result<void>)> done);
    /// Prefixes a path with the negotiated version: "/v1.41/containers/json".
    QByteArray versionedPath(const QByteArray &path) const;

    void setState(ConnectionState state);

    DockerClient *q;
    Endpoint endpoint;
    std::unique_ptr<Transport> transport;
    ConnectionState state = ConnectionState::Disconnected;
    Error lastError;
    std::chrono::milliseconds timeout{10000};
    int maxConnections = 4;
    QString apiVersion;
    VersionInfo version;
    bool negotiating = false;
    bool destroying = false;

private:
    void startNegotiation();
    /// /version failed after /_ping answered: the version from /info instead.
    void negotiateThroughInfo(const QString &chosen, const Error &versionError);
    void finishNegotiation(const Result<VersionInfo> &result);
    void enqueue(const JobPtr &job);
    void pump();
    void run(const JobPtr &job, HttpConnection *connection);
    void finish(const JobPtr &job, Result<HttpReply> result);
    void connectionFailed(const Error &error);
    void adopt(HttpConnection *connection);

    QList<JobPtr> m_queue;
    QList<HttpConnection *> m_idle;
    int m_busy = 0;
    int m_connecting = 0;
    QList<std::function<void(Result<void>)>> m_negotiationWaiters;
    /// Expires with this object: code that ran a user callback checks it before going on,
    /// since the callback may have deleted the client.
    std::shared_ptr<int> m_alive = std::make_shared<int>(0);
    /// > 0 while a user callback runs (the stack holds a connection's parser then).
    int m_callbackDepth = 0;
};

/// Compares "1.41" with "1.45" numerically: <0, 0, >0.
int compareApiVersions(const QString &a, const QString &b);

} // namespace dockscope::core
