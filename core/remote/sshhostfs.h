// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/hostfs.h"
#include "core/remote/sshbatch.h"
#include "core/remote/sshcommand.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QProcessEnvironment>

#include <atomic>
#include <chrono>
#include <memory>

namespace dockscope::core {

/// The remote host's files over the user's ssh: prefetch() runs ONE read-only batch command
/// (SshBatch) for all paths of a refresh, and the reads are served from that cache; a read that
/// misses the cache (or finds it older than maxAge) runs one more batch for that path.
///
/// Blocking, like every HostFs: call it from worker threads, never from the GUI thread. Safe to
/// use from several threads at once (the cache is guarded; batches run one at a time).
/// If ssh itself fails, reads return ErrorCode::SshError with the cause (host key, auth …).
///
/// HostFs::snapshotOf() gives a view over the same ssh target for one pass (an audit, a
/// container's refresh): its answers never expire and its prefetch() skips what it has, so each
/// stage of a pass is one ssh run. The view counts its batches into the same batchCount().
class SshHostFs final : public HostFs
{
public:
    explicit SshHostFs(const SshTarget &target,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~SshHostFs() override;

    Result<QByteArray> readFile(const QString &path) const override;
    Result<QString> readLink(const QString &path) const override;
    Result<FileStat> stat(const QString &path) const override;
    Result<QStringList> listDir(const QString &path) const override;
    /// Directories under /sys/fs/cgroup are fetched with their files' contents (one refresh of
    /// the cgroup facts and the memory chart then needs one ssh run).
    void prefetch(const QStringList &paths) const override;
    bool isLocal() const override;
    QString describe() const override;

    /// How long a fetched answer is served before a read fetches it again. Default 2 s.
    void setMaxAge(std::chrono::milliseconds age);
    /// Timeout for one batch (ssh connect + command). Default 60 s.
    void setBatchTimeout(std::chrono::milliseconds timeout);
    /// How many ssh processes ran so far, snapshots included (tests: "one per refresh").
    int batchCount() const;
    /// Drops the cache.
    void invalidate();

protected:
    std::shared_ptr<const HostFs> makeSnapshot() const override;

private:
    struct Cached
    {
        SshBatch::Entry entry;
        QDeadlineTimer expires;
    };
    /// The entry for path, fetching it when absent or stale. Error only when ssh failed.
    Result<SshBatch::Entry> entryFor(const QString &path) const;
    /// Runs one batch and stores the results. Returns ssh's failure, if any.
    Result<void> fetch(const QList<SshBatch::Request> &requests) const;
    std::optional<SshBatch::Entry> cachedLocked(const QString &path) const;
    QDeadlineTimer expiry() const;

    SshTarget m_target;
    QProcessEnvironment m_env;
    std::chrono::milliseconds m_maxAge{2000};
    std::chrono::milliseconds m_batchTimeout{60000};
    bool m_snapshot = false;        // answers never expire; prefetch() skips cached paths
    mutable QMutex m_mutex;         // guards m_cache
    mutable QMutex m_fetchMutex;    // one batch at a time
    mutable QHash<QString, Cached> m_cache;
    std::shared_ptr<std::atomic<int>> m_batches = std::make_shared<std::atomic<int>>(0);
};

} // namespace dockscope::core
