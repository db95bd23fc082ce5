// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/httpparser.h"
#include "core/limits.h"
#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <functional>

class QIODevice;

namespace dockscope::core {

struct HttpRequest
{
    QByteArray method = "GET";
    QByteArray path;            ///< with query, already percent-encoded
    QByteArray body;
    QByteArray contentType;     ///< set together with body
    /// The most reply body bytes accepted (ProtocolError past it); -1 for a stream, whose
    /// reader bounds what it keeps.
    qint64 maxResponseBody = limits::s_maxHttpBodyBytes;

    /// The request as it goes on the wire.
    QByteArray serialize() const;
};

/// One HTTP/1.1 client connection over any open QIODevice (the transport's byte stream), one
/// request at a time, kept alive between requests when the daemon allows it.
///
/// Handlers run from the device's signals. They must not delete the connection directly
/// (use deleteLater() or close()): the parser is on the stack at that moment.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    struct Handler
    {
        std::function<void(const HttpResponseHead &head)> head;
        std::function<void(QByteArrayView data)> body;
        /// Exactly once per start(): success, ProtocolError or ConnectionDropped.
        std::function<void(Result<void> result)> done;
    };

    /// Takes ownership of the device.
    explicit HttpConnection(QIODevice *device, QObject *parent = nullptr);
    ~HttpConnection() override;

    /// Sends the request; the connection must be idle (isUsable()).
    void start(const HttpRequest &request, Handler handler);

    bool isBusy() const { return m_busy; }
    /// Open, idle and allowed to carry another request.
    bool isUsable() const { return !m_busy && m_open && m_reusable; }
    /// Whether the current (or last) exchange received any byte.
    bool hasReceivedData() const { return m_receivedData; }
    /// Requests completed on this connection so far.
    int completedExchanges() const { return m_completed; }

    /// Drops the connection; the handler of a running exchange is not called any more.
    void close();

Q_SIGNALS:
    /// The connection can no longer be used (peer closed it, garbage while idle, close()).
    void closed();

private:
    void onReadyRead();
    void onPeerClosed();
    void process(QByteArrayView data);
    void complete();
    void fail(const Error &error);
    void markClosed();

    QPointer<QIODevice> m_device;
    HttpParser m_parser;
    Handler m_handler;
    bool m_busy = false;
    bool m_open = true;
    bool m_reusable = true;
    bool m_receivedData = false;
    bool m_closedEmitted = false;
    int m_completed = 0;
};

} // namespace dockscope::core
