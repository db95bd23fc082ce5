// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What dockscope-hostfacts answers (issue 17): the allow-list. A path is served only when it is
// one of the facts the collectors and the audit read, about the containers of the daemon the
// batch names (or that daemon itself, or PID 1 as the host reference). Everything else is
// refused without a stat, so a refusal tells nothing about the path.
//
// The /proc reads that decide (cgroup, stat, cmdline, status) go through a HostFs, so that
// tests decide over fixture trees; the daemon's containers come from a DaemonSource (the real
// one asks the daemon's socket as the caller).

#include "core/facts/hostfs.h"
#include "core/remote/sshbatch.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace dockscope::hostfacts {

/// How the record writer reads a served path (RecordWriter::write).
enum class Serve {
    Denied,         ///< "S ERR EDSDENIED": nothing is looked at
    ProcFile,       ///< /proc/<pid>/status …: stat and content, never through a symlink
    Link,           ///< /proc/<pid>/ns/<name>, /proc/<pid>/exe: stat (followed) and link target
    NamespaceDir,   ///< /proc/<pid>/ns: listing; modes c and l add stat and link of the entries
    ContainerFile,  ///< /proc/<pid>/root/…: walked below the root without following any symlink
    ConfigFile,     ///< the daemon's configuration in /etc: stat, link target, content
    ConfigDir,      ///< /etc/audit/rules.d: stat and listing (mode p only)
    Cgroup,         ///< below a container's cgroup: stat, listing, content; no symlink followed
};

/// One range of /etc/subuid.
struct IdRange
{
    quint32 start = 0;
    quint32 count = 0;
    bool contains(qint64 id) const { return id >= start && id < qint64(start) + count; }
};

/// The ranges of /etc/subuid ("name-or-uid:start:count" lines) that belong to the user, named
/// by name or by uid. Malformed lines and empty or overflowing ranges are skipped.
QList<IdRange> parseSubordinateIds(const QByteArray &text, const QString &userName, quint32 uid);

/// True for exactly 64 lower-case hex digits: a full container id.
bool isFullContainerId(QStringView text);

/// The 64-hex tokens in text: maximal runs of [0-9a-f] of exactly 64 characters.
QStringList fullIdTokens(const QString &text);

/// A canonical absolute path: "/" followed by non-empty components, none "." or "..", no "//",
/// no trailing "/", no NUL or newline, at most 4096 bytes.
bool isCanonicalPath(const QString &path);

/// Who asked (after pkexec: PKEXEC_UID), and which uids are theirs besides their own.
struct Caller
{
    quint32 uid = 0;
    QList<IdRange> subordinateUids;
    bool owns(qint64 uid) const;
};

/// Where the policy learns about a daemon. The real one (daemoncontainers.h) connects to the
/// socket with the caller's own permissions.
class DaemonSource
{
public:
    virtual ~DaemonSource();
    /// The full ids of the daemon's containers (running or not); an error when the caller cannot
    /// ask the daemon.
    virtual core::Result<QSet<QString>> containerIds(const QString &socket) = 0;
    /// The daemon's own process (core::locateDaemon).
    virtual std::optional<qint64> daemonPid(const QString &socket) = 0;
    /// The uid that owns the socket, nullopt when the caller cannot stat it.
    virtual std::optional<quint32> socketOwner(const QString &socket) = 0;
};

class HostFactsPolicy
{
public:
    /// The decision for one request. pid and startTime identify the process it is about, so
    /// that the helper can check after reading that the pid was not reused meanwhile.
    struct Decision
    {
        Serve serve = Serve::Denied;
        qint64 pid = 0;
        quint64 startTime = 0;
    };

    /// fs: the host's /proc (and nothing else is read through it).
    HostFactsPolicy(const core::HostFs &fs, DaemonSource &source, const Caller &caller);

    /// Starts a batch about the daemon at socket: the pid classifications of the last batch are
    /// forgotten, and the daemon's containers may be asked again once.
    void beginBatch(const QString &socket);

    Decision decide(const core::SshBatch::Request &request);

    /// Whether the process a decision is about still runs under its pid (same start time).
    bool stillSame(const Decision &decision) const;

    /// The /proc/<pid>/stat start time (field 22), nullopt when malformed.
    static std::optional<quint64> parseStartTime(const QByteArray &stat);

    /// How often the daemon's containers were asked (tests).
    int containerFetches() const { return m_fetches; }

private:
    enum class PidClass { None, HostReference, Daemon, Container };
    struct PidInfo
    {
        PidClass kind = PidClass::None;
        quint64 startTime = 0;
    };
    struct DaemonState
    {
        bool fetched = false;
        QSet<QString> ids;
        bool located = false;
        std::optional<qint64> pid;
        bool ownerKnown = false;
        std::optional<quint32> owner;
    };

    Decision decideProc(qint64 pid, const QString &rest);
    Serve decideCgroup(const QString &path);
    PidInfo classify(qint64 pid);
    PidClass classifyUncached(qint64 pid);
    bool isContainerProcess(qint64 pid);
    /// One of the daemon's ids, or (refetching once per batch) one it may have just created.
    bool knownId(const QString &id);
    bool anyKnownId(const QStringList &ids);
    void fetchIds();
    std::optional<qint64> realUid(qint64 pid) const;
    std::optional<quint32> owner();
    /// A rootless daemon's (or a stranger's) socket: its processes must be the caller's.
    bool ownedByCaller(qint64 pid);

    const core::HostFs &m_fs;
    DaemonSource &m_source;
    Caller m_caller;
    QString m_socket;
    QHash<QString, DaemonState> m_daemons;
    QHash<qint64, PidInfo> m_pids;      ///< this batch's classifications
    bool m_refetched = false;           ///< the containers were asked again in this batch
    bool m_relocated = false;           ///< the daemon was located again in this batch
    int m_fetches = 0;
};

} // namespace dockscope::hostfacts
