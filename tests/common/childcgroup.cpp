// SPDX-License-Identifier: GPL-3.0-or-later
#include "childcgroup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <cerrno>
#include <cstring>

using namespace Qt::StringLiterals;

namespace dockscope::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeText(const QString &path, const QByteArray &text, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = u"%1: %2"_s.arg(path, f.errorString());
        return false;
    }
    // cgroup files report errors on write(2) itself (EBUSY, ENOSPC, EINVAL …)
    errno = 0;
    if (f.write(text) != text.size()) {
        *error = u"write %1 to %2: %3"_s.arg(QString::fromUtf8(text), path, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

struct CgroupMount
{
    QString mountPoint;
    QString root;                 ///< the mount's root inside the hierarchy (field 4 of mountinfo)
    QStringList superOptions;     ///< v1: the controllers / name=; v2: empty
    bool v2 = false;
};

QList<CgroupMount> cgroupMounts()
{
    QList<CgroupMount> mounts;
    const QList<QByteArray> lines = readAll(u"/proc/self/mountinfo"_s).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype dash = line.indexOf(" - ");
        if (dash < 0)
            continue;
        const QList<QByteArray> left = line.left(dash).split(' ');
        const QList<QByteArray> right = line.mid(dash + 3).split(' ');
        if (left.size() < 5 || right.size() < 3)
            continue;
        CgroupMount m;
        m.root = QString::fromUtf8(left.at(3));
        m.mountPoint = QString::fromUtf8(left.at(4));
        if (right.at(0) == "cgroup2") {
            m.v2 = true;
        } else if (right.at(0) == "cgroup") {
            m.superOptions = QString::fromUtf8(right.at(2)).split(u',');
        } else {
            continue;
        }
        mounts << m;
    }
    return mounts;
}

/// The directory of a /proc/<pid>/cgroup line's hierarchy (empty when not mounted here).
QString hierarchyDir(const QList<CgroupMount> &mounts, const QString &controllers, const QString &path)
{
    for (const CgroupMount &m : mounts) {
        bool matches = false;
        if (controllers.isEmpty()) {
            matches = m.v2;
        } else if (!m.v2) {
            matches = true;
            for (const QString &c : controllers.split(u','))
                matches = matches && m.superOptions.contains(c);
        }
        if (!matches)
            continue;
        QString rel = path;
        if (m.root != u"/"_s && rel.startsWith(m.root))
            rel = rel.mid(m.root.size());
        return QDir::cleanPath(m.mountPoint + u'/' + rel);
    }
    return {};
}

} // namespace

ChildCgroupResult moveToChildCgroup(qint64 pid, const QString &containerId, const QString &childName)
{
    ChildCgroupResult result;
    if (pid <= 0 || containerId.size() < 12) {
        result.error = u"moveToChildCgroup: needs a pid and a container id"_s;
        return result;
    }
    const QString procCgroup = u"/proc/%1/cgroup"_s.arg(pid);
    const QByteArray content = readAll(procCgroup);
    if (content.isEmpty()) {
        result.error = procCgroup + u": cannot read (process gone?)"_s;
        return result;
    }
    const QList<CgroupMount> mounts = cgroupMounts();
    struct Target { QString dir; QString controllers; };
    QList<Target> targets;
    QStringList foreign;
    for (const QByteArray &raw : content.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(u':');
        if (parts.size() < 3)
            continue;
        const QString &controllers = parts.at(1);
        const QString path = parts.mid(2).join(u':');
        // hybrid: "0::/" outside the unified hierarchy's docker part is nothing of the container
        if (!path.contains(containerId)) {
            foreign << line;
            continue;
        }
        const QString dir = hierarchyDir(mounts, controllers, path);
        if (controllers.isEmpty() && dir.isEmpty()) {
            // a "0::" line while no cgroup2 hierarchy is mounted here (v1 with an unmounted
            // unified hierarchy): nothing to write to
            foreign << line;
            continue;
        }
        if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
            result.error = u"%1: no mounted hierarchy for \"%2\" (looked for %3)"_s.arg(procCgroup, line, dir);
            return result;
        }
        targets << Target{dir, controllers};
    }
    if (targets.isEmpty()) {
        result.error = u"%1 names no cgroup of container %2 (cgroup driver \"none\"?): %3"_s
                           .arg(procCgroup, containerId.left(12), foreign.join(u"; "_s));
        return result;
    }
    // Make every child first, then move: a half-moved process would confuse the test.
    for (const Target &t : targets) {
        const QString child = t.dir + u'/' + childName;
        if (!QFileInfo(child).isDir()) {
            if (!QDir().mkdir(child)) {
                result.error = u"mkdir %1: %2"_s.arg(child, QString::fromLocal8Bit(std::strerror(errno)));
                return result;
            }
            result.createdDirs.prepend(child);
        }
        for (const auto &file : {u"cpuset.cpus"_s, u"cpuset.mems"_s}) {
            const QString f = child + u'/' + file;
            if (QFileInfo::exists(f) && readAll(f).trimmed().isEmpty()) {
                const QByteArray parent = readAll(t.dir + u'/' + file).trimmed();
                if (!parent.isEmpty() && !writeText(f, parent + '\n', &result.error))
                    return result;
            }
        }
    }
    for (const Target &t : targets) {
        if (!writeText(t.dir + u'/' + childName + u"/cgroup.procs"_s, QByteArray::number(pid) + '\n', &result.error))
            return result;
    }
    result.cgroupLines = QString::fromUtf8(readAll(procCgroup)).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : std::as_const(result.cgroupLines)) {
        if (line.contains(containerId) && !line.endsWith(u'/' + childName) && !foreign.contains(line)) {
            result.error = u"after the move %1 still says \"%2\""_s.arg(procCgroup, line);
            return result;
        }
    }
    result.ok = true;
    return result;
}

void removeCgroupDirs(const QStringList &dirs)
{
    for (const QString &dir : dirs)
        QDir().rmdir(dir);
}

QStringList sshdContainerCommand()
{
    // PID 1 stays `sleep 600` (exec); /tmp/sshd is a script, so its process is named sshd.
    return {u"sh"_s, u"-c"_s,
            u"printf '#!/bin/sh\\nsleep 600\\n' > /tmp/sshd && chmod 755 /tmp/sshd && { /tmp/sshd & } && exec sleep 600"_s};
}

QList<qint64> findProcessByComm(const QString &comm, const QString &containerId, qint64 ancestorPid)
{
    QList<qint64> found;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QHash<qint64, qint64> parentOf;
    QList<qint64> candidates;
    for (const QString &e : entries) {
        bool isPid = false;
        const qint64 pid = e.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QByteArray status = readAll(u"/proc/%1/status"_s.arg(pid));
        const qsizetype at = status.indexOf("\nPPid:");
        if (at >= 0)
            parentOf.insert(pid, status.mid(at + 6, status.indexOf('\n', at + 1) - at - 6).trimmed().toLongLong());
        if (QString::fromUtf8(readAll(u"/proc/%1/comm"_s.arg(pid))).trimmed() == comm)
            candidates << pid;
    }
    for (const qint64 pid : std::as_const(candidates)) {
        bool mine = !containerId.isEmpty() && QString::fromUtf8(readAll(u"/proc/%1/cgroup"_s.arg(pid))).contains(containerId);
        for (qint64 p = parentOf.value(pid), hops = 0; !mine && ancestorPid > 0 && p > 1 && hops < 64; p = parentOf.value(p), ++hops)
            mine = p == ancestorPid;
        if (mine)
            found << pid;
    }
    return found;
}

} // namespace dockscope::test
