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
    if (::pipe2(m_cancelPipe, O_CLOEXEC | O_NONBLOCK) != 0)
        m_cancelPipe[0] = m_cancelPipe[1] = -1;
}

ElevatedHostFs::~ElevatedHostFs()
{
    cancel();
    {
        QMutexLocker lock(&m_mutex);
        stopHelper(m_helper);
    }
    closeFd(m_cancelPipe[0]);
    closeFd(m_cancelPipe[1]);
}

void ElevatedHostFs::cancel()
{
    if (m_cancelled.exchange(true))
        return;
    if (m_cancelPipe[1] >= 0) {
        const char byte = 'x';
        [[maybe_unused]] const ssize_t n = ::write(m_cancelPipe[1], &byte, 1);
    }
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
    // Not under m_mutex: the wait for authentication may take minutes, and isElevated(), the
    // user's own reads and cancel() go on meanwhile. The helper is this call's own until it has
    // answered; only then is it published for requests.
    QMutexLocker start(&m_startMutex);
    if (isElevated())
        return {};
    const auto failed = [this](ErrorCode code, const QString &why) {
        QMutexLocker lock(&m_mutex);
        m_failure = why;
        return Error{code, why};
    };
    if (m_cancelled.load())
        return failed(ErrorCode::Cancelled, u"the request for host facts was cancelled"_s);
    if (launch.helperPath.isEmpty() || !QFileInfo(launch.helperPath).isAbsolute()) {
        return failed(ErrorCode::Unavailable,
                      u"the host-facts helper dockscope-hostfacts is not installed (looked in "
                      "$DOCKSCOPE_HOSTFACTS_HELPER, <prefix>/libexec/dockscope and beside the executable)"_s);
    }
    QStringList argv = launch.launcher;
    if (!argv.isEmpty()) {
        const QString found = QStandardPaths::findExecutable(argv.first());
        if (found.isEmpty()) {
            return failed(ErrorCode::Unavailable,
                          u"%1 is not installed: install the pkexec package (polkit) to read host facts "
                          "as an ordinary user, or run as root"_s.arg(argv.first()));
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
        const QString why = u"cannot create the helper's pipes: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno)));
        closeAll();
        return failed(ErrorCode::IoError, why);
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
        closeAll();
        return failed(ErrorCode::Unavailable,
                      u"cannot start %1: %2"_s.arg(argv.first(), QString::fromLocal8Bit(std::strerror(rc))));
    }
    closeFd(in[1]);
    closeFd(out[1]);
    closeFd(err[1]);
    Helper starting;
    starting.pid = pid;
    starting.toHelper = in[0];
    starting.fromHelper = out[0];
    starting.errFromHelper = err[0];

    // An empty batch: answered once pkexec has authorised and the helper runs.
    const Result<QByteArray> hello = HostFactsProtocol::encodeBatch({m_daemonSocket, {}});
    if (!hello) {
        stopHelper(starting);
        return failed(hello.error().code, hello.error().detail);
    }
    const Result<QByteArray> answer = roundTrip(starting, *hello, launch.startTimeout);
    if (!answer)
        return failed(answer.error().code, answer.error().detail);
    QMutexLocker lock(&m_mutex);
    m_requestTimeout = launch.requestTimeout;
    m_helper = starting;
    m_failure.clear();
    m_elevated.store(true);
    return {};
}

bool ElevatedHostFs::isElevated() const
{
    return m_elevated.load();
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

void ElevatedHostFs::stopHelper(Helper &helper) const
{
    if (&helper == &m_helper)
        m_elevated.store(false);
    if (helper.pid <= 0)
        return;
    // Closing its stdin ends the helper (and pkexec with it); a helper that does not go within
    // two seconds is asked to.
    closeFd(helper.toHelper);
    closeFd(helper.fromHelper);
    const QDeadlineTimer deadline(2000);
    int status = 0;
    while (::waitpid(helper.pid, &status, WNOHANG) == 0) {
        if (deadline.hasExpired()) {
            ::kill(helper.pid, SIGTERM);
            ::waitpid(helper.pid, &status, 0);
            break;
        }
        pollfd p{helper.errFromHelper, POLLIN, 20};
        ::poll(&p, 1, 20);
        drainStderr(helper.errFromHelper);
    }
    closeFd(helper.errFromHelper);
    helper.pid = -1;
}

Result<QByteArray> ElevatedHostFs::roundTrip(Helper &helper, const QByteArray &data,
                                             std::chrono::milliseconds timeout) const
{
    if (helper.pid <= 0)
        return Error{ErrorCode::Unavailable, m_failure};
    const QDeadlineTimer deadline(timeout);
    auto fail = [this, &helper](ErrorCode code, const QString &what) -> Error {
        if (&helper == &m_helper)
            m_elevated.store(false);
        // What pkexec or the helper said, and how it ended, make the message.
        QByteArray said = drainStderr(helper.errFromHelper);
        const pid_t pid = helper.pid;
        closeFd(helper.toHelper);
        closeFd(helper.fromHelper);
        int status = 0;
        // A cancelled pkexec may still wait for its authentication agent: it is not waited for.
        const QDeadlineTimer wait(code == ErrorCode::Cancelled ? 0 : 2000);
        pid_t done = 0;
        while ((done = ::waitpid(pid, &status, WNOHANG)) == 0 && !wait.hasExpired()) {
            pollfd p{helper.errFromHelper, POLLIN, 0};
            ::poll(&p, 1, 20);
            said += drainStderr(helper.errFromHelper);
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
        closeFd(helper.errFromHelper);
        helper.pid = -1;
        if (&helper == &m_helper)
            m_failure = message;
        return Error{finalCode, message};
    };

    // Waits until fd is ready for events, cancel() is called or the deadline passes. One poll
    // lasts a minute at most (remainingMs), so Retry is not a timeout until the deadline says so.
    enum class Wait { Ready, Retry, Cancelled, TimedOut, Failed };
    const auto waitFor = [this, &deadline](int fd, short events) {
        if (m_cancelled.load())
            return Wait::Cancelled;
        pollfd p[2] = {{fd, events, 0}, {m_cancelPipe[0], POLLIN, 0}};
        const int ready = ::poll(p, 2, remainingMs(deadline));
        if (p[1].revents || m_cancelled.load())
            return Wait::Cancelled;
        if (ready < 0)
            return errno == EINTR ? Wait::Retry : Wait::Failed;
        if (deadline.hasExpired())
            return Wait::TimedOut;
        return ready == 0 ? Wait::Retry : Wait::Ready;
    };
    const QString cancelled = u"the request for host facts was cancelled"_s;

    qsizetype written = 0;
    while (written < data.size()) {
        switch (waitFor(helper.toHelper, POLLOUT)) {
        case Wait::Ready: break;
        case Wait::Retry: continue;
        case Wait::Cancelled: return fail(ErrorCode::Cancelled, cancelled);
        case Wait::TimedOut: return fail(ErrorCode::Timeout, u"the host-facts helper did not take its request in time"_s);
        case Wait::Failed: return fail(ErrorCode::IoError, u"writing to the host-facts helper failed"_s);
        }
        const ssize_t n = ::send(helper.toHelper, data.constData() + written, size_t(data.size() - written), MSG_NOSIGNAL);
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
        switch (waitFor(helper.fromHelper, POLLIN)) {
        case Wait::Ready: break;
        case Wait::Retry: continue;
        case Wait::Cancelled: return fail(ErrorCode::Cancelled, cancelled);
        case Wait::TimedOut: return fail(ErrorCode::Timeout, u"the host-facts helper did not answer in time"_s);
        case Wait::Failed: return fail(ErrorCode::IoError, u"reading from the host-facts helper failed"_s);
        }
        const ssize_t n = ::read(helper.fromHelper, chunk, sizeof chunk);
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
    if (m_helper.pid <= 0)
        return Error{ErrorCode::Unavailable, m_failure};
    HostFactsProtocol::Batch batch{m_daemonSocket, {SshBatch::Request{.path = path}}};
    const Result<QByteArray> request = HostFactsProtocol::encodeBatch(batch);
    if (!request)
        return request.error();
    const Result<QByteArray> records = roundTrip(m_helper, *request, m_requestTimeout);
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
