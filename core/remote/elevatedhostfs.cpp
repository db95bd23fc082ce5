// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/elevatedhostfs.h"

#include "core/remote/hostfactsprotocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype s_maxStderrBytes = 4096;

int remainingMs(const QDeadlineTimer &deadline)
{
    const qint64 ms = deadline.remainingTime();
    return ms < 0 ? -1 : int(qMin<qint64>(ms, 60000));
}

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

/// What the helper (or pkexec) printed on stderr so far, without blocking; bounded.
QByteArray drainStderr(int fd)
{
    QByteArray out;
    if (fd < 0)
        return out;
    char buffer[1024];
    while (out.size() < s_maxStderrBytes) {
        pollfd p{fd, POLLIN, 0};
        if (::poll(&p, 1, 0) <= 0 || !(p.revents & (POLLIN | POLLHUP)))
            break;
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, qsizetype(n));
    }
    return out.left(s_maxStderrBytes);
}

/// One line of what the helper printed: control characters replaced, at most 300 characters.
QString printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes).trimmed();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = u' ';
    }
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(300) + u'…';
    return text;
}

} // namespace

ElevatedHostFs::ElevatedHostFs(const QString &daemonSocket)
    : m_daemonSocket(daemonSocket)
{
}

ElevatedHostFs::~ElevatedHostFs()
{
    QMutexLocker lock(&m_mutex);
    stopHelper({});
}

QString ElevatedHostFs::findHelper()
{
    const QString fromEnv = qEnvironmentVariable("DOCKSCOPE_HOSTFACTS_HELPER");
    if (!fromEnv.isEmpty())
        return QFileInfo(fromEnv).isExecutable() ? QFileInfo(fromEnv).absoluteFilePath() : QString();
    QStringList candidates;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        candidates << appDir + u"/../libexec/dockscope/dockscope-hostfacts"_s   // an installed prefix
                   << appDir + u"/hostfacts/dockscope-hostfacts"_s              // the build tree
                   << appDir + u"/dockscope-hostfacts"_s;
    }
#ifdef DOCKSCOPE_HOSTFACTS_INSTALL_PATH
    candidates << QStringLiteral(DOCKSCOPE_HOSTFACTS_INSTALL_PATH);
#endif
    for (const QString &c : std::as_const(candidates)) {
        const QFileInfo info(c);
        if (info.isFile() && info.isExecutable())
            return QDir::cleanPath(info.absoluteFilePath());
    }
    return {};
}

ElevatedHostFs::Launch ElevatedHostFs::defaultLaunch()
{
    Launch launch;
    launch.helperPath = findHelper();
    return launch;
}

Result<void> ElevatedHostFs::elevate(const Launch &launch)
{
    QMutexLocker lock(&m_mutex);
    if (m_pid > 0)
        return {};
    m_requestTimeout = launch.requestTimeout;
    if (launch.helperPath.isEmpty() || !QFileInfo(launch.helperPath).isAbsolute()) {
        m_failure = u"the host-facts helper dockscope-hostfacts is not installed (looked in "
                    "$DOCKSCOPE_HOSTFACTS_HELPER, <prefix>/libexec/dockscope and beside the executable)"_s;
        return Error{ErrorCode::Unavailable, m_failure};
    }
    QStringList argv = launch.launcher;
    if (!argv.isEmpty()) {
        const QString found = QStandardPaths::findExecutable(argv.first());
        if (found.isEmpty()) {
            m_failure = u"%1 is not installed: install the pkexec package (polkit) to read host facts "
                        "as an ordinary user, or run as root"_s.arg(argv.first());
            return Error{ErrorCode::Unavailable, m_failure};
        }
        argv[0] = found;
    }
    argv << launch.helperPath << launch.helperArguments;

    // stdin and stdout are socket pairs, so that a write to a helper that has gone fails with
    // EPIPE (MSG_NOSIGNAL) instead of killing us with SIGPIPE.
    int in[2] = {-1, -1};
    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    auto closeAll = [&] {
        for (int *fd : {&in[0], &in[1], &out[0], &out[1], &err[0], &err[1]})
            closeFd(*fd);
    };
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0
        || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, out) != 0 || ::pipe2(err, O_CLOEXEC) != 0) {
        m_failure = u"cannot create the helper's pipes: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        closeAll();
        return Error{ErrorCode::IoError, m_failure};
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[1], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    QList<QByteArray> args;
    for (const QString &a : std::as_const(argv))
        args << QFile::encodeName(a);
    std::vector<char *> cargv;
    for (QByteArray &a : args)
        cargv.push_back(a.data());
    cargv.push_back(nullptr);
    pid_t pid = -1;
    const int rc = ::posix_spawn(&pid, cargv.front(), &actions, nullptr, cargv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        m_failure = u"cannot start %1: %2"_s.arg(argv.first(), QString::fromLocal8Bit(std::strerror(rc)));
        closeAll();
        return Error{ErrorCode::Unavailable, m_failure};
    }
    closeFd(in[1]);
    closeFd(out[1]);
    closeFd(err[1]);
    m_pid = pid;
    m_toHelper = in[0];
    m_fromHelper = out[0];
    m_errFromHelper = err[0];
    m_failure.clear();

    // An empty batch: answered once pkexec has authorised and the helper runs.
    const Result<QByteArray> hello = HostFactsProtocol::encodeBatch({m_daemonSocket, {}});
    if (!hello) {
        stopHelper(hello.error().detail);
        return hello.error();
    }
    const Result<QByteArray> answer = roundTrip(*hello, launch.startTimeout);
    if (!answer)
        return answer.error();
    return {};
}

bool ElevatedHostFs::isElevated() const
{
    QMutexLocker lock(&m_mutex);
    return m_pid > 0;
}

QString ElevatedHostFs::lastFailure() const
{
    QMutexLocker lock(&m_mutex);
    return m_failure;
}

int ElevatedHostFs::helperRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

QString ElevatedHostFs::describe() const
{
    return isElevated() ? u"/ (with the host-facts helper)"_s : m_local.describe();
}

void ElevatedHostFs::stopHelper(const QString &why) const
{
    if (!why.isEmpty())
        m_failure = why;
    if (m_pid <= 0)
        return;
    // Closing its stdin ends the helper (and pkexec with it); a helper that does not go within
    // two seconds is asked to.
    closeFd(m_toHelper);
    closeFd(m_fromHelper);
    const QDeadlineTimer deadline(2000);
    int status = 0;
    while (::waitpid(m_pid, &status, WNOHANG) == 0) {
        if (deadline.hasExpired()) {
            ::kill(m_pid, SIGTERM);
            ::waitpid(m_pid, &status, 0);
            break;
        }
        pollfd p{m_errFromHelper, POLLIN, 20};
        ::poll(&p, 1, 20);
        drainStderr(m_errFromHelper);
    }
    closeFd(m_errFromHelper);
    m_pid = -1;
}

Result<QByteArray> ElevatedHostFs::roundTrip(const QByteArray &data, std::chrono::milliseconds timeout) const
{
    if (m_pid <= 0)
        return Error{ErrorCode::Unavailable, m_failure};
    const QDeadlineTimer deadline(timeout);
    auto fail = [this](ErrorCode code, const QString &what) -> Error {
        // What pkexec or the helper said, and how it ended, make the message.
        QByteArray said = drainStderr(m_errFromHelper);
        const pid_t pid = m_pid;
        closeFd(m_toHelper);
        closeFd(m_fromHelper);
        int status = 0;
        const QDeadlineTimer wait(2000);
        pid_t done = 0;
        while ((done = ::waitpid(pid, &status, WNOHANG)) == 0 && !wait.hasExpired()) {
            pollfd p{m_errFromHelper, POLLIN, 0};
            ::poll(&p, 1, 20);
            said += drainStderr(m_errFromHelper);
        }
        QString how;
        ErrorCode finalCode = code;
        if (done == pid && WIFEXITED(status)) {
            const int exit = WEXITSTATUS(status);
            if (exit == 126) {
                how = u"authentication was cancelled or failed (pkexec exit 126)"_s;
                finalCode = ErrorCode::PermissionDenied;
            } else if (exit == 127) {
                how = u"polkit did not authorise it (pkexec exit 127: not authorised, or no authentication "
                      "agent is running)"_s;
                finalCode = ErrorCode::PermissionDenied;
            } else {
                how = u"the helper exited with status %1"_s.arg(exit);
            }
        } else if (done == pid && WIFSIGNALED(status)) {
            how = u"the helper was killed by signal %1"_s.arg(WTERMSIG(status));
        }
        QString message = what;
        if (!how.isEmpty())
            message += u": "_s + how;
        const QString text = printable(said.left(s_maxStderrBytes));
        if (!text.isEmpty())
            message += u" (it said: %1)"_s.arg(text);
        if (done != pid) {
            ::kill(pid, SIGTERM);
            ::waitpid(pid, &status, 0);
        }
        closeFd(m_errFromHelper);
        m_pid = -1;
        m_failure = message;
        return Error{finalCode, message};
    };

    qsizetype written = 0;
    while (written < data.size()) {
        pollfd p{m_toHelper, POLLOUT, 0};
        const int ready = ::poll(&p, 1, remainingMs(deadline));
        if (ready == 0 || deadline.hasExpired())
            return fail(ErrorCode::Timeout, u"the host-facts helper did not take its request in time"_s);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return fail(ErrorCode::IoError, u"writing to the host-facts helper failed"_s);
        }
        const ssize_t n = ::send(m_toHelper, data.constData() + written, size_t(data.size() - written), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return fail(ErrorCode::ConnectionDropped, u"the host-facts helper stopped"_s);
        }
        written += n;
    }
    QByteArray buffer;
    char chunk[65536];
    for (;;) {
        Result<std::optional<QByteArray>> answer = HostFactsProtocol::takeAnswer(&buffer);
        if (!answer)
            return fail(ErrorCode::ProtocolError, u"the host-facts helper answered garbage: %1"_s.arg(answer.error().detail));
        if (answer->has_value())
            return std::move(**answer);
        pollfd p{m_fromHelper, POLLIN, 0};
        const int ready = ::poll(&p, 1, remainingMs(deadline));
        if (ready == 0 || deadline.hasExpired())
            return fail(ErrorCode::Timeout, u"the host-facts helper did not answer in time"_s);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            return fail(ErrorCode::IoError, u"reading from the host-facts helper failed"_s);
        }
        const ssize_t n = ::read(m_fromHelper, chunk, sizeof chunk);
        if (n == 0)
            return fail(ErrorCode::ConnectionDropped, u"the host-facts helper stopped"_s);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                continue;
            return fail(ErrorCode::IoError, u"reading from the host-facts helper failed"_s);
        }
        buffer.append(chunk, qsizetype(n));
    }
}

Result<SshBatch::Entry> ElevatedHostFs::ask(const QString &path) const
{
    QMutexLocker lock(&m_mutex);
    if (m_pid <= 0)
        return Error{ErrorCode::Unavailable, m_failure};
    HostFactsProtocol::Batch batch{m_daemonSocket, {SshBatch::Request{path, false, false}}};
    const Result<QByteArray> request = HostFactsProtocol::encodeBatch(batch);
    if (!request)
        return request.error();
    const Result<QByteArray> records = roundTrip(*request, m_requestTimeout);
    if (!records)
        return records.error();
    ++m_requests;
    QStringList problems;
    const QHash<QString, SshBatch::Entry> parsed = SshBatch::parse(*records, batch.requests, &problems);
    const auto it = parsed.constFind(path);
    if (it == parsed.cend())
        return Error{ErrorCode::ProtocolError,
                     u"%1: no record in the host-facts helper's answer (%2)"_s.arg(path, problems.join(u"; "_s))};
    return *it;
}

// Each read is the user's own first; only what that refused goes to the helper. The helper's
// refusal (not on its allow-list) and any failure of the helper leave the user's own error.

Result<QByteArray> ElevatedHostFs::readFile(const QString &path) const
{
    Result<QByteArray> own = m_local.readFile(path);
    if (own || own.error().code != ErrorCode::PermissionDenied || !isElevated())
        return own;
    const Result<SshBatch::Entry> e = ask(path);
    if (!e)
        return own;
    if (std::optional<Result<QByteArray>> content = SshBatch::contentOf(*e, path))
        return *content;
    return own;
}

Result<QString> ElevatedHostFs::readLink(const QString &path) const
{
    Result<QString> own = m_local.readLink(path);
    if (own || own.error().code != ErrorCode::PermissionDenied || !isElevated())
        return own;
    const Result<SshBatch::Entry> e = ask(path);
    if (!e)
        return own;
    return SshBatch::linkOf(*e, path);
}

Result<FileStat> ElevatedHostFs::stat(const QString &path) const
{
    Result<FileStat> own = m_local.stat(path);
    if (own || own.error().code != ErrorCode::PermissionDenied || !isElevated())
        return own;
    const Result<SshBatch::Entry> e = ask(path);
    if (!e || !e->stat)
        return own;
    return *e->stat;
}

Result<QStringList> ElevatedHostFs::listDir(const QString &path) const
{
    Result<QStringList> own = m_local.listDir(path);
    if (own || own.error().code != ErrorCode::PermissionDenied || !isElevated())
        return own;
    const Result<SshBatch::Entry> e = ask(path);
    if (!e)
        return own;
    return SshBatch::entriesOf(*e, path);
}

} // namespace dockscope::core
