// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/daemonlocator.h"

#include "core/facts/hostfs.h"
#include "core/facts/procparsers.h"
#include "core/logging.h"

#include <QSet>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

bool isDefaultSocket(const QString &path)
{
    return path == u"/var/run/docker.sock"_s || path == u"/run/docker.sock"_s;
}

/// /var/run is a link to /run on every current distribution: compare socket paths without it.
QString canonicalRun(const QString &path)
{
    return path.startsWith(u"/var/run/"_s) ? path.mid(4) : path;
}

/// The unix socket paths a dockerd command line listens on (-H, --host; none = the default).
QStringList daemonSockets(const QByteArrayList &args)
{
    QStringList hosts;
    bool anyHost = false;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = QString::fromLocal8Bit(args[i]);
        QString value;
        if (a == u"-H"_s || a == u"--host"_s) {
            if (i + 1 < args.size())
                value = QString::fromLocal8Bit(args[++i]);
        } else if (a.startsWith(u"--host="_s)) {
            value = a.mid(7);
        } else if (a.startsWith(u"-H="_s)) {
            value = a.mid(3);
        } else if (a.startsWith(u"-H"_s) && a.size() > 2 && !a.startsWith(u"--"_s)) {
            value = a.mid(2);
        } else {
            continue;
        }
        anyHost = true;
        if (value.startsWith(u"unix://"_s))
            hosts.append(value.mid(7));
        else if (value.startsWith(u"fd://"_s))   // systemd socket activation: the default socket
            hosts.append(u"/run/docker.sock"_s);
        else if (value.startsWith(u'/'))
            hosts.append(value);
    }
    if (!anyHost)
        hosts.append(u"/var/run/docker.sock"_s);
    return hosts;
}

/// The real uid from /proc/<pid>/status.
std::optional<quint32> realUid(const QByteArray &status)
{
    const Result<ProcStatus> parsed = parseProcStatus(status);
    if (!parsed || !parsed->uid || parsed->uid->at(0) < 0)
        return std::nullopt;
    return quint32(parsed->uid->at(0));
}

/// The sockfs inodes of a process's open sockets; nullopt when its fds cannot be read.
std::optional<QSet<quint64>> socketInodes(const HostFs &fs, qint64 pid)
{
    const QString dir = u"/proc/%1/fd"_s.arg(pid);
    const Result<QStringList> fds = fs.listDir(dir);
    if (!fds)
        return std::nullopt;
    QSet<quint64> inodes;
    bool anyRead = fds->isEmpty();
    for (const QString &fd : *fds) {
        const Result<QString> target = fs.readLink(dir + u'/' + fd);
        if (!target)
            continue;
        anyRead = true;
        if (target->startsWith(u"socket:["_s) && target->endsWith(u']')) {
            bool ok = false;
            const quint64 inode = target->mid(8, target->size() - 9).toULongLong(&ok);
            if (ok)
                inodes.insert(inode);
        }
    }
    if (!anyRead)
        return std::nullopt;
    return inodes;
}

struct Candidate
{
    qint64 pid = 0;
    QStringList sockets;    ///< what its command line says it listens on
};

} // namespace

Result<QList<UnixSocketEntry>> parseProcNetUnix(const QByteArray &text)
{
    QList<UnixSocketEntry> entries;
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("Num"))
        return Error{ErrorCode::ParseError, u"no \"Num RefCount …\" header"_s};
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        // "0000000000000000: 00000002 00000000 00010000 0001 01 31337 /run/docker.sock"
        // The path is the rest of the line and may itself hold spaces.
        QList<QByteArray> f;
        qsizetype pos = 0;
        for (int n = 0; n < 7; ++n) {
            while (pos < line.size() && line.at(pos) == ' ')
                ++pos;
            const qsizetype end = line.indexOf(' ', pos);
            f.append(line.mid(pos, end < 0 ? -1 : end - pos));
            pos = end < 0 ? line.size() : end;
        }
        if (f.size() < 7 || f.at(6).isEmpty())
            return Error{ErrorCode::ParseError, u"line %1: fewer than 7 fields"_s.arg(i + 1)};
        bool okFlags = false;
        bool okInode = false;
        const quint64 flags = f.at(3).toULongLong(&okFlags, 16);
        const quint64 inode = f.at(6).toULongLong(&okInode, 10);
        if (!okFlags || !okInode)
            return Error{ErrorCode::ParseError, u"line %1: bad flags or inode"_s.arg(i + 1)};
        UnixSocketEntry e;
        e.inode = inode;
        e.listening = flags & 0x10000;   // __SO_ACCEPTCON
        while (pos < line.size() && line.at(pos) == ' ')
            ++pos;
        e.path = QString::fromLocal8Bit(line.mid(pos));
        entries.append(e);
    }
    return entries;
}

QByteArrayList cmdlineArgs(const QByteArray &cmdline)
{
    QByteArrayList args = cmdline.split('\0');
    while (!args.isEmpty() && args.last().isEmpty())
        args.removeLast();
    return args;
}

bool isDockerdCommand(const QByteArrayList &args)
{
    if (args.isEmpty())
        return false;
    const QByteArray &argv0 = args.first();
    return argv0 == "dockerd" || argv0.endsWith("/dockerd");
}

QStringList daemonPidfiles(const QString &socketPath)
{
    QStringList pidfiles;
    const qsizetype slash = socketPath.lastIndexOf(u'/');
    if (slash > 0)
        pidfiles.append(socketPath.left(slash) + u"/dockerd.pid"_s);
    if (isDefaultSocket(socketPath))
        pidfiles.append(u"/var/run/docker.pid"_s);
    // rootless: $XDG_RUNTIME_DIR/docker.sock beside $XDG_RUNTIME_DIR/docker.pid
    if (socketPath.endsWith(u"/docker.sock"_s) && !isDefaultSocket(socketPath))
        pidfiles.append(socketPath.left(slash) + u"/docker.pid"_s);
    return pidfiles;
}

QStringList daemonLocatorPaths(const QString &socketPath)
{
    if (socketPath.isEmpty())
        return {};
    return QStringList{socketPath, u"/proc"_s} + daemonPidfiles(socketPath);
}

std::optional<DaemonLocation> locateDaemon(const HostFs &fs, const QString &socketPath)
{
    if (socketPath.isEmpty())
        return std::nullopt;
    const Result<FileStat> socketStat = fs.stat(socketPath);
    const Result<QStringList> entries = fs.listDir(u"/proc"_s);
    if (!entries)
        return std::nullopt;

    // Every process's command line in one batch (remote hosts: not one ssh run per pid).
    QStringList cmdlinePaths;
    for (const QString &entry : *entries) {
        bool numeric = false;
        (void)entry.toLongLong(&numeric);
        if (numeric)
            cmdlinePaths.append(u"/proc/"_s + entry + u"/cmdline"_s);
    }
    if (!cmdlinePaths.isEmpty())
        fs.prefetch(cmdlinePaths);
    QList<Candidate> candidates;
    QStringList second;
    for (const QString &entry : *entries) {
        bool numeric = false;
        const qint64 pid = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        const Result<QByteArray> cmdline = fs.readFile(u"/proc/"_s + entry + u"/cmdline"_s);
        if (!cmdline)
            continue;
        const QByteArrayList args = cmdlineArgs(*cmdline);
        if (!isDockerdCommand(args))
            continue;
        candidates.append({pid, daemonSockets(args)});
        const QString dir = u"/proc/%1"_s.arg(pid);
        // Its namespaces may become the host reference (PID 1 unreadable); its uid, fds and
        // the unix sockets of its network namespace prove (or disprove) that it serves ours.
        second << dir + u"/ns"_s << dir + u"/status"_s << dir + u"/fd"_s << dir + u"/net/unix"_s;
        second << candidates.last().sockets;
    }
    if (candidates.isEmpty())
        return std::nullopt;
    fs.prefetch(second);

    // The pidfile is written by the daemon itself into a directory that only its owner can
    // write to: evidence, though weaker than holding the socket.
    QMap<qint64, QString> pidfileOf;
    for (const QString &pidfile : daemonPidfiles(socketPath)) {
        const Result<QByteArray> text = fs.readFile(pidfile);
        bool ok = false;
        const qint64 pid = text ? text->trimmed().toLongLong(&ok) : 0;
        if (ok && pid > 0 && !pidfileOf.contains(pid))
            pidfileOf.insert(pid, pidfile);
    }

    const QString wanted = canonicalRun(socketPath);
    struct Judged
    {
        qint64 pid = 0;
        int strength = 0;   ///< 3 holds the socket, 2 pidfile, 1 command line only
        QString evidence;
    };
    QList<Judged> judged;
    for (const Candidate &c : std::as_const(candidates)) {
        const QString dir = u"/proc/%1"_s.arg(c.pid);
        QStringList why;
        // A daemon runs as the socket's owner: root, or the rootless daemon's user. Nobody
        // else can start a process with that uid.
        if (socketStat) {
            const Result<QByteArray> status = fs.readFile(dir + u"/status"_s);
            const std::optional<quint32> uid = status ? realUid(*status) : std::nullopt;
            if (uid && *uid != socketStat->uid && *uid != 0) {
                qCDebug(lcProc) << "dockerd" << c.pid << "runs as uid" << *uid << "but" << socketPath
                                << "belongs to uid" << socketStat->uid << ": not the daemon";
                continue;
            }
            if (uid)
                why << u"runs as uid %1 (the socket's owner is uid %2)"_s.arg(*uid).arg(socketStat->uid);
        }
        Judged j;
        j.pid = c.pid;
        if (const std::optional<QSet<quint64>> held = socketInodes(fs, c.pid)) {
            QString heldPath;
            quint64 heldInode = 0;
            if (const Result<QByteArray> table = fs.readFile(dir + u"/net/unix"_s)) {
                if (const Result<QList<UnixSocketEntry>> sockets = parseProcNetUnix(*table)) {
                    for (const UnixSocketEntry &s : *sockets) {
                        if (s.listening && canonicalRun(s.path) == wanted && held->contains(s.inode)) {
                            heldPath = s.path;
                            heldInode = s.inode;
                            break;
                        }
                    }
                }
            }
            if (heldPath.isEmpty()) {
                // Its fds are readable, and none is our listening socket: whatever its
                // command line says, it does not serve this socket.
                qCDebug(lcProc) << "dockerd" << c.pid << "does not hold the listening socket" << socketPath;
                continue;
            }
            j.strength = 3;
            why.prepend(u"holds the listening socket %1 (socket:[%2])"_s.arg(heldPath).arg(heldInode));
        } else if (pidfileOf.contains(c.pid)) {
            j.strength = 2;
            why.prepend(u"named by the pidfile %1"_s.arg(pidfileOf.value(c.pid)));
        } else {
            bool named = false;
            for (const QString &s : c.sockets) {
                if (canonicalRun(s) == wanted)
                    named = true;
            }
            if (!named)
                continue;
            j.strength = 1;
            why.prepend(u"its command line names %1 (its open files are not readable)"_s.arg(socketPath));
        }
        j.evidence = why.join(u"; "_s);
        judged.append(j);
    }
    int best = 0;
    for (const Judged &j : std::as_const(judged))
        best = std::max(best, j.strength);
    QList<Judged> top;
    for (const Judged &j : std::as_const(judged)) {
        if (j.strength == best)
            top.append(j);
    }
    if (top.size() == 1)
        return DaemonLocation{top.first().pid, top.first().evidence};
    if (top.size() > 1) {
        QList<qint64> pids;
        for (const Judged &j : std::as_const(top))
            pids << j.pid;
        qCWarning(lcProc) << "several dockerd processes claim" << socketPath << pids << ": taking none";
    }
    return std::nullopt;
}

} // namespace dockscope::core
