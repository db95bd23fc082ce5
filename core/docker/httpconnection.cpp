// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpconnection.h"

#include "core/docker/tcptransport.h"
#include "core/logging.h"

#include <QAbstractSocket>
#include <QIODevice>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace dockscope::core {

QByteArray HttpRequest::serialize() const
{
    QByteArray out;
    out.reserve(256 + body.size());
    out += method + ' ' + path + " HTTP/1.1\r\n"
           "Host: docker\r\n"
           "User-Agent: Dockscope/" DOCKSCOPE_VERSION "\r\n";
    if (!body.isEmpty() || method == "POST") {
        if (!contentType.isEmpty())
            out += "Content-Type: " + contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    out += "\r\n";
    out += body;
    return out;
}

HttpConnection::HttpConnection(QIODevice *device, QObject *parent)
    : QObject(parent)
    , m_device(device)
{
    Q_ASSERT(device);
    device->setParent(this);
    connect(device, &QIODevice::readyRead, this, &HttpConnection::onReadyRead);
    connect(device, &QIODevice::readChannelFinished, this, &HttpConnection::onPeerClosed);
    if (auto *local = qobject_cast<QLocalSocket *>(device))
        connect(local, &QLocalSocket::disconnected, this, &HttpConnection::onPeerClosed);
    else if (auto *socket = qobject_cast<QAbstractSocket *>(device))
        connect(socket, &QAbstractSocket::disconnected, this, &HttpConnection::onPeerClosed);

    m_parser.onHead = [this](const HttpResponseHead &head) {
        if (!head.keepAlive)
            m_reusable = false;
        // A copy: the handler may close() the connection, which clears m_handler.
        if (auto handler = m_handler.head)
            handler(head);
    };
    m_parser.onBody = [this](QByteArrayView data) {
        if (auto handler = m_handler.body)
            handler(data);
    };
}

HttpConnection::~HttpConnection()
{
    if (m_device)
        m_device->disconnect(this);
}

void HttpConnection::start(const HttpRequest &request, Handler handler)
{
    Q_ASSERT(isUsable());
    m_handler = std::move(handler);
    m_busy = true;
    m_receivedData = false;
    m_parser.reset();
    m_parser.setBodyLimit(request.maxResponseBody);
    qCDebug(lcHttp) << "->" << request.method << request.path;
    m_device->write(request.serialize());
    // Bytes that arrived before the request (none should) would be garbage: look now.
    if (m_device->bytesAvailable() > 0)
        onReadyRead();
}

void HttpConnection::close()
{
    m_handler = {};
    m_busy = false;
    if (m_device) {
        m_device->disconnect(this);
        m_device->close();
    }
    markClosed();
}

void HttpConnection::markClosed()
{
    m_open = false;
    m_reusable = false;
    if (!m_closedEmitted) {
        m_closedEmitted = true;
        Q_EMIT closed();
    }
}

void HttpConnection::onReadyRead()
{
    QPointer<HttpConnection> guard(this);
    while (guard && m_device && m_device->bytesAvailable() > 0) {
        const QByteArray chunk = m_device->read(64 * 1024);
        if (chunk.isEmpty())
            break;
        process(chunk);
    }
}

void HttpConnection::process(QByteArrayView data)
{
    if (!m_busy) {
        // Nothing may arrive on an idle connection: the daemon never pipelines.
        qCDebug(lcHttp) << "unexpected bytes on an idle connection";
        close();
        return;
    }
    m_receivedData = true;
    const Result<qsizetype> consumed = m_parser.feed(data);
    if (!m_busy)
        return; // closed by a handler
    if (!consumed) {
        fail(consumed.error());
        return;
    }
    if (m_parser.isComplete()) {
        if (*consumed < data.size())
            m_reusable = false; // trailing bytes we did not ask for
        complete();
    }
}

void HttpConnection::complete()
{
    if (!m_parser.isComplete())
        return;
    ++m_completed;
    // Close-delimited bodies, "Connection: close", exec streams: never reuse (see onHead).
    if (!m_parser.hasHead())
        m_reusable = false;
    Handler handler = std::move(m_handler);
    m_handler = {};
    m_busy = false;
    if (handler.done)
        handler.done(Result<void>());
}

void HttpConnection::fail(const Error &error)
{
    Handler handler = std::move(m_handler);
    m_handler = {};
    m_busy = false;
    m_reusable = false;
    if (m_device) {
        m_device->disconnect(this);
        m_device->close();
    }
    QPointer<HttpConnection> guard(this);
    if (handler.done)
        handler.done(error);
    if (guard)
        markClosed();
}

void HttpConnection::onPeerClosed()
{
    if (!m_open)
        return;
    QPointer<HttpConnection> guard(this);
    onReadyRead(); // whatever was still buffered belongs to the reply
    if (!guard || !m_open)
        return;
    if (m_busy) {
        const Result<void> end = m_parser.finish();
        if (!m_busy)
            return;
        m_reusable = false;
        if (end && m_parser.isComplete())
            complete();
        else if (std::optional<Error> tls = TcpTransport::tlsFailure(m_device))
            fail(*tls);     // TLS 1.3: a refused client certificate shows up here
        else
            fail(end ? Error{ErrorCode::ConnectionDropped, u"connection closed"_s} : end.error());
        if (!guard)
            return;
    }
    markClosed();
}

} // namespace dockscope::core
