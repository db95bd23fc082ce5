// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hostfacts/daemoncontainers.h"

#include "core/docker/httpparser.h"
#include "core/facts/daemonlocator.h"
#include "core/facts/hostfs.h"
#include "core/limits.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <cstring>

#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace dockscope::hostfacts {

using namespace Qt::StringLiterals;
using core::Error;
using core::ErrorCode;
using core::Result;

namespace {

class Socket
{
public:
    Socket() : m_fd(::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0)) {}
    Socket(const Socket &) = delete;
    Socket &operator=(const Socket &) = delete;
    ~Socket()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    int get() const { return m_fd; }

private:
    int m_fd;
};

Error errnoError(ErrorCode code, const QString &socketPath, const char *what, int err)
{
    return Error{code, socketPath + u": "_s + QLatin1StringView(what) + u": "_s
                           + QString::fromLocal8Bit(std::strerror(err))};
}

/// Waits until fd is ready for events or the deadline passes; false with errno on timeout/failure.
bool waitFor(int fd, short events, const QDeadlineTimer &deadline)
{
    for (;;) {
        const qint64 left = deadline.remainingTime();
        if (left == 0) {
            errno = ETIMEDOUT;
            return false;
        }
        pollfd p{fd, events, 0};
        const int n = ::poll(&p, 1, int(qMin<qint64>(left, 1000)));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return false;
        if (n > 0)
            return true;
    }
}

} // namespace

Result<QSet<QString>> parseContainerIds(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return Error{ErrorCode::ParseError, u"/containers/json: not a JSON array"_s};
    QSet<QString> ids;
    const QJsonArray list = doc.array();
    for (const auto &v : list) {
        const QString id = v.toObject().value("Id"_L1).toString();
        if (isFullContainerId(id))
            ids.insert(id);
    }
    return ids;
}

Result<QSet<QString>> fetchContainerIds(const QString &socketPath, std::chrono::milliseconds timeout,
                                        qsizetype maxBytes)
{
    const QDeadlineTimer deadline(timeout);
    const QByteArray path = QFile::encodeName(socketPath);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || path.size() >= qsizetype(sizeof address.sun_path) || path.contains('\0'))
        return Error{ErrorCode::InvalidArgument, socketPath + u": not a usable unix socket path"_s};
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));

    const Socket socket;
    if (socket.get() < 0)
        return errnoError(ErrorCode::IoError, socketPath, "socket", errno);
    if (::connect(socket.get(), reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const int err = errno;
        if (err != EINPROGRESS) {
            const ErrorCode code = err == EACCES || err == EPERM ? ErrorCode::PermissionDenied
                                                                 : ErrorCode::DaemonUnreachable;
            return errnoError(code, socketPath, "connect", err);
        }
        int soError = 0;
        socklen_t length = sizeof soError;
        if (!waitFor(socket.get(), POLLOUT, deadline)
            || ::getsockopt(socket.get(), SOL_SOCKET, SO_ERROR, &soError, &length) != 0 || soError != 0)
            return errnoError(ErrorCode::DaemonUnreachable, socketPath, "connect", soError ? soError : errno);
    }

    const QByteArray request = "GET /containers/json?all=1 HTTP/1.0\r\nHost: docker\r\n\r\n";
    for (qsizetype sent = 0; sent < request.size();) {
        if (!waitFor(socket.get(), POLLOUT, deadline))
            return errnoError(ErrorCode::Timeout, socketPath, "send", errno);
        const ssize_t n = ::send(socket.get(), request.constData() + sent, size_t(request.size() - sent),
                                 MSG_NOSIGNAL);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0)
            return errnoError(ErrorCode::ConnectionDropped, socketPath, "send", errno);
        sent += n;
    }

    core::HttpParser parser;
    parser.setBodyLimit(maxBytes);
    int status = 0;
    QByteArray body;
    parser.onHead = [&status](const core::HttpResponseHead &head) { status = head.status; };
    parser.onBody = [&body](QByteArrayView data) { body.append(data); };
    char buffer[65536];
    while (!parser.isComplete()) {
        if (!waitFor(socket.get(), POLLIN, deadline)) {
            const int err = errno;
            const ErrorCode code = err == ETIMEDOUT ? ErrorCode::Timeout : ErrorCode::IoError;
            return errnoError(code, socketPath, "receive", err);
        }
        const ssize_t n = ::recv(socket.get(), buffer, sizeof buffer, 0);
        if (n < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (n < 0)
            return errnoError(ErrorCode::ConnectionDropped, socketPath, "receive", errno);
        if (n == 0) {
            if (Result<void> done = parser.finish(); !done)
                return Error{done.error().code, socketPath + u": "_s + done.error().detail};
            break;
        }
        if (Result<qsizetype> fed = parser.feed(QByteArrayView(buffer, n)); !fed)
            return Error{fed.error().code, socketPath + u": "_s + fed.error().detail};
    }
    if (!parser.isComplete())
        return Error{ErrorCode::ConnectionDropped, socketPath + u": the reply ended early"_s};
    if (status != 200)
        return Error{ErrorCode::HttpError, socketPath + u": /containers/json answered HTTP %1"_s.arg(status)};
    Result<QSet<QString>> ids = parseContainerIds(body);
    if (!ids)
        return Error{ids.error().code, socketPath + u": "_s + ids.error().detail};
    return ids;
}

LocalDaemonSource::LocalDaemonSource(const core::HostFs &fs, AsCaller asCaller)
    : m_fs(fs), m_asCaller(std::move(asCaller))
{
}

Result<QSet<QString>> LocalDaemonSource::containerIds(const QString &socket)
{
    Result<QSet<QString>> ids = Error{ErrorCode::Unavailable, socket};
    m_asCaller([&ids, &socket] { ids = fetchContainerIds(socket); });
    return ids;
}

std::optional<qint64> LocalDaemonSource::daemonPid(const QString &socket)
{
    const std::optional<core::DaemonLocation> location = core::locateDaemon(m_fs, socket);
    return location ? std::optional<qint64>(location->pid) : std::nullopt;
}

std::optional<quint32> LocalDaemonSource::socketOwner(const QString &socket)
{
    std::optional<quint32> owner;
    m_asCaller([&owner, &socket] {
        struct ::stat st {};
        if (::stat(QFile::encodeName(socket).constData(), &st) == 0 && S_ISSOCK(st.st_mode))
            owner = st.st_uid;
    });
    return owner;
}

} // namespace dockscope::hostfacts
