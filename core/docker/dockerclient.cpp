// SPDX-License-Identifier: GPL-3.0-or-later
#include "dockerclient.h"
#include "dockerclient_p.h"

#include "core/docker/eventstream.h"
#include "core/docker/jsonparse.h"
#include "core/docker/localsockettransport.h"
#include "core/docker/multiplexedstreamdecoder.h"
#include "core/docker/statsstream.h"
#include "core/docker/tcptransport.h"
#include "core/limits.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace dockscope::core {

namespace {

const QString s_maximumApiVersion = u"1.45"_s;
const QString s_minimumApiVersion = u"1.24"_s;

/// Stands in for the ssh transport until the remote-hosts work provides it.
class UnavailableTransport : public Transport
{
public:
    explicit UnavailableTransport(const QString &url)
        : m_url(url)
    {
    }
    void open(ConnectCallback callback) override
    {
        QMetaObject::invokeMethod(this, [callback, url = m_url] {
            callback(Error{ErrorCode::SshError, u"%1: no ssh transport configured"_s.arg(url)});
        }, Qt::QueuedConnection);
    }
    QString describe() const override { return m_url; }

private:
    QString m_url;
};

std::unique_ptr<Transport> transportFor(const Endpoint &endpoint)
{
    switch (endpoint.kind) {
    case Endpoint::Kind::Unix:
        return std::make_unique<LocalSocketTransport>(endpoint.socketPath);
    case Endpoint::Kind::Tcp:
        return std::make_unique<TcpTransport>(endpoint.host, endpoint.port, endpoint.tls);
    case Endpoint::Kind::Ssh:
        break;
    }
    return std::make_unique<UnavailableTransport>(endpoint.url());
}

/// Non-2xx statuses as typed errors, with the daemon's {"message": …} in the detail.
Result<void> checkStatus(const HttpReply &reply)
{
    const int status = reply.head.status;
    if (status >= 200 && status < 300)
        return {};
    const QString message = json::daemonMessage(reply.body);
    const QString detail = u"HTTP %1: %2"_s.arg(status).arg(message);
    if (status == 404)
        return Error{ErrorCode::NotFound, detail};
    if (status == 400 && message.contains(u"client version"_s, Qt::CaseInsensitive))
        return Error{ErrorCode::ApiVersionUnsupported, detail};
    return Error{ErrorCode::HttpError, detail};
}

QByteArray encodeSegment(const QString &idOrName)
{
    // Image references keep their '/' and ':' (the router matches them greedily).
    return QUrl::toPercentEncoding(idOrName, "/:@");
}

HttpRequest get(QByteArray path)
{
    HttpRequest request;
    request.path = std::move(path);
    return request;
}

HttpRequest postJson(QByteArray path, const QJsonObject &body)
{
    HttpRequest request;
    request.method = "POST";
    request.path = std::move(path);
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.contentType = "application/json";
    return request;
}

} // namespace

int compareApiVersions(const QString &a, const QString &b)
{
    const QStringList pa = a.split(u'.');
    const QStringList pb = b.split(u'.');
    for (qsizetype i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const int x = pa.value(i).toInt();
        const int y = pb.value(i).toInt();
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// DockerClient::Private

DockerClient::Private::Private(DockerClient *client, const Endpoint &ep, std::unique_ptr<Transport> t)
    : q(client)
    , endpoint(ep)
    , transport(std::move(t))
{
    transport->setConnectTimeout(timeout);
}

DockerClient::Private::~Private()
{
    destroying = true;
    // The transport first: its pending connects call back into us otherwise.
    transport.reset();
    const QList<HttpConnection *> connections = q->findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections) {
        connection->close();
        if (m_callbackDepth > 0) {
            // Deleted from inside a callback: a connection's parser is on the stack.
            connection->setParent(nullptr);
            connection->deleteLater();
        } else {
            delete connection;
        }
    }
}

QByteArray DockerClient::Private::versionedPath(const QByteArray &path) const
{
    return "/v" + apiVersion.toLatin1() + path;
}

void DockerClient::Private::setState(ConnectionState newState)
{
    if (state == newState)
        return;
    state = newState;
    Q_EMIT q->connectionStateChanged(newState);
}

void DockerClient::Private::request(HttpRequest httpRequest, bool versioned,
                                    std::function<void(Result<HttpReply>)> done)
{
    Q_ASSERT(QThread::currentThread() == q->thread());
    auto job = std::make_shared<Job>();
    job->request = std::move(httpRequest);
    job->versioned = versioned;
    job->done = std::move(done);
    job->timer = new QTimer(q);
    job->timer->setSingleShot(true);
    QObject::connect(job->timer, &QTimer::timeout, q, [this, job] {
        if (job->finished)
            return;
        if (HttpConnection *connection = job->connection) {
            job->connection = nullptr;
            --m_busy;
            connection->close();
        }
        const std::weak_ptr<int> alive = m_alive;
        finish(job, Error{ErrorCode::Timeout, u"%1 %2: no reply within %3 ms"_s
                              .arg(QString::fromLatin1(job->request.method), QString::fromLatin1(job->request.path))
                              .arg(timeout.count())});
        if (!alive.expired())
            pump();
    });
    job->timer->start(timeout);

    if (versioned && apiVersion.isEmpty()) {
        whenNegotiated([this, job](const Result<void> &negotiated) {
            if (job->finished)
                return;
            if (!negotiated)
                finish(job, negotiated.error());
            else
                enqueue(job);
        });
        return;
    }
    enqueue(job);
}

void DockerClient::Private::whenNegotiated(std::function<void(Result<void>)> done)
{
    if (!apiVersion.isEmpty()) {
        QMetaObject::invokeMethod(q, [done = std::move(done)] { done({}); }, Qt::QueuedConnection);
        return;
    }
    m_negotiationWaiters.append(std::move(done));
    if (!negotiating)
        startNegotiation();
}

void DockerClient::Private::startNegotiation()
{
    negotiating = true;
    if (state != ConnectionState::Reconnecting)
        setState(ConnectionState::Connecting);
    request(get("/_ping"), false, [this](Result<HttpReply> ping) {
        if (!ping) {
            finishNegotiation(ping.error());
            return;
        }
        if (const Result<void> status = checkStatus(*ping); !status) {
            finishNegotiation(status.error());
            return;
        }
        QString daemonApi = QString::fromLatin1(ping->head.header("Api-Version"));
        if (daemonApi.isEmpty())
            daemonApi = s_minimumApiVersion; // what the docker CLI assumes without the header
        if (compareApiVersions(daemonApi, s_minimumApiVersion) < 0) {
            finishNegotiation(Error{ErrorCode::ApiVersionUnsupported,
                                    u"daemon API %1 is older than %2, the oldest this client speaks"_s
                                        .arg(daemonApi, s_minimumApiVersion)});
            return;
        }
        const QString chosen = compareApiVersions(daemonApi, s_maximumApiVersion) < 0 ? daemonApi : s_maximumApiVersion;
        request(get("/v" + chosen.toLatin1() + "/version"), false, [this, chosen](Result<HttpReply> reply) {
            Result<QJsonObject> object = reply ? Result<QJsonObject>(QJsonObject()) : Result<QJsonObject>(reply.error());
            if (reply) {
                if (const Result<void> status = checkStatus(*reply); !status) {
                    Error error = status.error();
                    if (reply->head.status == 400) {
                        error.code = ErrorCode::ApiVersionUnsupported; // too old: plain text, not JSON
                        finishNegotiation(error);
                        return;
                    }
                    object = error;
                } else {
                    object = json::parseObject(reply->body);
                }
            }
            if (!object) {
                // The daemon answered /_ping but not /version. Some do, and work otherwise: a
                // rootless dockerd with rootlesskit's port driver "none" panics in /version
                // (moby#47085; Docker 26.1 still does). What the docker CLI needs, /_ping gave;
                // the rest comes from /info.
                const ErrorCode code = object.error().code;
                if (code == ErrorCode::ConnectionDropped || code == ErrorCode::HttpError
                    || code == ErrorCode::ParseError || code == ErrorCode::ProtocolError) {
                    negotiateThroughInfo(chosen, object.error());
                    return;
                }
                finishNegotiation(object.error());
                return;
            }
            const VersionInfo info = json::versionInfo(*object);
            if (!info.minApiVersion.isEmpty() && compareApiVersions(info.minApiVersion, chosen) > 0) {
                finishNegotiation(Error{ErrorCode::ApiVersionUnsupported,
                                        u"daemon %1 requires API %2 or newer; this client speaks %3 to %4"_s
                                            .arg(info.version, info.minApiVersion, s_minimumApiVersion, s_maximumApiVersion)});
                return;
            }
            apiVersion = chosen;
            finishNegotiation(info);
        });
    });
}

void DockerClient::Private::negotiateThroughInfo(const QString &chosen, const Error &versionError)
{
    qCDebug(lcDocker) << "GET /version failed:" << errorCodeName(versionError.code) << versionError.detail
                      << "- taking the daemon's version from /info";
    request(get("/v" + chosen.toLatin1() + "/info"), false, [this, chosen, versionError](Result<HttpReply> reply) {
        Result<QJsonObject> object = reply ? Result<QJsonObject>(QJsonObject()) : Result<QJsonObject>(reply.error());
        if (reply) {
            if (const Result<void> status = checkStatus(*reply); !status)
                object = status.error();
            else
                object = json::parseObject(reply->body);
        }
        if (!object) {
            // Neither answered: say what /version did, the first failure.
            finishNegotiation(versionError);
            return;
        }
        apiVersion = chosen;
        finishNegotiation(json::versionInfoFromDaemonInfo(*object, chosen));
    });
}

void DockerClient::Private::finishNegotiation(const Result<VersionInfo> &result)
{
    negotiating = false;
    if (result) {
        version = *result;
        lastError = {};
        qCDebug(lcDocker) << "negotiated API" << apiVersion << "with" << transport->describe();
        setState(ConnectionState::Connected);
    } else {
        apiVersion.clear();
        lastError = result.error();
        qCDebug(lcDocker) << "negotiation failed:" << errorCodeName(lastError.code) << lastError.detail;
        setState(ConnectionState::Failed);
    }
    const auto waiters = std::move(m_negotiationWaiters);
    m_negotiationWaiters.clear();
    const std::weak_ptr<int> alive = m_alive;
    for (const auto &waiter : waiters) {
        waiter(result ? Result<void>() : Result<void>(result.error()));
        if (alive.expired())
            return;
    }
}

void DockerClient::Private::enqueue(const JobPtr &job)
{
    m_queue.append(job);
    pump();
}

void DockerClient::Private::pump()
{
    if (destroying)
        return;
    while (!m_queue.isEmpty() && !m_idle.isEmpty()) {
        HttpConnection *connection = m_idle.takeLast();
        if (!connection->isUsable()) {
            connection->deleteLater();
            continue;
        }
        run(m_queue.takeFirst(), connection);
    }
    const int limit = qMax(1, qMin(maxConnections, transport->maxConnections()));
    int total = int(m_idle.size()) + m_busy + m_connecting;
    qsizetype wanted = m_queue.size() - m_connecting;
    while (wanted > 0 && total < limit) {
        ++m_connecting;
        ++total;
        --wanted;
        transport->open([this](Result<QIODevice *> device) {
            --m_connecting;
            if (!device) {
                connectionFailed(device.error());
                return;
            }
            auto *connection = new HttpConnection(*device, q);
            adopt(connection);
            m_idle.append(connection);
            pump();
        });
    }
}

void DockerClient::Private::adopt(HttpConnection *connection)
{
    QObject::connect(connection, &HttpConnection::closed, q, [this, connection] {
        m_idle.removeOne(connection);
        connection->deleteLater();
    });
}

void DockerClient::Private::connectionFailed(const Error &error)
{
    qCDebug(lcDocker) << "connect failed:" << errorCodeName(error.code) << error.detail;
    if (state == ConnectionState::Connected) {
        // The daemon went away: negotiate again once it is back.
        apiVersion.clear();
        setState(ConnectionState::Reconnecting);
    }
    if (!m_queue.isEmpty()) {
        const std::weak_ptr<int> alive = m_alive;
        finish(m_queue.first(), error);
        if (alive.expired())
            return;
    }
    pump();
}

void DockerClient::Private::run(const JobPtr &job, HttpConnection *connection)
{
    ++m_busy;
    job->connection = connection;
    const bool reused = connection->completedExchanges() > 0;
    HttpRequest wire = job->request;
    if (job->versioned)
        wire.path = versionedPath(wire.path);
    HttpConnection::Handler handler;
    handler.head = [job](const HttpResponseHead &head) { job->reply.head = head; };
    handler.body = [job](QByteArrayView data) { job->reply.body.append(data); };
    handler.done = [this, job, connection, reused](const Result<void> &result) {
        --m_busy;
        job->connection = nullptr;
        if (!result) {
            // A kept-alive connection the daemon closed while idle: retry a GET once.
            if (reused && !connection->hasReceivedData() && !job->retried && !job->finished
                && job->request.method == "GET") {
                job->retried = true;
                m_queue.prepend(job);
                pump();
                return;
            }
            const std::weak_ptr<int> alive = m_alive;
            finish(job, result.error());
            if (alive.expired())
                return;
        } else {
            if (connection->isUsable())
                m_idle.append(connection);
            else
                connection->close();
            const std::weak_ptr<int> alive = m_alive;
            finish(job, std::move(job->reply));
            if (alive.expired())
                return;
        }
        pump();
    };
    connection->start(wire, std::move(handler));
}

void DockerClient::Private::finish(const JobPtr &job, Result<HttpReply> result)
{
    if (job->finished)
        return;
    job->finished = true;
    m_queue.removeOne(job);
    if (job->timer) {
        job->timer->stop();
        job->timer->deleteLater();
        job->timer = nullptr;
    }
    auto done = std::move(job->done);
    job->done = nullptr;
    if (!done)
        return;
    const std::weak_ptr<int> alive = m_alive;
    ++m_callbackDepth;
    done(std::move(result));
    if (!alive.expired())
        --m_callbackDepth;
}

// ---------------------------------------------------------------------------------------------
// DockerClient

DockerClient::DockerClient(const Endpoint &endpoint, QObject *parent)
    : DockerClient(endpoint, transportFor(endpoint), parent)
{
}

DockerClient::DockerClient(const Endpoint &endpoint, std::unique_ptr<Transport> transport, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, endpoint, std::move(transport)))
{
}

DockerClient::~DockerClient() = default;

const Endpoint &DockerClient::endpoint() const { return d->endpoint; }
DockerClient::ConnectionState DockerClient::connectionState() const { return d->state; }
Error DockerClient::lastError() const { return d->lastError; }
QString DockerClient::apiVersion() const { return d->apiVersion; }
QString DockerClient::maximumApiVersion() { return s_maximumApiVersion; }
QString DockerClient::minimumApiVersion() { return s_minimumApiVersion; }

void DockerClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    d->timeout = timeout;
    d->transport->setConnectTimeout(timeout);
}

void DockerClient::setMaxConnections(int count)
{
    d->maxConnections = qMax(1, count);
}

/// Sends a request and turns the reply into Result<T>; drops the callback if context died.
// D is DockerClient::Private, deduced so that this helper need not name the private class.
template<class T, class D, class Parse>
static void call(D *d, HttpRequest request, bool versioned, QObject *context,
                 DockerClient::Callback<T> callback, Parse parse)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    d->request(std::move(request), versioned,
               [guard, guarded, callback = std::move(callback), parse](Result<HttpReply> reply) {
        if (guarded && !guard)
            return;
        if (!reply) {
            callback(reply.error());
            return;
        }
        if (const Result<void> status = checkStatus(*reply); !status) {
            callback(status.error());
            return;
        }
        callback(parse(*reply));
    });
}

template<class T, class Convert>
static auto objectParser(Convert convert)
{
    return [convert](const HttpReply &reply) -> Result<T> { return json::parseObject(reply.body).transform(convert); };
}

template<class T, class Convert>
static auto arrayParser(Convert convert)
{
    return [convert](const HttpReply &reply) -> Result<QList<T>> {
        return json::parseArray(reply.body).transform([&convert](const QJsonArray &array) { return json::list<T>(array, convert); });
    };
}

void DockerClient::negotiate(QObject *context, Callback<VersionInfo> callback)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    d->whenNegotiated(
        [this, guard, guarded, callback = std::move(callback)](const Result<void> &result) {
            if (guarded && !guard)
                return;
            if (!result)
                callback(result.error());
            else
                callback(d->version);
        });
}

void DockerClient::ping(QObject *context, Callback<PingInfo> callback)
{
    call<PingInfo>(d.get(), get("/_ping"), false, context, std::move(callback),
                   [](const HttpReply &reply) -> Result<PingInfo> {
        PingInfo info;
        info.apiVersion = QString::fromLatin1(reply.head.header("Api-Version"));
        info.osType = QString::fromLatin1(reply.head.header("Ostype"));
        info.server = QString::fromLatin1(reply.head.header("Server"));
        info.experimental = reply.head.header("Docker-Experimental") == "true";
        return info;
    });
}

void DockerClient::version(QObject *context, Callback<VersionInfo> callback)
{
    // (call() drops the reply when context has gone.) A version negotiated through /info has
    // no raw /version document.
    call<VersionInfo>(d.get(), get("/version"), true, context,
                      [this, callback = std::move(callback)](const Result<VersionInfo> &v) {
                          const ErrorCode code = v ? ErrorCode::IoError : v.error().code;
                          const bool fallBack = !v && d->version.raw.isEmpty() && !d->apiVersion.isEmpty()
                              && (code == ErrorCode::ConnectionDropped || code == ErrorCode::HttpError
                                  || code == ErrorCode::ParseError || code == ErrorCode::ProtocolError);
                          callback(fallBack ? Result<VersionInfo>(d->version) : v);
                      },
                      objectParser<VersionInfo>(&json::versionInfo));
}

void DockerClient::info(QObject *context, Callback<DaemonInfo> callback)
{
    call<DaemonInfo>(d.get(), get("/info"), true, context, std::move(callback),
                     objectParser<DaemonInfo>(&json::daemonInfo));
}

void DockerClient::listContainers(bool all, QObject *context, Callback<QList<ContainerSummary>> callback)
{
    listContainers(all, QJsonObject(), context, std::move(callback));
}

void DockerClient::listContainers(bool all, const QJsonObject &filters, QObject *context,
                                  Callback<QList<ContainerSummary>> callback)
{
    QByteArray path = "/containers/json?all=" + QByteArray(all ? "1" : "0");
    if (!filters.isEmpty())
        path += "&filters=" + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact)));
    call<QList<ContainerSummary>>(d.get(), get(path), true, context, std::move(callback),
                                  arrayParser<ContainerSummary>(&json::containerSummary));
}

void DockerClient::inspectContainer(const QString &idOrName, QObject *context, Callback<ContainerInspect> callback)
{
    call<ContainerInspect>(d.get(), get("/containers/" + encodeSegment(idOrName) + "/json"), true, context,
                           std::move(callback), objectParser<ContainerInspect>(&json::containerInspect));
}

void DockerClient::topContainer(const QString &id, QObject *context, Callback<TopResult> callback)
{
    call<TopResult>(d.get(), get("/containers/" + encodeSegment(id) + "/top"), true, context,
                    std::move(callback), objectParser<TopResult>(&json::topResult));
}

void DockerClient::containerStats(const QString &id, QObject *context, Callback<StatsSample> callback)
{
    call<StatsSample>(d.get(), get("/containers/" + encodeSegment(id) + "/stats?stream=false&one-shot=true"),
                      true, context, std::move(callback), objectParser<StatsSample>(&json::statsSample));
}

void DockerClient::inspectImage(const QString &idOrName, QObject *context, Callback<ImageInspect> callback)
{
    call<ImageInspect>(d.get(), get("/images/" + encodeSegment(idOrName) + "/json"), true, context,
                       std::move(callback), objectParser<ImageInspect>(&json::imageInspect));
}

void DockerClient::imageHistory(const QString &idOrName, QObject *context,
                                Callback<QList<ImageHistoryEntry>> callback)
{
    call<QList<ImageHistoryEntry>>(d.get(), get("/images/" + encodeSegment(idOrName) + "/history"), true,
                                   context, std::move(callback),
                                   arrayParser<ImageHistoryEntry>(&json::imageHistoryEntry));
}

void DockerClient::listNetworks(QObject *context, Callback<QList<NetworkSummary>> callback)
{
    call<QList<NetworkSummary>>(d.get(), get("/networks"), true, context, std::move(callback),
                                arrayParser<NetworkSummary>(&json::networkSummary));
}

void DockerClient::createExec(const QString &containerId, const ExecOptions &options, QObject *context,
                              Callback<QString> callback)
{
    QJsonObject body{{u"AttachStdout"_s, true}, {u"AttachStderr"_s, true}, {u"AttachStdin"_s, false},
                     {u"Tty"_s, false}, {u"Cmd"_s, QJsonArray::fromStringList(options.cmd)}};
    if (!options.user.isEmpty())
        body.insert(u"User"_s, options.user);
    if (options.privileged)
        body.insert(u"Privileged"_s, true);
    call<QString>(d.get(), postJson("/containers/" + encodeSegment(containerId) + "/exec", body), true,
                  context, std::move(callback), [](const HttpReply &reply) -> Result<QString> {
        const Result<QJsonObject> object = json::parseObject(reply.body);
        if (!object)
            return object.error();
        QString id = object->value("Id"_L1).toString();
        if (id.isEmpty())
            return Error{ErrorCode::ParseError, u"exec create reply without Id"_s};
        return id;
    });
}

void DockerClient::startExec(const QString &execId, QObject *context, Callback<ExecOutput> callback)
{
    const QJsonObject body{{u"Detach"_s, false}, {u"Tty"_s, false}};
    HttpRequest request = postJson("/exec/" + encodeSegment(execId) + "/start", body);
    // A command in the container writes as much as it likes: keep what a probe needs.
    request.maxResponseBody = limits::s_maxExecOutputBytes;
    call<ExecOutput>(d.get(), std::move(request), true, context,
                     std::move(callback), [](const HttpReply &reply) -> Result<ExecOutput> {
        ExecOutput output;
        MultiplexedStreamDecoder decoder(MultiplexedStreamDecoder::isFramedMimeType(reply.head.mimeType()));
        decoder.onData = [&output](MultiplexedStreamDecoder::Stream stream, QByteArrayView data) {
            if (stream == MultiplexedStreamDecoder::Stream::Stderr)
                output.standardError.append(data);
            else
                output.standardOutput.append(data);
        };
        if (const Result<void> fed = decoder.feed(reply.body); !fed)
            return fed.error();
        if (!decoder.atFrameBoundary())
            return Error{ErrorCode::ConnectionDropped, u"exec stream ended inside a frame"_s};
        return output;
    });
}

void DockerClient::inspectExec(const QString &execId, QObject *context, Callback<ExecInspect> callback)
{
    call<ExecInspect>(d.get(), get("/exec/" + encodeSegment(execId) + "/json"), true, context,
                      std::move(callback), objectParser<ExecInspect>(&json::execInspect));
}

StatsStream *DockerClient::openStatsStream(const QString &containerId, QObject *parent)
{
    return new StatsStream(this, containerId, parent);
}

EventStream *DockerClient::openEventStream(const QJsonObject &filters, QObject *parent)
{
    return new EventStream(this, filters, parent);
}

} // namespace dockscope::core
