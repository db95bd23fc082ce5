// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/sshhostfs.h"

#include "core/logging.h"

#include <QDir>
#include <QMutexLocker>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

QString normalised(const QString &path)
{
    QString p = QDir::cleanPath(path);
    return p.isEmpty() ? u"/"_s : p;
}

/// "/proc/123/..." or "/proc/self/..." → "/proc/123"; "" otherwise.
QString procPidDir(const QString &path)
{
    static const QRegularExpression re(u"^(/proc/(?:[0-9]+|self))(?:/|$)"_s);
    const QRegularExpressionMatch m = re.match(path);
    return m.hasMatch() ? m.captured(1) : QString();
}

/// /proc/<pid>/fd: the daemon locator reads every link in it (which socket a dockerd holds);
/// /proc/<pid>/ns: the namespace links (their files cannot be read, only linked).
bool wantsLinks(const QString &path)
{
    const QString pidDir = procPidDir(path);
    return !pidDir.isEmpty() && (path == pidDir + u"/fd"_s || path == pidDir + u"/ns"_s);
}

/// The kernel's text files, which hold no NUL byte: the batch reads them without a process
/// each (SshBatch::Request::text). cmdline, environ and attr/* may hold NULs and are not here.
bool isKernelText(const QString &path)
{
    if (QString(path + u'/').startsWith(u"/sys/fs/cgroup/"_s) || path.startsWith(u"/proc/sys/"_s)
        || path == u"/proc/meminfo"_s)
        return true;
    const QString pidDir = procPidDir(path);
    if (pidDir.isEmpty())
        return false;
    static const QStringList s_text{u"status"_s, u"stat"_s,      u"statm"_s,    u"cgroup"_s,
                                    u"mountinfo"_s, u"uid_map"_s, u"gid_map"_s, u"setgroups"_s,
                                    u"meminfo"_s, u"limits"_s,   u"net/unix"_s, u"loginuid"_s};
    return s_text.contains(path.mid(pidDir.size() + 1));
}

bool wantsContents(const QString &path)
{
    // cgroup files are small and never block, namespace entries are links; elsewhere in /proc
    // and /dev files are huge or block on read (kcore, kmsg), so those directories are listed only.
    if (QString(path + u'/').startsWith(u"/sys/fs/cgroup/"_s))
        return true;
    const QString pidDir = procPidDir(path);
    return !pidDir.isEmpty() && (path == pidDir + u"/ns"_s || wantsLinks(path));
}

SshBatch::Request requestFor(const QString &path)
{
    return SshBatch::Request{.path = path,
                             .withContents = wantsContents(path),
                             .linksOnly = wantsLinks(path),
                             .text = isKernelText(path)};
}

/// What to fetch with a missed path, so that a refresh that did not prefetch still needs few
/// ssh runs: a cgroup file brings its directory (all counters of the controller); a per-process
/// file brings the files the facts layer reads for every container.
QList<SshBatch::Request> companions(const QString &path)
{
    QList<SshBatch::Request> requests{requestFor(path)};
    if (path.startsWith(u"/sys/fs/cgroup/"_s)) {
        const QString dir = path.section(u'/', 0, -2);
        if (dir.count(u'/') >= 4)
            requests.append({.path = dir, .withContents = true, .text = true});
        return requests;
    }
    const QString pidDir = procPidDir(path);
    if (!pidDir.isEmpty()) {
        for (const char *name : {"status", "cgroup", "uid_map", "gid_map", "mountinfo", "attr/current", "ns"}) {
            const QString p = pidDir + u'/' + QLatin1StringView(name);
            if (p != path)
                requests.append(requestFor(p));
        }
    }
    return requests;
}

Error notFetched(const QString &path, const char *what)
{
    return Error{ErrorCode::IoError, path + u": "_s + QString::fromLatin1(what)};
}

} // namespace

SshHostFs::SshHostFs(const SshTarget &target, const QProcessEnvironment &env)
    : m_target(target)
    , m_env(env)
    , m_master(std::make_shared<SshControlMaster>(target, env))
{
}

SshHostFs::~SshHostFs() = default;

bool SshHostFs::isLocal() const
{
    return false;
}

QString SshHostFs::describe() const
{
    return m_target.url();
}

void SshHostFs::setMaxAge(std::chrono::milliseconds age)
{
    m_maxAge = age;
}

void SshHostFs::setFailureAge(std::chrono::milliseconds age)
{
    m_failureAge = age;
}

void SshHostFs::setMaxOutput(qsizetype bytes)
{
    m_maxOutput = bytes;
}

void SshHostFs::setBatchTimeout(std::chrono::milliseconds timeout)
{
    m_batchTimeout = timeout;
}

int SshHostFs::batchCount() const
{
    return m_batches->load();
}

std::shared_ptr<const HostFs> SshHostFs::makeSnapshot() const
{
    auto view = std::make_shared<SshHostFs>(m_target, m_env);
    view->m_snapshot = true;
    view->m_batchTimeout = m_batchTimeout;
    view->m_failureAge = m_failureAge;
    view->m_maxOutput = m_maxOutput;
    view->m_batches = m_batches;
    view->m_master = m_master;
    return view;
}

QDeadlineTimer SshHostFs::expiry() const
{
    return m_snapshot ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(m_maxAge);
}

void SshHostFs::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_cache.clear();
}

void SshHostFs::prefetch(const QStringList &paths) const
{
    QList<SshBatch::Request> requests;
    QSet<QString> seen;   // a big host asks for thousands of paths: no quadratic search
    QMutexLocker lock(&m_mutex);
    for (const QString &path : paths) {
        const QString p = normalised(path);
        // A snapshot has fetched answers for good; a live view fetches anew (the memory chart
        // prefetches its directory for every sample).
        if (m_snapshot && cachedLocked(p))
            continue;
        if (!seen.contains(p)) {
            seen.insert(p);
            requests.append(requestFor(p));
        }
    }
    lock.unlock();
    if (requests.isEmpty())
        return;
    (void)fetch(requests);
}

std::optional<SshBatch::Entry> SshHostFs::cachedLocked(const QString &path) const
{
    const auto it = m_cache.constFind(path);
    if (it != m_cache.cend() && !it->expires.hasExpired())
        return it->entry;
    // A fresh listing of the parent that lacks the name proves the path absent.
    const QString parent = path.section(u'/', 0, -2);
    const auto pit = m_cache.constFind(parent.isEmpty() ? u"/"_s : parent);
    if (pit != m_cache.cend() && !pit->expires.hasExpired() && pit->entry.entries && pit->entry.entries->has_value()
        && !pit->entry.entries->value().contains(path.section(u'/', -1))) {
        SshBatch::Entry absent;
        absent.stat = Result<FileStat>(SshBatch::errnoError("ENOENT", path));
        return absent;
    }
    return std::nullopt;
}

Result<SshBatch::Entry> SshHostFs::entryFor(const QString &rawPath) const
{
    const QString path = normalised(rawPath);
    {
        QMutexLocker lock(&m_mutex);
        if (std::optional<SshBatch::Entry> e = cachedLocked(path))
            return *e;
    }
    QList<SshBatch::Request> requests = companions(path);
    {
        // Companions still fresh in the cache need no second trip.
        QMutexLocker lock(&m_mutex);
        requests.removeIf([this, &path](const SshBatch::Request &r) {
            return r.path != path && cachedLocked(r.path).has_value();
        });
    }
    const Result<void> fetched = fetch(requests);
    QMutexLocker lock(&m_mutex);
    if (std::optional<SshBatch::Entry> e = cachedLocked(path))
        return *e;
    if (!fetched)
        return fetched.error();
    return Error{ErrorCode::IoError, path + u": incomplete reply from the remote host"_s};
}

Result<void> SshHostFs::fetch(const QList<SshBatch::Request> &requests) const
{
    QMutexLocker fetchLock(&m_fetchMutex);
    // A path that cannot be sent fails alone; the rest goes in batches of bounded size.
    QList<SshBatch::Request> sendable;
    for (const SshBatch::Request &r : requests) {
        if (Result<void> ok = SshBatch::checkPath(r.path); !ok)
            storeFailure({r}, ok.error());
        else
            sendable.append(r);
    }
    std::optional<Error> firstError;
    for (const QList<SshBatch::Request> &batch : SshBatch::split(sendable)) {
        if (firstError && firstError->code != ErrorCode::ProtocolError) {
            // ssh itself failed (host key, auth, timeout): the next run would fail alike.
            storeFailure(batch, *firstError);
            continue;
        }
        if (Result<void> ok = runBatch(batch); !ok && !firstError)
            firstError = ok.error();
    }
    if (firstError)
        return *firstError;
    return {};
}

void SshHostFs::storeFailure(const QList<SshBatch::Request> &requests, const Error &error) const
{
    // Remember the failure briefly so that a refresh does not retry ssh once per file; never
    // for good (not even in a snapshot): a later read must be able to fetch the path again.
    QMutexLocker lock(&m_mutex);
    for (const SshBatch::Request &r : requests) {
        SshBatch::Entry failed;
        failed.stat = Result<FileStat>(error);
        m_cache.insert(r.path, Cached{failed, QDeadlineTimer(m_failureAge)});
    }
}

Result<void> SshHostFs::runBatch(const QList<SshBatch::Request> &requests) const
{
    if (lcSsh().isDebugEnabled()) {
        QStringList paths;
        for (const SshBatch::Request &r : requests)
            paths << r.path;
        qCDebug(lcSsh) << "host file batch:" << paths;
    }
    Result<QByteArray> input = SshBatch::standardInput(requests);
    // The login happens once, in the master; the batch is a session on its connection.
    const Result<void> shared = input ? m_master->ensure(m_batchTimeout) : Result<void>();
    SshTarget target = m_target;
    target.controlPath = m_master->controlPath();
    Result<QStringList> args
        = !input ? Result<QStringList>(input.error())
        : !shared ? Result<QStringList>(shared.error())
                  : SshCommand::fixedRemoteCommandArguments(target, SshBatch::remoteCommand(), m_env);
    if (!args) {
        storeFailure(requests, args.error());
        return args.error();
    }

    QProcess process;
    process.setProcessEnvironment(SshCommand::processEnvironment(m_env));
    process.start(m_target.program, args.value());
    ++*m_batches;
    if (!process.waitForStarted(static_cast<int>(m_batchTimeout.count()))) {
        Error error{ErrorCode::SshError, SshCommand::failureName(SshFailure::SshMissing) + u": "_s
                          + m_target.program + u": "_s + process.errorString()};
        storeFailure(requests, error);
        return error;
    }
    // The script and the paths go on standard input; the waits below also write it.
    process.write(input.value());
    process.closeWriteChannel();
    // Read as we go: a large reply must not fill the pipe while we wait.
    QByteArray output;
    QByteArray errors;
    std::optional<Error> failure;
    QDeadlineTimer deadline(m_batchTimeout);
    while (process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            failure = Error{ErrorCode::Timeout, m_target.url() + u": host file batch timed out"_s};
            break;
        }
        process.waitForReadyRead(static_cast<int>(qMin<qint64>(deadline.remainingTime(), 1000)));
        output += process.readAllStandardOutput();
        errors += process.readAllStandardError();
        if (errors.size() > 64 * 1024)
            errors = errors.right(64 * 1024);   // ssh's complaint is at the end
        if (output.size() > m_maxOutput) {
            failure = Error{ErrorCode::ProtocolError, m_target.url() + u": host file batch output exceeds "_s
                                                          + QString::number(m_maxOutput) + u" bytes"_s};
            break;
        }
    }
    if (failure) {
        process.kill();
        process.waitForFinished(2000);
        output.truncate(m_maxOutput);
        // A session that hung may mean a hung master: the next batch starts a new one.
        if (failure->code == ErrorCode::Timeout)
            m_master->discard();
    } else {
        output += process.readAllStandardOutput();
        errors += process.readAllStandardError();
    }

    QStringList problems;
    const QHash<QString, SshBatch::Entry> entries = SshBatch::parse(output, requests, &problems);
    // 255 is ssh's own failure; the script itself always exits 0 after its last record.
    if (!failure && entries.size() < requests.size()
        && (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0))
        failure = SshCommand::failureError(errors, process.exitCode());
    for (const QString &p : std::as_const(problems))
        qCWarning(lcSsh) << "host file batch:" << p;

    {
        // What came complete is kept even when the batch failed later on.
        QMutexLocker lock(&m_mutex);
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            m_cache.insert(it.key(), Cached{it.value(), expiry()});
    }
    if (!failure)
        return {};
    QList<SshBatch::Request> missing;
    for (const SshBatch::Request &r : requests) {
        if (!entries.contains(r.path))
            missing.append(r);
    }
    storeFailure(missing, *failure);
    return *failure;
}

Result<QByteArray> SshHostFs::readFile(const QString &path) const
{
    Result<SshBatch::Entry> e = entryFor(path);
    if (!e)
        return e.error();
    if (std::optional<Result<QByteArray>> content = SshBatch::contentOf(*e, path))
        return *content;
    return notFetched(path, "not a regular file (not read over ssh)");
}

Result<QString> SshHostFs::readLink(const QString &path) const
{
    return entryFor(path).and_then([&path](const SshBatch::Entry &e) { return SshBatch::linkOf(e, path); });
}

Result<FileStat> SshHostFs::stat(const QString &path) const
{
    Result<SshBatch::Entry> e = entryFor(path);
    if (!e)
        return e.error();
    if (e->stat)
        return *e->stat;
    return notFetched(path, "no stat in the reply");
}

Result<QStringList> SshHostFs::listDir(const QString &path) const
{
    return entryFor(path).and_then([&path](const SshBatch::Entry &e) { return SshBatch::entriesOf(e, path); });
}

} // namespace dockscope::core
