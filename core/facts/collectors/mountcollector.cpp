// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/mountcollector.h"

#include "core/facts/collectcontext.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/hostfs.h"
#include "core/facts/procparsers.h"

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

namespace {

bool sameFile(const Result<FileStat> &a, const Result<FileStat> &b)
{
    return a && b && a->device == b->device && a->inode == b->inode;
}

bool isDefaultSocket(const QString &path)
{
    return path == u"/var/run/docker.sock"_s || path == u"/run/docker.sock"_s;
}

bool isBind(const MountPoint &m)
{
    return m.type == u"bind"_s || m.type.isEmpty();
}

SensitivePath classifyPath(const QString &source, const CollectContext &context)
{
    QString s = source;
    while (s.size() > 1 && s.endsWith(u'/'))
        s.chop(1);
    if (s == u"/"_s)
        return SensitivePath::Root;
    const auto under = [&s](const QString &prefix) {
        return s == prefix || s.startsWith(prefix + u'/');
    };
    if (under(u"/run/containerd"_s) || under(u"/var/run/containerd"_s))
        return SensitivePath::ContainerdSocket;
    const QString dataRoot = context.dockerRootDir.isEmpty() ? u"/var/lib/docker"_s : context.dockerRootDir;
    if (under(dataRoot))
        return SensitivePath::DockerDataRoot;
    if (under(u"/boot"_s))
        return SensitivePath::Boot;
    if (under(u"/dev"_s))
        return SensitivePath::Dev;
    if (under(u"/etc"_s))
        return SensitivePath::Etc;
    if (under(u"/lib"_s) || under(u"/lib64"_s) || under(u"/lib32"_s) || under(u"/usr/lib"_s))
        return SensitivePath::Lib;
    if (under(u"/proc"_s))
        return SensitivePath::Proc;
    if (under(u"/sys"_s))
        return SensitivePath::Sys;
    if (under(u"/usr"_s))
        return SensitivePath::Usr;
    // A parent of the data root or of the sockets exposes them too.
    const QStringList exposing = {dataRoot, u"/var/run/docker.sock"_s, u"/run/docker.sock"_s,
                                  context.socketPath, u"/root"_s};
    for (const QString &p : exposing) {
        if (!p.isEmpty() && (p == s || p.startsWith(s + u'/')))
            return SensitivePath::Other;
    }
    return SensitivePath::None;
}

} // namespace

QStringList mountPaths(const QString &procDir, const ContainerInspect &inspect, const CollectContext &context)
{
    QStringList wanted = {procDir + u"/mountinfo"_s};
    if (!context.socketPath.isEmpty()) {
        // stat() only: the socket and the bind mounts' sources (matched by device and inode)
        wanted.append(context.socketPath);
        for (const MountPoint &m : inspect.mounts) {
            if (isBind(m) && !m.source.isEmpty() && !wanted.contains(m.source))
                wanted.append(m.source);
        }
    }
    return wanted;
}

QList<MountFact> collectMounts(const ProcessGate &gate, const ContainerInspect &inspect, const CollectContext &context)
{
    const HostFs &fs = gate.fs();
    std::optional<QList<MountInfoEntry>> mountInfo;
    if (const Result<QByteArray> text = fs.readFile(gate.procDir() + u"/mountinfo"_s)) {
        if (Result<QList<MountInfoEntry>> parsed = parseMountInfo(*text))
            mountInfo = *parsed;
    }
    const Result<FileStat> socketStat = context.socketPath.isEmpty()
        ? Result<FileStat>(Error{ErrorCode::Unavailable, u"no local socket"_s})
        : fs.stat(context.socketPath);
    QList<MountFact> mounts;
    for (const MountPoint &m : inspect.mounts) {
        MountFact mf;
        mf.mount = m;
        mf.readOnly = !m.rw;
        mf.propagation = m.propagation;
        mf.source = Provenance::Api;
        if (isBind(m)) {
            mf.sensitive = classifyPath(m.source, context);
            if (socketStat) {
                const Result<FileStat> sourceStat = fs.stat(m.source);
                bool match = sameFile(socketStat, sourceStat);
                // A bind of a directory above the socket exposes it too.
                if (!match && sourceStat && sourceStat->isDir() && context.socketPath.startsWith(m.source + u'/'))
                    match = sameFile(socketStat, fs.stat(context.socketPath));
                mf.isDockerSocket = match && sourceStat && !sourceStat->isDir();
                mf.socketMatch = Provenance::Proc;
                if (match && sourceStat && sourceStat->isDir())
                    mf.sensitive = SensitivePath::Other;
            } else {
                mf.isDockerSocket = m.source == context.socketPath || isDefaultSocket(m.source);
                mf.socketMatch = Provenance::Api;
            }
            if (mf.isDockerSocket)
                mf.sensitive = SensitivePath::DockerSocket;
        }
        if (mountInfo) {
            for (const MountInfoEntry &e : std::as_const(*mountInfo)) {
                if (e.mountPoint == m.destination) {  // the last one wins: mounts stack
                    mf.readOnly = e.readOnly();
                    mf.propagation = e.propagation();
                    mf.source = Provenance::Proc;
                }
            }
        }
        mounts.append(mf);
    }
    return mounts;
}

} // namespace dockscope::core::collectors
