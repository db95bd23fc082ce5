// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/pinghandshake.h"

#include <QIODevice>

namespace dockscope::core {

using namespace Qt::StringLiterals;

void PingHandshake::run(QIODevice *device, std::chrono::milliseconds timeout, Callback callback)
{
    // A child of the device; the caller keeps the device alive until the callback ran.
    new PingHandshake(device, timeout, std::move(callback));
}

PingHandshake::PingHandshake(QIODevice *device, std::chrono::milliseconds timeout, Callback callback)
    : QObject(device)
    , m_device(device)
    , m_callback(std::move(callback))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(Error{ErrorCode::Timeout, u"no reply to /_ping"_s});
    });
    connect(device, &QIODevice::readyRead, this, &PingHandshake::onReadyRead);
    connect(device, &QIODevice::readChannelFinished, this, [this] {
        onReadyRead();
        if (!m_done)
            finish(Error{ErrorCode::ConnectionDropped, u"the stream closed before /_ping answered"_s});
    });
    m_timer.start(timeout);
    device->write("GET /_ping HTTP/1.1\r\nHost: docker\r\nUser-Agent: dockscope\r\n\r\n");
    // Bytes may already be buffered (fast peers): look at them on the next loop turn.
    QMetaObject::invokeMethod(this, &PingHandshake::onReadyRead, Qt::QueuedConnection);
}

std::optional<Result<void>> PingHandshake::evaluate(const QByteArray &received)
{
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (received.size() > 64 * 1024 || (received.size() >= 5 && !received.startsWith("HTTP/")))
            return Result<void>(Error{ErrorCode::ProtocolError, u"not an HTTP reply: "_s
                                      + QString::fromLatin1(received.left(60).toPercentEncoding(" /:.,;()")) });
        return std::nullopt;
    }
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
    if (status.size() < 2 || !status.at(0).startsWith("HTTP/1."))
        return Result<void>(Error{ErrorCode::ProtocolError, u"not an HTTP reply"_s});
    qint64 contentLength = -1;
    bool chunked = false;
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            chunked = true;
    }
    const QByteArray body = received.mid(headerEnd + 4);
    if (chunked) {
        if (!body.contains("0\r\n\r\n"))
            return std::nullopt;
    } else if (contentLength > 0 && body.size() < contentLength) {
        return std::nullopt;
    }
    if (status.at(1) != "200")
        return Result<void>(Error{ErrorCode::HttpError, u"/_ping: HTTP "_s + QString::fromLatin1(status.at(1))});
    return Result<void>();
}

void PingHandshake::onReadyRead()
{
    if (m_done || !m_device)
        return;
    m_received += m_device->readAll();
    if (std::optional<Result<void>> result = evaluate(m_received))
        finish(*result);
}

void PingHandshake::finish(Result<void> result)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_device)
        m_device->disconnect(this);
    Callback callback = std::move(m_callback);
    deleteLater();
    callback(std::move(result));
}

} // namespace dockscope::core
