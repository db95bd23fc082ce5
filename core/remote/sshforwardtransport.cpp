// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshforwardtransport.h"

#include "core/docker/localsockettransport.h"
#include "core/logging.h"
#include "core/remote/pinghandshake.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QProcess>

#include <sys/stat.h>

namespace dockscope::core {

using namespace Qt::StringLiterals;

SshForwardTransport::SshForwardTransport(const SshTarget &target, const QProcessEnvironment &env, QObject *parent)
    : Transport(parent)
    , m_target(target)
    , m_env(env)
{
    m_pollTimer.setInterval(std::chrono::milliseconds(50));
    connect(&m_pollTimer, &QTimer::timeout, this, &SshForwardTransport::pollReady);
    m_startTimeout.setSingleShot(true);
    connect(&m_startTimeout, &QTimer::timeout, this, [this] {
        if (m_state != State::Starting)
            return;
        const Error error{ErrorCode::Timeout, m_target.url() + u": the ssh forward did not come up"_s};
        if (m_process) {
            m_process->disconnect(this);
            m_process->kill();
            m_process->deleteLater();
            m_process = nullptr;
        }
        m_state = State::Stopped;
        failPending(error);
    });
}

SshForwardTransport::~SshForwardTransport()
{
    // Kill ssh without blocking: the QProcess outlives us until the exit is reaped.
    if (m_process) {
        m_process->disconnect(this);
        m_process->setParent(nullptr);
        QObject::connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
        m_process->kill();
    }
    // m_dir's destructor removes the directory and the socket in it.
}

QString SshForwardTransport::describe() const
{
    return m_target.url() + u" (socket forward to "_s + SshCommand::effectiveRemoteSocket(m_target) + u')';
}

void SshForwardTransport::setConnectTimeout(std::chrono::milliseconds timeout)
{
    m_connectTimeout = timeout;
}

QString SshForwardTransport::localSocketPath() const
{
    return m_localSocket;
}

QString SshForwardTransport::privateDirectory() const
{
    return m_dir ? m_dir->path() : QString();
}

qint64 SshForwardTransport::processId() const
{
    return m_process && m_process->state() == QProcess::Running ? m_process->processId() : 0;
}

void SshForwardTransport::open(ConnectCallback callback)
{
    switch (m_state) {
    case State::Ready:
        connectLocal(std::move(callback));
        return;
    case State::Starting:
        m_pending.append(std::move(callback));
        return;
    case State::Stopped:
        m_pending.append(std::move(callback));
        startForward();
        return;
    }
}

void SshForwardTransport::startForward()
{
    if (!m_dir) {
        // QTemporaryDir creates the directory with mode 0700 (mkdtemp). A unix socket path is
        // limited to 107 bytes, so keep it short: the system temp dir, a short name.
        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/dockscope-ssh-XXXXXX"_s);
        if (!m_dir->isValid()) {
            const Error error{ErrorCode::IoError, u"cannot create a private directory: "_s + m_dir->errorString()};
            m_dir.reset();
            failPending(error);
            return;
        }
        ::chmod(QFile::encodeName(m_dir->path()).constData(), 0700);
        m_localSocket = m_dir->path() + u"/docker.sock"_s;
    }
    QFile::remove(m_localSocket);   // a socket left by a previous ssh must not look ready
    Result<QStringList> args = SshCommand::forwardArguments(m_target, m_localSocket, m_env);
    if (!args) {
        failPending(args.error());
        return;
    }
    m_stderr.clear();
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(SshCommand::processEnvironment(m_env));
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setStandardOutputFile(QProcess::nullDevice());
    QProcess *process = m_process;
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        const QByteArray chunk = process->readAllStandardError();
        if (m_stderr.size() < 64 * 1024)
            m_stderr += chunk;
        qCDebug(lcSsh) << "forward stderr:" << chunk.trimmed();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || process != m_process)
            return;
        const Error e{ErrorCode::SshError, SshCommand::failureName(SshFailure::SshMissing) + u": "_s
                      + m_target.program + u": "_s + process->errorString()};
        m_process->deleteLater();
        m_process = nullptr;
        m_state = State::Stopped;
        m_pollTimer.stop();
        m_startTimeout.stop();
        failPending(e);
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus) {
        if (process == m_process)
            onFinished(exitCode);
    });
    m_state = State::Starting;
    qCDebug(lcSsh) << "starting forward:" << m_target.program << args.value();
    m_process->start(m_target.program, args.value(), QIODevice::ReadOnly);
    m_pollTimer.start();
    m_startTimeout.start(m_connectTimeout);
}

void SshForwardTransport::pollReady()
{
    if (m_state != State::Starting)
        return;
    // ssh binds the local socket once the session is authenticated and the forward set up.
    const QFileInfo info(m_localSocket);
    if (!info.exists())
        return;
    m_pollTimer.stop();
    m_startTimeout.stop();
    m_state = State::Ready;
    if (!m_local)
        m_local = std::make_unique<LocalSocketTransport>(m_localSocket);
    const QList<ConnectCallback> pending = std::exchange(m_pending, {});
    for (const ConnectCallback &cb : pending)
        connectLocal(cb);
}

void SshForwardTransport::onFinished(int exitCode)
{
    m_stderr += m_process->readAllStandardError();
    const Error error = SshCommand::failureError(m_stderr, exitCode);
    qCInfo(lcSsh) << "ssh forward ended:" << error.detail;
    const State was = m_state;
    m_process->deleteLater();
    m_process = nullptr;
    m_state = State::Stopped;
    m_pollTimer.stop();
    m_startTimeout.stop();
    QFile::remove(m_localSocket);
    failPending(error);
    if (was == State::Ready)
        Q_EMIT forwardLost(error);
}

void SshForwardTransport::failPending(const Error &error)
{
    const QList<ConnectCallback> pending = std::exchange(m_pending, {});
    for (const ConnectCallback &cb : pending)
        cb(error);
}

void SshForwardTransport::connectLocal(ConnectCallback callback)
{
    m_local->open([this, callback = std::move(callback)](Result<QIODevice *> device) {
        if (!device) {
            callback(device.error());
            return;
        }
        QIODevice *dev = device.value();
        const qsizetype stderrMark = m_stderr.size();
        PingHandshake::run(dev, m_connectTimeout, [this, dev, callback, stderrMark](const auto &ok) {
            if (ok) {
                callback(dev);
                return;
            }
            dev->deleteLater();
            // ssh accepted the local connection but could not open the remote end; its stderr
            // line ("open failed: connect failed: No such file or directory") may arrive a
            // moment after the close.
            QTimer::singleShot(300, this, [this, callback, stderrMark, error = ok.error()] {
                const QByteArray fresh = m_stderr.mid(qMin(stderrMark, m_stderr.size()));
                const SshFailure failure = SshCommand::classify(fresh);
                if (failure == SshFailure::RemoteSocketMissing || failure == SshFailure::RemoteSocketDenied
                    || failure == SshFailure::ForwardRefused) {
                    callback(SshCommand::failureError(fresh, 0));
                    return;
                }
                callback(m_state == State::Stopped && !m_stderr.isEmpty()
                             ? SshCommand::failureError(m_stderr, 255) : error);
            });
        });
    });
}

} // namespace dockscope::core
