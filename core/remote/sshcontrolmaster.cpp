// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshcontrolmaster.h"

#include "core/logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

#include <sys/stat.h>
#include <sys/types.h>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

/// Runs a short local ssh command (ssh -O check) to its end; stderr is its reply.
QByteArray runControlCommand(const SshTarget &target, const QString &command, const QProcessEnvironment &env)
{
    Result<QStringList> args = SshCommand::controlCommandArguments(target, command);
    if (!args)
        return QByteArray();
    QProcess process;
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(target.program, args.value());
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(1000);
        return QByteArray();
    }
    return process.readAllStandardError();
}

/// Our master, not a process that reused its id, and not a zombie (empty command line): the
/// command line names our private control socket.
bool isMasterProcess(qint64 pid, const QString &controlPath)
{
    if (pid <= 0)
        return false;
    QFile cmdline(u"/proc/"_s + QString::number(pid) + u"/cmdline"_s);
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    return cmdline.read(64 * 1024).contains(QFile::encodeName(u"ControlPath="_s + controlPath));
}

} // namespace

SshControlMaster::SshControlMaster(const SshTarget &target, const QProcessEnvironment &env)
    : m_target(target)
    , m_env(env)
{
    m_target.controlPath.clear();
}

SshControlMaster::~SshControlMaster()
{
    QMutexLocker lock(&m_mutex);
    // SIGTERM: the master closes the connection and removes its socket; no waiting here (the
    // last owner may be the GUI thread). The directory goes with m_dir.
    stopLocked(SIGTERM);
}

void SshControlMaster::setPersistSeconds(int seconds)
{
    QMutexLocker lock(&m_mutex);
    m_persistSeconds = qMax(1, seconds);
}

void SshControlMaster::setBaseDirectory(const QString &dir)
{
    QMutexLocker lock(&m_mutex);
    m_baseDirectory = dir;
}

QString SshControlMaster::controlPath() const
{
    QMutexLocker lock(&m_mutex);
    return m_sharingUnavailable ? QString() : m_controlPath;
}

QString SshControlMaster::directory() const
{
    QMutexLocker lock(&m_mutex);
    return m_dir ? m_dir->path() : QString();
}

qint64 SshControlMaster::processId() const
{
    QMutexLocker lock(&m_mutex);
    return aliveLocked() ? m_pid : 0;
}

int SshControlMaster::loginCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_logins;
}

qint64 SshControlMaster::parseCheckReply(const QByteArray &reply)
{
    const qsizetype at = reply.indexOf("Master running (pid=");
    if (at < 0)
        return 0;
    const qsizetype start = at + 20;
    const qsizetype end = reply.indexOf(')', start);
    if (end < 0 || end == start || end - start > 10)
        return 0;
    bool ok = false;
    const qint64 pid = reply.mid(start, end - start).toLongLong(&ok);
    return ok && pid > 0 ? pid : 0;
}

bool SshControlMaster::aliveLocked() const
{
    return QFileInfo::exists(m_controlPath) && isMasterProcess(m_pid, m_controlPath);
}

bool SshControlMaster::prepareDirectoryLocked()
{
    QStringList bases;
    if (!m_baseDirectory.isEmpty()) {
        bases << m_baseDirectory;
    } else {
        // The user's runtime directory is private and in memory; the temp dir is shared, but
        // mkdtemp makes our directory 0700 there too.
        const QString runtime = m_env.value(u"XDG_RUNTIME_DIR"_s);
        if (!runtime.isEmpty())
            bases << runtime;
        bases << QDir::tempPath() << u"/tmp"_s;
    }
    for (const QString &base : std::as_const(bases)) {
        if (!QDir::isAbsolutePath(base) || !QFileInfo(base).isDir())
            continue;
        auto dir = std::make_unique<QTemporaryDir>(QDir::cleanPath(base) + u"/dsssh-XXXXXX"_s);
        if (!dir->isValid())
            continue;
        if (::chmod(QFile::encodeName(dir->path()).constData(), 0700) != 0)
            continue;
        SshTarget withPath = m_target;
        withPath.controlPath = dir->path() + u"/m"_s;
        // Too long for a socket (a deep $XDG_RUNTIME_DIR) or odd characters: try the next.
        if (!SshCommand::validate(withPath))
            continue;
        m_dir = std::move(dir);
        m_controlPath = withPath.controlPath;
        return true;
    }
    return false;
}

void SshControlMaster::stopLocked(int signal)
{
    if (aliveLocked())
        ::kill(static_cast<pid_t>(m_pid), signal);
    m_pid = 0;
    if (!m_controlPath.isEmpty())
        QFile::remove(m_controlPath);   // SIGKILL leaves it behind
}

void SshControlMaster::discard()
{
    QMutexLocker lock(&m_mutex);
    qCInfo(lcSsh) << m_target.url() << "connection-sharing master discarded";
    const qint64 pid = aliveLocked() ? m_pid : 0;
    stopLocked(SIGKILL);
    // Until it is gone, a run would still reach its socket's listen queue and hang there.
    const QDeadlineTimer deadline(1000);
    while (pid > 0 && !deadline.hasExpired() && isMasterProcess(pid, m_controlPath))
        QThread::msleep(10);
}

Result<void> SshControlMaster::ensure(std::chrono::milliseconds timeout)
{
    QMutexLocker lock(&m_mutex);
    if (m_sharingUnavailable)
        return {};
    if (!m_dir && !prepareDirectoryLocked()) {
        qCWarning(lcSsh) << m_target.url() << "no private directory for an ssh control socket;"
                         << "every host-file batch logs in on its own";
        m_sharingUnavailable = true;
        return {};
    }
    if (aliveLocked())
        return {};
    // Gone (killed, the connection dropped, idle past ControlPersist): a stale socket would
    // make ssh refuse to listen there.
    stopLocked(SIGKILL);

    SshTarget target = m_target;
    target.controlPath = m_controlPath;
    Result<QStringList> args = SshCommand::controlMasterArguments(target, m_persistSeconds, m_env);
    if (!args)
        return args.error();
    QProcess process;
    process.setProcessEnvironment(SshCommand::processEnvironment(m_env));
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    qCDebug(lcSsh) << "starting connection-sharing master:" << m_target.program << args.value();
    process.start(m_target.program, args.value());
    ++m_logins;
    if (!process.waitForStarted(static_cast<int>(timeout.count()))) {
        return Error{ErrorCode::SshError, SshCommand::failureName(SshFailure::SshMissing) + u": "_s
                     + m_target.program + u": "_s + process.errorString()};
    }
    if (!process.waitForFinished(static_cast<int>(timeout.count()))) {
        process.kill();
        process.waitForFinished(2000);
        QFile::remove(m_controlPath);
        return Error{ErrorCode::Timeout, m_target.url() + u": the ssh login did not complete"_s};
    }
    // Bounded: ssh's complaint is at the end.
    const QByteArray errors = process.readAllStandardError().right(64 * 1024);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QFile::remove(m_controlPath);
        return SshCommand::failureError(errors, process.exitCode());
    }
    const qint64 pid = parseCheckReply(runControlCommand(target, u"check"_s, m_env));
    m_pid = pid;
    if (!aliveLocked()) {
        // A master we cannot identify cannot be stopped by process id: ask it to exit.
        runControlCommand(target, u"exit"_s, m_env);
        m_pid = 0;
        QFile::remove(m_controlPath);
        return Error{ErrorCode::SshError, SshCommand::failureName(SshFailure::Exited)
                                              + u": the ssh connection-sharing master did not answer"_s};
    }
    qCDebug(lcSsh) << m_target.url() << "connection-sharing master" << m_pid << "at" << m_controlPath;
    return {};
}

} // namespace dockscope::core
