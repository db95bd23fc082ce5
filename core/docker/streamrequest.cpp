// SPDX-License-Identifier: GPL-3.0-or-later
#include "streamrequest.h"

#include "core/docker/dockerclient.h"
#include "core/docker/dockerclient_p.h"
#include "core/docker/jsonparse.h"
#include "core/limits.h"
#include "core/logging.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace dockscope::core {

StreamRequest::StreamRequest(DockerClient *client, const QByteArray &path, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(path)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(Error{ErrorCode::Timeout, u"GET %1: no response headers in time"_s.arg(QString::fromLatin1(m_path))});
    });
    // Without its client the stream cannot go on (the transport is gone).
    connect(client, &QObject::destroyed, this, [this] {
        if (m_active)
            fail(Error{ErrorCode::Cancelled, u"the client was destroyed"_s});
    });
}

StreamRequest::~StreamRequest()
{
    // The owner may delete the stream from a slot of one of its signals, with the connection's
    // parser still on the stack: let the event loop delete the connection.
    if (m_connection) {
        m_connection->close();
        m_connection->setParent(nullptr);
        m_connection->deleteLater();
    }
}

void StreamRequest::start()
{
    if (m_active || !m_client)
        return;
    m_active = true;
    m_status = 0;
    m_errorBody.clear();
    m_timer->start(m_client->d->timeout);
    QPointer<StreamRequest> guard(this);
    m_client->d->whenNegotiated([guard](const Result<void> &negotiated) {
        if (!guard || !guard->m_active)
            return;
        if (!negotiated)
            guard->fail(negotiated.error());
        else
            guard->open();
    });
}

void StreamRequest::open()
{
    if (!m_client)
        return;
    const QByteArray path = m_client->d->versionedPath(m_path);
    QPointer<StreamRequest> guard(this);
    m_client->d->transport->open([guard, path](Result<QIODevice *> device) {
        if (!guard || !guard->m_active) {
            if (device)
                delete *device;
            return;
        }
        if (!device) {
            guard->fail(device.error());
            return;
        }
        StreamRequest *self = guard.data();
        self->m_connection = new HttpConnection(*device, self);
        HttpConnection::Handler handler;
        handler.head = [self](const HttpResponseHead &head) {
            self->m_status = head.status;
            if (head.status >= 200 && head.status < 300) {
                self->m_timer->stop();
                Q_EMIT self->started();
            }
        };
        handler.body = [self](QByteArrayView data) {
            if (self->m_status >= 200 && self->m_status < 300)
                Q_EMIT self->dataReceived(data.toByteArray());
            else if (self->m_errorBody.size() + data.size() <= limits::s_maxStreamErrorBytes)
                self->m_errorBody.append(data);
            else
                self->fail(Error{ErrorCode::ProtocolError,
                                 u"error reply exceeds %1 bytes"_s.arg(limits::s_maxStreamErrorBytes)});
        };
        handler.done = [self](const Result<void> &result) {
            if (!result) {
                self->fail(result.error());
                return;
            }
            if (self->m_status == 404) {
                self->fail(Error{ErrorCode::NotFound, u"HTTP 404: %1"_s.arg(json::daemonMessage(self->m_errorBody))});
            } else if (self->m_status < 200 || self->m_status >= 300) {
                self->fail(Error{ErrorCode::HttpError, u"HTTP %1: %2"_s.arg(self->m_status)
                                                           .arg(json::daemonMessage(self->m_errorBody))});
            } else {
                self->fail(Error{ErrorCode::ConnectionDropped, u"stream ended by the daemon"_s});
            }
        };
        HttpRequest request;
        request.path = path;
        request.maxResponseBody = -1; // endless by design: JsonLineSplitter bounds each line
        self->m_connection->start(request, std::move(handler));
    });
}

void StreamRequest::close()
{
    m_active = false;
    m_timer->stop();
    if (m_connection) {
        m_connection->close();
        m_connection->setParent(nullptr); // outlives us if we are deleted right after close()
        m_connection->deleteLater();
        m_connection = nullptr;
    }
}

void StreamRequest::abort(const Error &error)
{
    fail(error);
}

void StreamRequest::fail(const Error &error)
{
    if (!m_active)
        return;
    qCDebug(lcDocker) << "stream" << m_path << "finished:" << errorCodeName(error.code) << error.detail;
    close();
    Q_EMIT finished(error);
}

} // namespace dockscope::core
