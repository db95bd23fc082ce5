// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/hostfs.h"
#include "core/remote/sshbatch.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <sys/types.h>

namespace dockscope::core {

/// This host's files as the user reads them, and, once elevate() succeeded, what the user may
/// not read (another user's /proc/<pid>/ns, a container's /proc/meminfo) through
/// dockscope-hostfacts, the helper that polkit authorises (issue 17; the pipe protocol is in
/// hostfactsprotocol.h). Only a read that the user's own read refused (PermissionDenied) goes
/// to the helper; the helper itself serves only its allow-list, for the containers of the
/// daemon at daemonSocket.
///
/// One helper process for the object's lifetime: pkexec asks for authentication once, and the
/// helper exits when this object closes its pipe. Blocking like every HostFs: call reads and
/// elevate() from a worker or the CLI, never from the GUI thread. Safe from several threads
/// (one request at a time goes over the pipe). isElevated(), describe() and cancel() never
/// wait, not even while elevate() waits minutes for the user to authenticate: the GUI thread
/// may call them.
class ElevatedHostFs final : public HostFs
{
public:
    struct Launch
    {
        /// The helper's absolute path (pkexec and the polkit action name it by path).
        QString helperPath;
        /// What runs the helper with privileges: {"pkexec"} normally; empty runs it directly
        /// (tests, running as root).
        QStringList launcher = {QStringLiteral("pkexec")};
        /// Extra arguments for the helper (tests: "--caller-uid", "1000").
        QStringList helperArguments;
        /// How long the start may take (pkexec's authentication dialog or prompt included).
        std::chrono::milliseconds startTimeout = std::chrono::minutes(5);
        /// How long one answer may take.
        std::chrono::milliseconds requestTimeout = std::chrono::seconds(30);
    };

    explicit ElevatedHostFs(const QString &daemonSocket);
    ~ElevatedHostFs() override;

    /// Where the helper is for this installation: $DOCKSCOPE_HOSTFACTS_HELPER, else
    /// <prefix>/libexec/dockscope/dockscope-hostfacts next to the running executable's prefix,
    /// else dockscope-hostfacts beside the executable (a build tree). Empty when none exists.
    static QString findHelper();
    /// The default launch: pkexec + findHelper().
    static Launch defaultLaunch();

    /// Starts the helper (pkexec authenticates here) and checks that it answers. Unavailable
    /// with what is missing (no helper installed, no pkexec), PermissionDenied when polkit
    /// refused or the user cancelled, with what to do. Idempotent once it succeeded.
    Result<void> elevate(const Launch &launch = defaultLaunch());
    /// The helper answers (elevate() succeeded and it has not stopped since). Never waits.
    bool isElevated() const;
    /// Ends a pending elevate() (it returns Cancelled, pkexec and the helper are stopped) and
    /// makes every later elevate() and request fail at once: for a window that closes while
    /// the authentication dialog is up. Never waits; any thread.
    void cancel();
    /// Why the helper is not in use: empty before elevate() was asked, else its failure or
    /// why it stopped.
    QString lastFailure() const;
    /// Requests answered by the helper so far (tests).
    int helperRequests() const;

    Result<QByteArray> readFile(const QString &path) const override;
    Result<QString> readLink(const QString &path) const override;
    Result<FileStat> stat(const QString &path) const override;
    Result<QStringList> listDir(const QString &path) const override;
    bool isLocal() const override { return true; }
    QString describe() const override;
    bool throughHelper() const override { return isElevated(); }

private:
    /// A running pkexec + helper: its pid and our ends of its stdin, stdout and stderr.
    struct Helper
    {
        pid_t pid = -1;
        int toHelper = -1;
        int fromHelper = -1;
        int errFromHelper = -1;
    };

    /// The helper's answer for path, or the error that stopped it.
    Result<SshBatch::Entry> ask(const QString &path) const;
    /// Writes all of data to helper's stdin and reads one answer; on any failure (cancel()
    /// included) stops the helper and says why. The caller owns helper (m_mutex held for
    /// m_helper; elevate()'s helper is its own until it answered).
    Result<QByteArray> roundTrip(Helper &helper, const QByteArray &data, std::chrono::milliseconds timeout) const;
    void stopHelper(Helper &helper) const;

    LocalHostFs m_local;
    QString m_daemonSocket;
    /// One elevate() at a time; never held by reads.
    QMutex m_startMutex;
    /// m_helper, m_failure, m_requests: held for one request at most.
    mutable QMutex m_mutex;
    mutable Helper m_helper;
    mutable QString m_failure;
    mutable int m_requests = 0;
    /// m_helper.pid > 0, readable without m_mutex.
    mutable std::atomic<bool> m_elevated{false};
    std::atomic<bool> m_cancelled{false};
    /// cancel() writes to [1]; every wait on the helper polls [0] too.
    int m_cancelPipe[2] = {-1, -1};
    std::chrono::milliseconds m_requestTimeout = std::chrono::seconds(30);
};

} // namespace dockscope::core
