// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <functional>

namespace dockscope::core {

/// Splits the body of an attached exec/logs stream into stdout and stderr.
///
/// Non-TTY streams (application/vnd.docker.raw-stream up to API 1.41,
/// application/vnd.docker.multiplexed-stream from 1.42) carry 8-byte frame headers:
/// [stream 0|1|2, 0, 0, 0, uint32 big-endian length] then the payload. TTY streams are raw bytes
/// (stderr merged into stdout). Input may be split at any byte.
class MultiplexedStreamDecoder
{
public:
    enum class Stream { Stdin = 0, Stdout = 1, Stderr = 2 };

    explicit MultiplexedStreamDecoder(bool framed = true);

    std::function<void(Stream stream, QByteArrayView payload)> onData;

    /// Returns ProtocolError for a frame header with an unknown stream id or non-zero padding.
    Result<void> feed(QByteArrayView data);
    /// True when no frame is half-received.
    bool atFrameBoundary() const;

    /// Whether a reply with this Content-Type carries frame headers.
    static bool isFramedMimeType(QByteArrayView mimeType);

private:
    QByteArray m_header;
    quint32 m_remaining = 0;
    Stream m_current = Stream::Stdout;
    bool m_framed = true;
    bool m_broken = false;
};

} // namespace dockscope::core
