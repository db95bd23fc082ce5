// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>
#include <memory>
#include <utility>

namespace dockscope::core {

/// The status line and headers of one HTTP/1.1 response.
struct HttpResponseHead
{
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers; ///< in wire order, names as sent
    bool keepAlive = false;     ///< the connection may carry another request afterwards
    bool chunked = false;

    /// First value of a header, case-insensitive name; empty when absent.
    QByteArray header(QByteArrayView name) const;
    /// Content-Type without parameters, lower-case ("application/json").
    QByteArray mimeType() const;
};

/// Incremental parser for HTTP/1.1 responses: a thin adapter over the system's parser (llhttp
/// when DOCKSCOPE_USE_LLHTTP is defined, nodejs http-parser otherwise). Both have the same
/// callback model, so nothing outside this class knows which one is in use.
///
/// feed() accepts bytes in pieces of any size. The parser stops after each complete message and
/// reports how many bytes it consumed, so bytes of a following message are never swallowed.
class HttpParser
{
public:
    HttpParser();
    ~HttpParser();
    HttpParser(const HttpParser &) = delete;
    HttpParser &operator=(const HttpParser &) = delete;

    /// Called once the status line and all headers are in.
    std::function<void(const HttpResponseHead &head)> onHead;
    /// Called for each piece of body (de-chunked); the view is valid during the call only.
    std::function<void(QByteArrayView data)> onBody;
    /// Called when the response is complete.
    std::function<void()> onComplete;

    /// Prepares for a new response on the same connection (the limits stay).
    void reset();
    /// The most bytes of status line and headers accepted (limits::s_maxHttpHeaderBytes).
    void setHeaderLimit(qint64 bytes);
    /// The most body bytes accepted (de-chunked), or -1 for none (streams, which bound each
    /// line instead). Default limits::s_maxHttpBodyBytes. A Content-Length above it fails at
    /// once, a body that grows past it fails when it does.
    void setBodyLimit(qint64 bytes);
    /// Parses data; returns the bytes consumed (less than data.size() only when a message
    /// completed) or ProtocolError for bytes that are not HTTP/1.1 or pass a limit.
    Result<qsizetype> feed(QByteArrayView data);
    /// The peer closed the connection: completes a close-delimited body, else ConnectionDropped
    /// when a response was under way (or none arrived at all).
    Result<void> finish();

    bool isComplete() const;
    bool hasStarted() const;    ///< at least one byte of a response was parsed
    bool hasHead() const;

    /// The name of the parsing library ("http-parser" or "llhttp").
    static const char *backendName();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace dockscope::core
