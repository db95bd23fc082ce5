// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/hostfacts/hostfactspolicy.h"

#include "core/facts/daemonlocator.h"
#include "core/facts/procparsers.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace dockscope::hostfacts {

using namespace Qt::StringLiterals;
using core::HostFs;
using core::Result;
using core::SshBatch;

namespace {

/// How many parents the shim walk climbs: container processes sit a few levels below their
/// shim; the walk stops at PID 1 long before this.
constexpr int s_maxAncestors = 64;

/// Who may be asked about under /proc/<pid>/: the host reference (PID 1), the daemon, or a
/// process of one of its containers.
enum class Audience { HostReference, Daemon, Container };

struct ProcFact
{
    Serve serve;
    Audience audience;  ///< the least trusted kind of process it is served for
};

/// The per-process facts the collectors and the audit read (path below /proc/<pid>/).
std::optional<ProcFact> procFact(const QString &rest)
{
    static const QSet<QString> s_namespaces{u"cgroup"_s, u"ipc"_s, u"mnt"_s, u"net"_s, u"pid"_s,
                                            u"pid_for_children"_s, u"time"_s, u"time_for_children"_s,
                                            u"user"_s, u"uts"_s};
    if (rest == u"ns"_s)
        return ProcFact{Serve::NamespaceDir, Audience::HostReference};
    if (rest.startsWith(u"ns/"_s) && s_namespaces.contains(rest.mid(3)))
        return ProcFact{Serve::Link, Audience::HostReference};
    if (rest == u"status"_s || rest == u"cgroup"_s)
        return ProcFact{Serve::ProcFile, Audience::HostReference};
    if (rest == u"stat"_s || rest == u"cmdline"_s || rest == u"mountinfo"_s || rest == u"attr/current"_s
        || rest == u"attr/apparmor/current"_s)
        return ProcFact{Serve::ProcFile, Audience::Daemon};
    if (rest == u"exe"_s)
        return ProcFact{Serve::Link, Audience::Daemon};
    if (rest == u"root/proc/meminfo"_s)
        return ProcFact{Serve::ContainerFile, Audience::Container};
    return std::nullopt;
}

bool isDecimal(const QByteArray &text)
{
    return !text.isEmpty()
        && std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= '0' && c <= '9'; });
}

bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

/// The id a containerd shim's argv names ("-id <id>", "--id <id>", "-id=<id>", "--id=<id>"),
/// as core/facts/factscollector.cpp reads it; empty when argv is not a shim's.
QString shimId(const QByteArrayList &args)
{
    if (args.isEmpty())
        return {};
    const QByteArray &argv0 = args.first();
    if (!argv0.mid(argv0.lastIndexOf('/') + 1).startsWith("containerd-shim"))
        return {};
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QByteArray &a = args.at(i);
        if ((a == "-id" || a == "--id") && i + 1 < args.size())
            return QString::fromLatin1(args.at(i + 1));
        if (a.startsWith("-id="))
            return QString::fromLatin1(a.mid(4));
        if (a.startsWith("--id="))
            return QString::fromLatin1(a.mid(5));
    }
    return {};
}

} // namespace

QList<IdRange> parseSubordinateIds(const QByteArray &text, const QString &userName, quint32 uid)
{
    QList<IdRange> ranges;
    const QByteArray uidText = QByteArray::number(uid);
    const QByteArray name = QFile::encodeName(userName);
    const auto decimal = [](const QByteArray &s, quint64 *out) {
        if (s.size() > 10 || !isDecimal(s))
            return false;
        *out = s.toULongLong();
        return true;
    };
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split(':');
        if (f.size() != 3 || !(f.at(0) == uidText || (!name.isEmpty() && f.at(0) == name)))
            continue;
        quint64 start = 0;
        quint64 count = 0;
        if (!decimal(f.at(1), &start) || !decimal(f.at(2), &count) || count == 0
            || start + count > (quint64(1) << 32))
            continue;
        ranges.append(IdRange{quint32(start), quint32(count)});
    }
    return ranges;
}

bool isFullContainerId(QStringView text)
{
    return text.size() == 64 && std::all_of(text.cbegin(), text.cend(), isLowerHex);
}

QStringList fullIdTokens(const QString &text)
{
    QStringList tokens;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool hex = i < text.size() && isLowerHex(text.at(i));
        if (hex && start < 0)
            start = i;
        if (!hex && start >= 0) {
            if (i - start == 64)
                tokens.append(text.sliced(start, 64));
            start = -1;
        }
    }
    return tokens;
}

bool isCanonicalPath(const QString &path)
{
    const QByteArray bytes = QFile::encodeName(path);
    if (bytes.size() < 2 || bytes.size() > 4096 || !bytes.startsWith('/') || bytes.contains('\0')
        || bytes.contains('\n'))
        return false;
    // QFile::encodeName is lossless only for valid text: a path that does not survive the round
    // trip would name another file than the one asked about.
    if (QFile::decodeName(bytes) != path)
        return false;
    const QList<QByteArray> components = bytes.sliced(1).split('/');
    return std::none_of(components.cbegin(), components.cend(),
                        [](const QByteArray &c) { return c.isEmpty() || c == "." || c == ".."; });
}

bool Caller::owns(qint64 id) const
{
    return id == qint64(uid)
        || std::any_of(subordinateUids.cbegin(), subordinateUids.cend(),
                       [id](const IdRange &r) { return r.contains(id); });
}

DaemonSource::~DaemonSource() = default;

HostFactsPolicy::HostFactsPolicy(const HostFs &fs, DaemonSource &source, const Caller &caller)
    : m_fs(fs), m_source(source), m_caller(caller)
{
}

void HostFactsPolicy::beginBatch(const QString &socket)
{
    m_socket = socket;
    m_pids.clear();
    m_refetched = false;
    m_relocated = false;
}

HostFactsPolicy::Decision HostFactsPolicy::decide(const SshBatch::Request &request)
{
    const QString &path = request.path;
    if (!isCanonicalPath(path))
        return {};
    static const QRegularExpression s_procPid(u"^/proc/([1-9][0-9]{0,9})/(.+)\\z"_s);
    if (const QRegularExpressionMatch m = s_procPid.match(path); m.hasMatch())
        return decideProc(m.captured(1).toLongLong(), m.captured(2));
    static const QSet<QString> s_configFiles{u"/etc/docker/daemon.json"_s, u"/etc/default/docker"_s,
                                             u"/etc/sysconfig/docker"_s, u"/etc/containerd/config.toml"_s,
                                             u"/etc/audit/audit.rules"_s};
    if (s_configFiles.contains(path))
        return {Serve::ConfigFile};
    if (path == u"/etc/audit/rules.d"_s)
        return {request.withContents ? Serve::Denied : Serve::ConfigDir};
    static const QRegularExpression s_rulesFile(
        u"^/etc/audit/rules\\.d/[A-Za-z0-9_-][A-Za-z0-9._-]*\\.rules\\z"_s);
    if (s_rulesFile.match(path).hasMatch())
        return {Serve::ConfigFile};
    if (path.startsWith(u"/sys/fs/cgroup/"_s))
        return {decideCgroup(path)};
    return {};
}

HostFactsPolicy::Decision HostFactsPolicy::decideProc(qint64 pid, const QString &rest)
{
    const std::optional<ProcFact> fact = procFact(rest);
    if (!fact)
        return {};
    const PidInfo info = classify(pid);
    bool allowed = false;
    switch (info.kind) {
    case PidClass::None:
        break;
    case PidClass::HostReference:
        allowed = fact->audience == Audience::HostReference;
        break;
    case PidClass::Daemon:
        allowed = fact->audience != Audience::Container;
        break;
    case PidClass::Container:
        allowed = true;
        break;
    }
    if (!allowed)
        return {};
    return {fact->serve, pid, info.startTime};
}

Serve HostFactsPolicy::decideCgroup(const QString &path)
{
    return anyKnownId(fullIdTokens(path.mid(15))) ? Serve::Cgroup : Serve::Denied;
}

bool HostFactsPolicy::stillSame(const Decision &decision) const
{
    if (decision.pid <= 0)
        return true;
    const Result<QByteArray> stat = m_fs.readFile(u"/proc/%1/stat"_s.arg(decision.pid));
    const std::optional<quint64> start = stat ? parseStartTime(*stat) : std::nullopt;
    return start && *start == decision.startTime;
}

std::optional<quint64> HostFactsPolicy::parseStartTime(const QByteArray &stat)
{
    // "pid (comm) state ppid … starttime …": the start time is field 22.
    const std::optional<QByteArray> field = core::parseStatField(stat, 22);
    if (!field)
        return std::nullopt;
    const QByteArray &text = *field;
    if (!isDecimal(text))
        return std::nullopt;
    bool ok = false;
    const quint64 start = text.toULongLong(&ok);
    return ok ? std::optional<quint64>(start) : std::nullopt;
}

HostFactsPolicy::PidInfo HostFactsPolicy::classify(qint64 pid)
{
    if (const auto it = m_pids.constFind(pid); it != m_pids.cend())
        return *it;
    PidInfo info;
    // The start time first: every later read is then checked to be about the same process.
    const Result<QByteArray> stat = m_fs.readFile(u"/proc/%1/stat"_s.arg(pid));
    const std::optional<quint64> start = stat ? parseStartTime(*stat) : std::nullopt;
    if (start) {
        info.startTime = *start;
        info.kind = classifyUncached(pid);
    }
    m_pids.insert(pid, info);
    return info;
}

HostFactsPolicy::PidClass HostFactsPolicy::classifyUncached(qint64 pid)
{
    if (pid == 1)
        return PidClass::HostReference;
    if (isContainerProcess(pid))
        return ownedByCaller(pid) ? PidClass::Container : PidClass::None;
    DaemonState &d = m_daemons[m_socket];
    const auto locate = [&d, this] {
        d.pid = m_source.daemonPid(m_socket);
        d.located = true;
    };
    if (!d.located)
        locate();
    if (d.pid != pid && !m_relocated) {
        // A daemon restarted since it was located: look again, once per batch, for a dockerd.
        const Result<QByteArray> cmdline = m_fs.readFile(u"/proc/%1/cmdline"_s.arg(pid));
        if (cmdline && core::isDockerdCommand(core::cmdlineArgs(*cmdline))) {
            m_relocated = true;
            locate();
        }
    }
    if (d.pid == pid)
        return ownedByCaller(pid) ? PidClass::Daemon : PidClass::None;
    return PidClass::None;
}

bool HostFactsPolicy::isContainerProcess(qint64 pid)
{
    // Its cgroup names one of the daemon's containers …
    if (const Result<QByteArray> text = m_fs.readFile(u"/proc/%1/cgroup"_s.arg(pid))) {
        if (const Result<core::ProcCgroup> cgroup = core::parseProcCgroup(*text)) {
            QStringList tokens;
            for (const core::CgroupEntry &e : cgroup->entries)
                tokens += fullIdTokens(e.path);
            if (anyKnownId(tokens))
                return true;
        }
    }
    // … or it runs below the shim of one (no cgroup of its own: cgroup driver "none"). Anyone
    // can name a process "containerd-shim", so the shim must run as the daemon does.
    qint64 current = pid;
    for (int hop = 0; hop < s_maxAncestors && current > 1; ++hop) {
        if (const Result<QByteArray> cmdline = m_fs.readFile(u"/proc/%1/cmdline"_s.arg(current))) {
            const QString id = shimId(core::cmdlineArgs(*cmdline));
            if (!id.isEmpty()) {
                const std::optional<quint32> daemonUid = owner();
                const std::optional<qint64> shimUid = realUid(current);
                return isFullContainerId(id) && knownId(id) && daemonUid && shimUid
                    && *shimUid == qint64(*daemonUid);
            }
        }
        const Result<QByteArray> stat = m_fs.readFile(u"/proc/%1/stat"_s.arg(current));
        const std::optional<qint64> parent = stat ? core::parseStatParentPid(*stat) : std::nullopt;
        if (!parent)
            break;
        current = *parent;
    }
    return false;
}

void HostFactsPolicy::fetchIds()
{
    DaemonState &d = m_daemons[m_socket];
    const Result<QSet<QString>> ids = m_source.containerIds(m_socket);
    d.ids = ids ? *ids : QSet<QString>();
    d.fetched = true;
    m_refetched = true;
    ++m_fetches;
}

bool HostFactsPolicy::knownId(const QString &id)
{
    return anyKnownId({id});
}

bool HostFactsPolicy::anyKnownId(const QStringList &ids)
{
    if (ids.isEmpty())
        return false;
    if (!m_daemons[m_socket].fetched)
        fetchIds();
    const auto known = [this, &ids] {
        const QSet<QString> &cached = m_daemons[m_socket].ids;
        return std::any_of(ids.cbegin(), ids.cend(),
                           [&cached](const QString &id) { return cached.contains(id); });
    };
    if (known())
        return true;
    // An id the cache does not know: a container created since; ask again, once per batch.
    if (m_refetched)
        return false;
    fetchIds();
    return known();
}

std::optional<qint64> HostFactsPolicy::realUid(qint64 pid) const
{
    const Result<QByteArray> status = m_fs.readFile(u"/proc/%1/status"_s.arg(pid));
    if (!status)
        return std::nullopt;
    const Result<core::ProcStatus> parsed = core::parseProcStatus(*status);
    if (!parsed || !parsed->uid || parsed->uid->at(0) < 0)
        return std::nullopt;
    return parsed->uid->at(0);
}

std::optional<quint32> HostFactsPolicy::owner()
{
    DaemonState &d = m_daemons[m_socket];
    if (!d.ownerKnown) {
        d.owner = m_source.socketOwner(m_socket);
        d.ownerKnown = true;
    }
    return d.owner;
}

bool HostFactsPolicy::ownedByCaller(qint64 pid)
{
    // A root daemon's socket: the caller could ask it, so its containers are theirs to inspect.
    const std::optional<quint32> socketUid = owner();
    if (socketUid && *socketUid == 0)
        return true;
    // A rootless daemon (the caller's own, or anybody's socket the caller may write to): what it
    // lists proves nothing, so only the caller's own processes and subordinate uids are served.
    const std::optional<qint64> uid = realUid(pid);
    return uid && m_caller.owns(*uid);
}

} // namespace dockscope::hostfacts
