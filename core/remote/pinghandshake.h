// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QIODevice;

namespace dockscope::core {

/// Sends one "GET /_ping" over a freshly opened stream and reads the whole reply, before the
/// stream is handed to the HTTP layer. Over ssh this is where a missing remote socket or a
/// refused forward shows up (the stream closes at once), so the transport can still name the
/// cause instead of the client seeing a bare "connection dropped". The connection stays usable:
/// the daemon keeps HTTP/1.1 connections alive.
class PingHandshake : public QObject
{
    Q_OBJECT
public:
    /// Result: ok, or ConnectionDropped (closed before a full reply), ProtocolError (not an HTTP
    /// reply, or not 200), Timeout.
    using Callback = std::function<void(Result<void>)>;

    /// Starts at once; the callback runs exactly once, then the object deletes itself.
    static void run(QIODevice *device, std::chrono::milliseconds timeout, Callback callback);

    /// Parses what has been read so far: nullopt = need more bytes.
    static std::optional<Result<void>> evaluate(const QByteArray &received);

private:
    PingHandshake(QIODevice *device, std::chrono::milliseconds timeout, Callback callback);
    void onReadyRead();
    void finish(Result<void> result);

    QPointer<QIODevice> m_device;
    Callback m_callback;
    QTimer m_timer;
    QByteArray m_received;
    bool m_done = false;
};

} // namespace dockscope::core
