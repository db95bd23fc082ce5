// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshdialstdiotransport.h"

#include "core/logging.h"
#include "core/remote/pinghandshake.h"

#include <QPointer>
#include <QProcess>
#include <QTimer>

#include <memory>
#include <optional>

namespace dockscope::core {

using namespace Qt::StringLiterals;

SshDialStdioTransport::SshDialStdioTransport(const SshTarget &target, const QProcessEnvironment &env,
                                             QObject *parent)
    : Transport(parent)
    , m_target(target)
    , m_env(env)
{
}

SshDialStdioTransport::~SshDialStdioTransport() = default;

QString SshDialStdioTransport::describe() const
{
    return m_target.url() + u" (dial-stdio)"_s;
}

void SshDialStdioTransport::setConnectTimeout(std::chrono::milliseconds timeout)
{
    m_connectTimeout = timeout;
}

QList<qint64> SshDialStdioTransport::processIds() const
{
    QList<qint64> ids;
    for (const QPointer<QProcess> &p : m_handedOut) {
        if (p && p->state() == QProcess::Running)
            ids.append(p->processId());
    }
    return ids;
}

void SshDialStdioTransport::open(ConnectCallback callback)
{
    Result<QStringList> args = SshCommand::dialStdioArguments(m_target, m_env);
    if (!args) {
        callback(args.error());
        return;
    }
    // Parented to us until it is handed out.
    auto *process = new QProcess(this);
    process->setProcessEnvironment(SshCommand::processEnvironment(m_env));
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->setReadChannel(QProcess::StandardOutput);

    struct State
    {
        ConnectCallback callback;
        QByteArray stderrText;
        std::optional<Error> handshakeError;
        bool done = false;
    };
    auto state = std::make_shared<State>();
    state->callback = std::move(callback);

    auto fail = [process, state](const Error &error) {
        if (state->done)
            return;
        state->done = true;
        process->disconnect();
        if (process->state() == QProcess::NotRunning) {
            process->deleteLater();
        } else {
            QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
            process->kill();
        }
        state->callback(error);
    };
    connect(process, &QProcess::readyReadStandardError, process, [process, state] {
        const QByteArray chunk = process->readAllStandardError();
        if (state->stderrText.size() < 64 * 1024)
            state->stderrText += chunk;
        if (state->done)
            qCDebug(lcSsh) << "dial-stdio stderr:" << chunk.trimmed();
    });
    connect(process, &QProcess::errorOccurred, process, [this, process, fail](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(Error{ErrorCode::SshError, SshCommand::failureName(SshFailure::SshMissing) + u": "_s
                       + m_target.program + u": "_s + process->errorString()});
    });
    connect(process, &QProcess::finished, process, [process, state, fail](int exitCode, QProcess::ExitStatus) {
        state->stderrText += process->readAllStandardError();
        if (state->done) {
            qCInfo(lcSsh) << "dial-stdio ssh exited with" << exitCode << state->stderrText.trimmed().right(300);
            return;
        }
        if (state->stderrText.trimmed().isEmpty() && state->handshakeError)
            fail(*state->handshakeError);
        else
            fail(SshCommand::failureError(state->stderrText, exitCode));
    });
    connect(process, &QProcess::started, process, [this, process, state, fail] {
        PingHandshake::run(process, m_connectTimeout, [this, process, state, fail](const auto &ok) {
            if (state->done)
                return;
            if (!ok) {
                // The stream closed: ssh is exiting and its reason is on stderr. Let finished()
                // report it; fall back to the handshake's error if ssh lingers.
                state->handshakeError = ok.error();
                if (process->state() == QProcess::NotRunning) {
                    state->stderrText += process->readAllStandardError();
                    fail(state->stderrText.trimmed().isEmpty()
                             ? ok.error() : SshCommand::failureError(state->stderrText, process->exitCode()));
                } else {
                    QTimer::singleShot(2000, process, [state, fail] { fail(*state->handshakeError); });
                }
                return;
            }
            state->done = true;
            // The caller owns it from now on; it must not die with this transport.
            process->setParent(nullptr);
            m_handedOut.removeIf([](const QPointer<QProcess> &p) { return p.isNull(); });
            m_handedOut.append(process);
            state->callback(static_cast<QIODevice *>(process));
        });
    });
    qCDebug(lcSsh) << "starting" << m_target.program << args.value();
    process->start(m_target.program, args.value(), QIODevice::ReadWrite);
}

} // namespace dockscope::core
