// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/containerprocesses.h"

#include "core/facts/hostfs.h"
#include "core/facts/procparsers.h"

#include <QMultiHash>
#include <QSet>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

// A container controls its own subtree: bound the walk (depth, directories, processes).
constexpr int s_maxDepth = 16;
constexpr int s_maxCgroups = 4096;
constexpr int s_maxProcesses = 65536;

QString processDir(const ContainerFacts &f)
{
    QString dir = f.cgroup.controllerDirs.value(u"pids"_s);
    if (dir.isEmpty())
        dir = f.cgroup.controllerDirs.value(u"memory"_s, f.cgroup.controllerDirs.value(QString()));
    return dir;
}

QString commandOf(const HostFs &fs, qint64 pid, bool *gone)
{
    const Result<QByteArray> cmd = fs.readFile(u"/proc/%1/cmdline"_s.arg(pid));
    *gone = !cmd;
    if (!cmd)
        return {};
    QByteArray c = cmd.value();
    while (c.endsWith('\0'))
        c.chop(1);
    c.replace('\0', ' ');
    return QString::fromLocal8Bit(c);
}

Result<QList<qint64>> cgroupSubtreePids(const HostFs &fs, const QString &top)
{
    QList<qint64> pids;
    QList<std::pair<QString, int>> queue{{top, 0}};
    int visited = 0;
    while (!queue.isEmpty()) {
        const auto [dir, depth] = queue.takeFirst();
        if (++visited > s_maxCgroups)
            return Error{ErrorCode::IoError, top + u": more than %1 child cgroups"_s.arg(s_maxCgroups)};
        const Result<QByteArray> procs = fs.readFile(dir + u"/cgroup.procs"_s);
        if (!procs) {
            if (dir == top)
                return procs.error();
            continue;   // removed in between
        }
        for (const QByteArray &line : procs->split('\n')) {
            bool ok = false;
            const qint64 pid = line.trimmed().toLongLong(&ok);
            if (ok && pid > 0)
                pids << pid;
            if (pids.size() > s_maxProcesses)
                return Error{ErrorCode::IoError, top + u": more than %1 processes"_s.arg(s_maxProcesses)};
        }
        if (depth >= s_maxDepth)
            continue;
        const Result<QStringList> entries = fs.listDir(dir);
        if (!entries)
            continue;
        for (const QString &e : *entries) {
            const QString child = dir + u'/' + e;
            if (const Result<FileStat> st = fs.stat(child); st && st->isDir())
                queue.append({child, depth + 1});
        }
    }
    return pids;
}

Result<QList<qint64>> shimDescendants(const HostFs &fs, qint64 shim)
{
    const Result<QStringList> entries = fs.listDir(u"/proc"_s);
    if (!entries)
        return entries.error();
    QMultiHash<qint64, qint64> children;
    for (const QString &e : *entries) {
        bool numeric = false;
        const qint64 pid = e.toLongLong(&numeric);
        if (!numeric)
            continue;
        const Result<QByteArray> stat = fs.readFile(u"/proc/"_s + e + u"/stat"_s);
        if (!stat)
            continue;
        if (const std::optional<qint64> ppid = parseStatParentPid(*stat))
            children.insert(*ppid, pid);
    }
    QList<qint64> out;
    QList<qint64> queue{shim};
    QSet<qint64> seen{shim};
    while (!queue.isEmpty() && out.size() <= s_maxProcesses) {
        const qint64 p = queue.takeFirst();
        for (const qint64 c : children.values(p)) {
            if (seen.contains(c))
                continue;
            seen.insert(c);
            out << c;
            queue << c;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

QString containerProcessesSource(const ContainerFacts &facts)
{
    if (facts.pidProof == PidProof::Shim)
        return u"descendants of the container's shim (pid %1) in /proc/*/stat"_s.arg(facts.shimPid);
    return u"cgroup.procs of %1 and its child cgroups"_s.arg(processDir(facts));
}

Result<QList<ContainerProcess>> containerProcesses(const HostFs &fs, const ContainerFacts &facts)
{
    if (!facts.pidVerified.isKnown())
        return facts.pidVerified.why;
    if (!*facts.pidVerified.value)
        return Error{ErrorCode::NotOnThisHost, u"pid %1 is not this container's"_s.arg(facts.pid)};
    Result<QList<qint64>> pids = Error{ErrorCode::NotFound, u"no cgroup directory for %1"_s.arg(facts.name)};
    if (facts.pidProof == PidProof::Shim) {
        pids = shimDescendants(fs, facts.shimPid);
    } else if (const QString dir = processDir(facts); !dir.isEmpty()) {
        pids = cgroupSubtreePids(fs, dir);
    }
    if (!pids)
        return pids.error();
    QList<ContainerProcess> out;
    for (const qint64 pid : *pids) {
        bool gone = false;
        const QString command = commandOf(fs, pid, &gone);
        if (!gone)      // exited in between
            out << ContainerProcess{pid, command};
    }
    return out;
}

} // namespace dockscope::core
