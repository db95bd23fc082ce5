// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A scripted Docker daemon on a QLocalServer, only for faults a real daemon cannot produce:
// garbage bytes, replies cut in half, stalls, connections dropped mid-chunk.

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QTemporaryDir>

class QLocalSocket;

namespace dockscope::test {

class FakeDockerServer : public QObject
{
    Q_OBJECT
public:
    enum class Then { KeepOpen, Close, Stall };

    /// Answers /_ping (Api-Version: apiVersion) and /version (MinAPIVersion: minApiVersion)
    /// like dockerd 20.10 unless overridden with on().
    explicit FakeDockerServer(QObject *parent = nullptr, const QByteArray &apiVersion = "1.41",
                              const QByteArray &minApiVersion = "1.12");
    ~FakeDockerServer() override;

    bool listen();
    /// Stops listening and drops every connection, like a daemon that went away.
    void stop();
    /// Listens again on the same path.
    bool restart();
    QString socketPath() const;
    QLocalServer *server() { return &m_server; }

    /// Requests whose path contains `pathPart` (the latest matching rule wins) get `raw` bytes,
    /// then the connection stays open, is closed, or stalls (nothing more is ever sent).
    void on(const QByteArray &pathPart, const QByteArray &raw, Then then = Then::KeepOpen);
    /// Requests whose path contains `pathPart` get `head`, then `filler` again and again for as
    /// long as the client reads: a reply that never ends (headers, a stream line, exec output).
    /// Writes a little ahead of the reader only, so the test costs what the client accepts.
    void onEndless(const QByteArray &pathPart, const QByteArray &head, const QByteArray &filler);
    /// Bytes written by onEndless() rules so far.
    qint64 endlessBytesWritten() const { return m_endlessWritten; }
    /// A JSON reply with Content-Length, kept alive.
    void onJson(const QByteArray &pathPart, int status, const QByteArray &json);

    /// "GET /v1.41/info" for every request seen, in order.
    QList<QByteArray> requests() const { return m_requests; }
    int connectionsAccepted() const { return m_accepted; }
    int openConnections() const;

    static QByteArray jsonReply(int status, const QByteArray &json);

private:
    struct Rule
    {
        QByteArray pathPart;
        QByteArray raw;
        Then then;
        QByteArray filler;  ///< non-empty: an endless rule
    };
    void feedEndless(QLocalSocket *socket, const QByteArray &filler);
    void onNewConnection();
    void serve(QLocalSocket *socket);

    QTemporaryDir m_dir;
    QLocalServer m_server;
    QList<Rule> m_rules;
    QList<QByteArray> m_requests;
    int m_accepted = 0;
    qint64 m_endlessWritten = 0;
};

} // namespace dockscope::test
