// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which process is the Docker daemon that serves the socket in use. Pure and blocking: call
// it from a worker. Several daemons may run on one host (rootless ones, test daemons), and any
// user can start a process whose argv says "dockerd -H unix:///var/run/docker.sock": a command
// line alone proves nothing.

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockscope::core {

class HostFs;

/// One line of /proc/<pid>/net/unix.
struct UnixSocketEntry
{
    quint64 inode = 0;      ///< the socket's inode in sockfs ("socket:[inode]" in /proc/<pid>/fd)
    bool listening = false; ///< __SO_ACCEPTCON
    QString path;           ///< bound path; "" for unnamed, "@…" for abstract sockets
};

/// Parses /proc/<pid>/net/unix ("Num RefCount Protocol Flags Type St Inode Path").
Result<QList<UnixSocketEntry>> parseProcNetUnix(const QByteArray &text);

struct DaemonLocation
{
    qint64 pid = 0;
    /// What identified it (technical, for the evidence), e.g.
    /// "holds the listening socket /run/docker.sock (socket:[31337]); runs as uid 0 like the socket's owner".
    QString evidence;
};

/// The dockerd process serving socketPath on the host that fs reads, proven by the strongest
/// evidence readable: it holds the listening socket (its fds), its pidfile beside the socket,
/// then its command line naming the socket. A candidate that runs as another uid than the
/// socket's owner, or whose fds are readable and do not hold the socket, is never taken.
/// socketUnderSystemdActivation: the -H fd:// socket (systemd passes it in).
std::optional<DaemonLocation> locateDaemon(const HostFs &fs, const QString &socketPath);

/// The paths locateDaemon reads first (for a batched prefetch).
QStringList daemonLocatorPaths(const QString &socketPath);

/// The pidfile convention: <dir>/dockerd.pid beside the socket, /var/run/docker.pid by default.
QStringList daemonPidfiles(const QString &socketPath);

/// NUL-separated argv of /proc/<pid>/cmdline, without the trailing empty one.
QByteArrayList cmdlineArgs(const QByteArray &cmdline);

/// argv[0] is dockerd (any directory).
bool isDockerdCommand(const QByteArrayList &args);

} // namespace dockscope::core
