// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakedockerserver.h"

#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace dockscope::test {

FakeDockerServer::FakeDockerServer(QObject *parent, const QByteArray &apiVersion, const QByteArray &minApiVersion)
    : QObject(parent)
{
    on("/_ping", "HTTP/1.1 200 OK\r\nApi-Version: " + apiVersion
                     + "\r\nOstype: linux\r\nServer: Docker/fake\r\nContent-Length: 2\r\n"
                       "Content-Type: text/plain; charset=utf-8\r\n\r\nOK");
    onJson("/version", 200, R"({"Version":"fake","ApiVersion":")" + apiVersion + R"(","MinAPIVersion":")"
                                + minApiVersion + R"(","Os":"linux"})");
    connect(&m_server, &QLocalServer::newConnection, this, &FakeDockerServer::onNewConnection);
}

FakeDockerServer::~FakeDockerServer() = default;

bool FakeDockerServer::listen()
{
    return m_dir.isValid() && m_server.listen(m_dir.path() + u"/docker.sock"_s);
}

void FakeDockerServer::stop()
{
    m_server.close();
    const QList<QLocalSocket *> sockets = findChildren<QLocalSocket *>();
    for (QLocalSocket *socket : sockets)
        socket->disconnectFromServer();
}

bool FakeDockerServer::restart()
{
    return m_server.listen(m_dir.path() + u"/docker.sock"_s);
}

QString FakeDockerServer::socketPath() const
{
    return m_dir.path() + u"/docker.sock"_s;
}

QByteArray FakeDockerServer::jsonReply(int status, const QByteArray &json)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
           "Content-Length: " + QByteArray::number(json.size()) + "\r\n\r\n" + json;
}

void FakeDockerServer::on(const QByteArray &pathPart, const QByteArray &raw, Then then)
{
    m_rules.append({pathPart, raw, then, {}});
}

void FakeDockerServer::onEndless(const QByteArray &pathPart, const QByteArray &head,
                                 const QByteArray &filler)
{
    Q_ASSERT(!filler.isEmpty());
    m_rules.append({pathPart, head, Then::KeepOpen, filler});
}

void FakeDockerServer::feedEndless(QLocalSocket *socket, const QByteArray &filler)
{
    // Keep about 256 KiB queued: enough that the reader never waits, little enough that the
    // test stops shortly after the client gives up.
    while (socket->state() == QLocalSocket::ConnectedState && socket->bytesToWrite() < 256 * 1024) {
        socket->write(filler);
        m_endlessWritten += filler.size();
    }
}

void FakeDockerServer::onJson(const QByteArray &pathPart, int status, const QByteArray &json)
{
    on(pathPart, jsonReply(status, json));
}

int FakeDockerServer::openConnections() const
{
    int open = 0;
    const QList<QLocalSocket *> sockets = findChildren<QLocalSocket *>();
    for (QLocalSocket *socket : sockets) {
        if (socket->state() == QLocalSocket::ConnectedState)
            ++open;
    }
    return open;
}

void FakeDockerServer::onNewConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        ++m_accepted;
        socket->setParent(this);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeDockerServer::serve(QLocalSocket *socket)
{
    // One request at a time, as the client sends them: head up to the blank line, then the
    // Content-Length body.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        const QList<QByteArray> lines = head.split('\n');
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            break;
        buffer.remove(0, end + 4 + length);
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        const QByteArray method = requestLine.value(0);
        const QByteArray path = requestLine.value(1);
        m_requests.append(method + ' ' + path);

        const Rule *rule = nullptr;
        for (const Rule &candidate : m_rules) {
            if (path.contains(candidate.pathPart))
                rule = &candidate;
        }
        if (!rule) {
            socket->write(jsonReply(404, R"({"message":"page not found"})"));
            continue;
        }
        socket->write(rule->raw);
        if (!rule->filler.isEmpty()) {
            const QByteArray filler = rule->filler;
            connect(socket, &QLocalSocket::bytesWritten, this,
                    [this, socket, filler] { feedEndless(socket, filler); });
            feedEndless(socket, filler);
            socket->flush();
            return;
        }
        socket->flush();
        if (rule->then == Then::Close) {
            socket->disconnectFromServer();
            return;
        }
        if (rule->then == Then::Stall) {
            socket->setProperty("stalled", true);
            return;
        }
    }
    socket->setProperty("buffer", buffer);
}

} // namespace dockscope::test
