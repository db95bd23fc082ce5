// SPDX-License-Identifier: GPL-3.0-or-later
#include "localsockettransport.h"

#include "core/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QPointer>
#include <QTimer>

#include <memory>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace dockscope::core {

LocalSocketTransport::LocalSocketTransport(const QString &socketPath, QObject *parent)
    : Transport(parent)
    , m_socketPath(socketPath)
{
}

LocalSocketTransport::~LocalSocketTransport() = default;

QString LocalSocketTransport::describe() const
{
    return u"unix://"_s + m_socketPath;
}

static Error mapLocalSocketError(QLocalSocket::LocalSocketError error, const QString &path,
                                 const QString &text)
{
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        return {ErrorCode::DaemonUnreachable, u"%1: no such socket (%2)"_s.arg(path, text)};
    case QLocalSocket::ConnectionRefusedError:
        return {ErrorCode::DaemonUnreachable, u"%1: connection refused (%2)"_s.arg(path, text)};
    case QLocalSocket::SocketAccessError: {
        // Owner, group and mode let the UI name the group the user would have to join.
        const QFileInfo info(path);
        struct stat st = {};
        const QString owner = ::stat(QFile::encodeName(path).constData(), &st) == 0
            ? u"owner %1, group %2, mode %3"_s.arg(info.owner(), info.group(),
                  QString::number(st.st_mode & 07777, 8).rightJustified(4, u'0'))
            : u"a parent directory is not searchable"_s;
        return {ErrorCode::PermissionDenied, u"%1: permission denied (%2; %3)"_s.arg(path, text, owner)};
    }
    case QLocalSocket::SocketTimeoutError:
        return {ErrorCode::Timeout, u"%1: connect timed out"_s.arg(path)};
    default:
        return {ErrorCode::DaemonUnreachable, u"%1: %2"_s.arg(path, text)};
    }
}

void LocalSocketTransport::open(ConnectCallback callback)
{
    auto *socket = new QLocalSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    // Shared by the handlers below; whichever fires first delivers, the others see `done`.
    auto done = std::make_shared<bool>(false);
    const QString path = m_socketPath;

    // Always deliver from the event loop, never from inside open(): QLocalSocket reports
    // ENOENT/EACCES synchronously from connectToServer().
    auto deliver = [this, socket, done, callback](const Result<QIODevice *> &result) {
        if (*done)
            return;
        *done = true;
        socket->disconnect(this);
        QMetaObject::invokeMethod(this, [socket, callback, result]() mutable {
            if (result) {
                socket->setParent(nullptr);
                callback(result);
            } else {
                socket->deleteLater();
                callback(result);
            }
        }, Qt::QueuedConnection);
    };

    connect(socket, &QLocalSocket::connected, this, [deliver, socket, timer] {
        timer->stop();
        deliver(static_cast<QIODevice *>(socket));
    });
    connect(socket, &QLocalSocket::errorOccurred, this,
            [deliver, socket, timer, path](QLocalSocket::LocalSocketError error) {
        timer->stop();
        const Error mapped = mapLocalSocketError(error, path, socket->errorString());
        qCDebug(lcDocker) << "connect failed:" << mapped.detail;
        deliver(mapped);
    });
    connect(timer, &QTimer::timeout, this, [deliver, socket, path] {
        socket->abort();
        deliver(Error{ErrorCode::Timeout, u"%1: connect timed out"_s.arg(path)});
    });
    timer->start(connectTimeout());
    socket->connectToServer(m_socketPath, QIODevice::ReadWrite);
}

} // namespace dockscope::core
