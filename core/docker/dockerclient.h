// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/endpoint.h"
#include "core/docker/types.h"
#include "core/result.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QIODevice;

namespace dockscope::core {

class Transport;
class StatsStream;
class EventStream;

/// Asynchronous Docker Engine API client on the Qt event loop.
///
/// HTTP/1.1 over any byte stream (a Transport hands out connected QIODevices: unix socket,
/// TCP, TLS, an ssh process's stdio), with a small pool of keep-alive connections, a timeout
/// on every request and API version negotiation. Every call takes a context object: the
/// callback runs on the client's thread and is dropped if the context is destroyed first.
class DockerClient : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState { Disconnected, Connecting, Connected, Reconnecting, Failed };
    Q_ENUM(ConnectionState)

    template<class T>
    using Callback = std::function<void(Result<T>)>;

    /// Uses the transport that fits the endpoint's kind (unix, tcp, tls).
    explicit DockerClient(const Endpoint &endpoint, QObject *parent = nullptr);
    /// Uses the given transport (ssh dial-stdio, tests' fake servers).
    DockerClient(const Endpoint &endpoint, std::unique_ptr<Transport> transport, QObject *parent = nullptr);
    ~DockerClient() override;

    const Endpoint &endpoint() const;
    ConnectionState connectionState() const;
    /// The last error that moved the state to Failed.
    Error lastError() const;

    /// Timeout per request (connect + whole reply; for streams: connect + headers). Default 10 s.
    void setRequestTimeout(std::chrono::milliseconds timeout);
    /// Keep-alive connections kept open at most. Default 4.
    void setMaxConnections(int count);

    /// Negotiated API version ("1.41"); empty until negotiate() succeeded.
    QString apiVersion() const;
    /// Highest API version this client speaks.
    static QString maximumApiVersion();
    /// Lowest daemon API version this client accepts.
    static QString minimumApiVersion();

    /// Pings, picks min(ours, daemon's), reads /version and checks MinAPIVersion. A daemon
    /// that answers /_ping but fails /version (rootless dockerd with port driver "none",
    /// moby#47085) gets its version from /info instead. Every other call negotiates first on
    /// its own if this has not happened yet.
    void negotiate(QObject *context, Callback<VersionInfo> callback);

    void ping(QObject *context, Callback<PingInfo> callback);
    /// /version again, for what may have changed since negotiate(); where /version fails as
    /// negotiate() allows, what negotiate() found.
    void version(QObject *context, Callback<VersionInfo> callback);
    void info(QObject *context, Callback<DaemonInfo> callback);
    void listContainers(bool all, QObject *context, Callback<QList<ContainerSummary>> callback);
    /// With Engine API filters, e.g. {"id":["<id>"]} or {"label":["a=b"]}.
    void listContainers(bool all, const QJsonObject &filters, QObject *context,
                        Callback<QList<ContainerSummary>> callback);
    void inspectContainer(const QString &idOrName, QObject *context, Callback<ContainerInspect> callback);
    void topContainer(const QString &id, QObject *context, Callback<TopResult> callback);
    /// One-shot stats (takes ~1 s: the daemon waits for its collector).
    void containerStats(const QString &id, QObject *context, Callback<StatsSample> callback);
    void inspectImage(const QString &idOrName, QObject *context, Callback<ImageInspect> callback);
    void imageHistory(const QString &idOrName, QObject *context, Callback<QList<ImageHistoryEntry>> callback);
    void listNetworks(QObject *context, Callback<QList<NetworkSummary>> callback);

    // Exec: used only for the opt-in probes of remote hosts; fixed argv, never a shell string.
    void createExec(const QString &containerId, const ExecOptions &options, QObject *context,
                    Callback<QString> callback);
    void startExec(const QString &execId, QObject *context, Callback<ExecOutput> callback);
    void inspectExec(const QString &execId, QObject *context, Callback<ExecInspect> callback);

    /// Streams: the caller owns the returned object (parent it or hold it in a unique_ptr).
    StatsStream *openStatsStream(const QString &containerId, QObject *parent);
    /// filters: the Engine API filter object, e.g. {"type":["container"]}
    EventStream *openEventStream(const QJsonObject &filters, QObject *parent);

Q_SIGNALS:
    void connectionStateChanged(dockscope::core::DockerClient::ConnectionState state);

private:
    friend class StreamRequest;
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace dockscope::core
