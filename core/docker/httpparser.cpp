// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpparser.h"

#include "core/limits.h"

#include <climits>

#if defined(DOCKSCOPE_USE_LLHTTP)
#include <llhttp.h>
#else
#include <http_parser.h>
#endif

using namespace Qt::StringLiterals;

namespace dockscope::core {

QByteArray HttpResponseHead::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpResponseHead::mimeType() const
{
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

#if defined(DOCKSCOPE_USE_LLHTTP)
using ParserType = llhttp_t;
using SettingsType = llhttp_settings_t;
#else
using ParserType = http_parser;
using SettingsType = http_parser_settings;
#endif

struct HttpParser::Impl
{
    HttpParser *q = nullptr;
    ParserType parser{};
    SettingsType settings{};
    HttpResponseHead head;
    QByteArray field;
    QByteArray value;
    bool inValue = false;
    bool started = false;
    bool headDone = false;
    bool complete = false;
    qint64 headerLimit = limits::s_maxHttpHeaderBytes;
    qint64 bodyLimit = limits::s_maxHttpBodyBytes;
    qint64 headerBytes = 0;
    qint64 bodyBytes = 0;
    QString limitError; ///< set by a callback that refused to go on

    void init();
    /// Counts head bytes; false (and limitError) once they pass the limit.
    bool countHeader(size_t length)
    {
        headerBytes += qint64(length);
        if (headerBytes <= headerLimit)
            return true;
        limitError = u"response headers exceed %1 bytes"_s.arg(headerLimit);
        return false;
    }
    void flushHeader()
    {
        if (!field.isEmpty())
            head.headers.append({field, value.trimmed()});
        field.clear();
        value.clear();
        inValue = false;
    }

    static Impl *self(ParserType *p) { return static_cast<Impl *>(p->data); }

    static int onMessageBegin(ParserType *p)
    {
        self(p)->started = true;
        return 0;
    }
    static int onStatus(ParserType *p, const char *, size_t length)
    {
        return self(p)->countHeader(length) ? 0 : -1;
    }
    static int onHeaderField(ParserType *p, const char *at, size_t length)
    {
        Impl *d = self(p);
        // ": " and CRLF count too, so that a flood of empty headers adds up as well.
        if (!d->countHeader(d->inValue || d->field.isEmpty() ? length + 4 : length))
            return -1;
        if (d->inValue)
            d->flushHeader();
        d->field.append(at, qsizetype(length));
        return 0;
    }
    static int onHeaderValue(ParserType *p, const char *at, size_t length)
    {
        Impl *d = self(p);
        if (!d->countHeader(length))
            return -1;
        d->inValue = true;
        d->value.append(at, qsizetype(length));
        return 0;
    }
    static int onHeadersComplete(ParserType *p)
    {
        Impl *d = self(p);
        d->flushHeader();
        d->head.status = int(p->status_code);
#if defined(DOCKSCOPE_USE_LLHTTP)
        d->head.keepAlive = llhttp_should_keep_alive(p) != 0;
        d->head.chunked = (p->flags & F_CHUNKED) != 0;
#else
        d->head.keepAlive = http_should_keep_alive(p) != 0;
        d->head.chunked = (p->flags & F_CHUNKED) != 0;
#endif
        d->headDone = true;
        // Refuse a declared body we would not keep before any of it arrives.
        if (d->bodyLimit >= 0 && (p->flags & F_CHUNKED) == 0 && p->content_length != ULLONG_MAX
            && p->content_length > quint64(d->bodyLimit)) {
            d->limitError = u"response body of %1 bytes exceeds %2 bytes"_s.arg(p->content_length)
                                .arg(d->bodyLimit);
            return -1;
        }
        if (d->q->onHead)
            d->q->onHead(d->head);
        return 0;
    }
    static int onBody(ParserType *p, const char *at, size_t length)
    {
        Impl *d = self(p);
        d->bodyBytes += qint64(length);
        if (d->bodyLimit >= 0 && d->bodyBytes > d->bodyLimit) {
            d->limitError = u"response body exceeds %1 bytes"_s.arg(d->bodyLimit);
            return -1;
        }
        if (d->q->onBody)
            d->q->onBody(QByteArrayView(at, qsizetype(length)));
        return 0;
    }
    static int onMessageComplete(ParserType *p)
    {
        Impl *d = self(p);
        d->complete = true;
        if (d->q->onComplete)
            d->q->onComplete();
        // Stop here: whatever follows belongs to the next response on this connection.
#if defined(DOCKSCOPE_USE_LLHTTP)
        return HPE_PAUSED;
#else
        http_parser_pause(p, 1);
        return 0;
#endif
    }
};

void HttpParser::Impl::init()
{
#if defined(DOCKSCOPE_USE_LLHTTP)
    llhttp_settings_init(&settings);
#endif
    settings.on_message_begin = &Impl::onMessageBegin;
    settings.on_status = &Impl::onStatus;
    settings.on_header_field = &Impl::onHeaderField;
    settings.on_header_value = &Impl::onHeaderValue;
    settings.on_headers_complete = &Impl::onHeadersComplete;
    settings.on_body = &Impl::onBody;
    settings.on_message_complete = &Impl::onMessageComplete;
#if defined(DOCKSCOPE_USE_LLHTTP)
    llhttp_init(&parser, HTTP_RESPONSE, &settings);
#else
    http_parser_init(&parser, HTTP_RESPONSE);
#endif
    parser.data = this;
    head = {};
    field.clear();
    value.clear();
    inValue = false;
    started = false;
    headDone = false;
    complete = false;
    headerBytes = 0;
    bodyBytes = 0;
    limitError.clear();
}

HttpParser::HttpParser()
    : m_impl(std::make_unique<Impl>())
{
    m_impl->q = this;
    m_impl->init();
}

HttpParser::~HttpParser() = default;

void HttpParser::reset()
{
    m_impl->init();
}

void HttpParser::setHeaderLimit(qint64 bytes)
{
    m_impl->headerLimit = bytes;
}

void HttpParser::setBodyLimit(qint64 bytes)
{
    m_impl->bodyLimit = bytes;
}

bool HttpParser::isComplete() const { return m_impl->complete; }
bool HttpParser::hasStarted() const { return m_impl->started; }
bool HttpParser::hasHead() const { return m_impl->headDone; }

const char *HttpParser::backendName()
{
#if defined(DOCKSCOPE_USE_LLHTTP)
    return "llhttp";
#else
    return "http-parser";
#endif
}

Result<qsizetype> HttpParser::feed(QByteArrayView data)
{
    if (m_impl->complete)
        return qsizetype(0);
    if (data.isEmpty())
        return qsizetype(0);
    // Any byte counts as the start of a response, even one the parser rejects.
    m_impl->started = true;
#if defined(DOCKSCOPE_USE_LLHTTP)
    const llhttp_errno_t err = llhttp_execute(&m_impl->parser, data.data(), size_t(data.size()));
    if (err == HPE_OK)
        return data.size();
    if (err == HPE_PAUSED) {
        const char *stop = llhttp_get_error_pos(&m_impl->parser);
        return qsizetype(stop - data.data());
    }
    if (!m_impl->limitError.isEmpty())
        return Error{ErrorCode::ProtocolError, m_impl->limitError};
    return Error{ErrorCode::ProtocolError,
                 QString::fromLatin1(llhttp_errno_name(err)) + u": "_s
                     + QString::fromLatin1(llhttp_get_error_reason(&m_impl->parser))};
#else
    const size_t parsed = http_parser_execute(&m_impl->parser, &m_impl->settings, data.data(),
                                              size_t(data.size()));
    const auto err = http_errno(m_impl->parser.http_errno);
    if (err == HPE_OK || (err == HPE_PAUSED && m_impl->complete))
        return qsizetype(parsed);
    if (!m_impl->limitError.isEmpty())
        return Error{ErrorCode::ProtocolError, m_impl->limitError};
    return Error{ErrorCode::ProtocolError,
                 QString::fromLatin1(http_errno_name(err)) + u": "_s
                     + QString::fromLatin1(http_errno_description(err))};
#endif
}

Result<void> HttpParser::finish()
{
    if (m_impl->complete)
        return {};
    if (!m_impl->started)
        return Error{ErrorCode::ConnectionDropped, u"connection closed before a response"_s};
#if defined(DOCKSCOPE_USE_LLHTTP)
    const llhttp_errno_t err = llhttp_finish(&m_impl->parser);
    if ((err == HPE_OK || err == HPE_PAUSED) && m_impl->complete)
        return {};
#else
    http_parser_execute(&m_impl->parser, &m_impl->settings, nullptr, 0);
    if (m_impl->complete)
        return {};
#endif
    return Error{ErrorCode::ConnectionDropped,
                 m_impl->headDone ? u"connection closed in the middle of the body"_s
                                  : u"connection closed in the middle of the headers"_s};
}

} // namespace dockscope::core
