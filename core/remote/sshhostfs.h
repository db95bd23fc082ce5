// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/hostfs.h"
#include "core/remote/sshbatch.h"
#include "core/remote/sshcommand.h"
#include "core/remote/sshcontrolmaster.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QProcessEnvironment>

#include <atomic>
#include <chrono>
#include <memory>

namespace dockscope::core {

/// The remote host's files over the user's ssh: prefetch() runs ONE read-only batch command
/// (SshBatch; split into several when large) for all paths of a refresh, and the reads are
/// served from that cache; a read that misses the cache (or finds it older than maxAge) runs
/// one more batch for that path.
///
/// Blocking, like every HostFs: call it from worker threads, never from the GUI thread. Safe to
/// use from several threads at once (the cache is guarded; batches run one at a time).
/// If ssh itself fails, reads return ErrorCode::SshError with the cause (host key, auth …).
///
/// HostFs::snapshotOf() gives a view over the same ssh target for one pass (an audit, a
/// container's refresh): its answers never expire and its prefetch() skips what it has, so each
/// stage of a pass is one ssh run. The view counts its batches into the same batchCount().
///
/// All batches of this object and its views share one ssh login (SshControlMaster): each batch
/// is a new session on that connection, and the master ends with the last of them.
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
    /// How long a failed batch's error is served for its paths (snapshots included) before a
    /// read tries ssh again. Default 2 s.
    void setFailureAge(std::chrono::milliseconds age);
    /// Hard cap on one batch's output; beyond it the batch stops with ErrorCode::ProtocolError
    /// (complete records before the cap are kept). Default SshBatch::s_maxOutputBytes.
    void setMaxOutput(qsizetype bytes);
    /// Timeout for one batch (ssh connect + command). Default 60 s.
    void setBatchTimeout(std::chrono::milliseconds timeout);
    /// How many ssh processes ran so far, snapshots included (tests: "one per refresh").
    int batchCount() const;
    /// Drops the cache.
    void invalidate();
    /// The shared connection the batches go through (shared with the snapshot views).
    SshControlMaster *controlMaster() const { return m_master.get(); }

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
    /// Runs the requests in batches of bounded size (SshBatch::split) and stores the results.
    /// Returns the first failure, if any.
    Result<void> fetch(const QList<SshBatch::Request> &requests) const;
    /// One ssh run. Complete records are cached even if the run fails; the failure is cached
    /// (for m_failureAge) only for the requests it left without an answer.
    Result<void> runBatch(const QList<SshBatch::Request> &requests) const;
    void storeFailure(const QList<SshBatch::Request> &requests, const Error &error) const;
    std::optional<SshBatch::Entry> cachedLocked(const QString &path) const;
    QDeadlineTimer expiry() const;

    SshTarget m_target;
    QProcessEnvironment m_env;
    std::chrono::milliseconds m_maxAge{2000};
    std::chrono::milliseconds m_batchTimeout{60000};
    std::chrono::milliseconds m_failureAge{2000};
    qsizetype m_maxOutput = SshBatch::s_maxOutputBytes;
    bool m_snapshot = false;        // answers never expire; prefetch() skips cached paths
    mutable QMutex m_mutex;         // guards m_cache
    mutable QMutex m_fetchMutex;    // one batch at a time
    mutable QHash<QString, Cached> m_cache;
    std::shared_ptr<std::atomic<int>> m_batches = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<SshControlMaster> m_master;
};

} // namespace dockscope::core
