// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/hostfs.h"
#include "core/remote/sshbatch.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

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
/// (one request at a time goes over the pipe).
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
    /// The helper answers (elevate() succeeded and it has not stopped since).
    bool isElevated() const;
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
    /// The helper's answer for path, or the error that stopped it.
    Result<SshBatch::Entry> ask(const QString &path) const;
    /// Writes all of data to the helper's stdin and reads one answer; stops the helper on any
    /// failure. Caller holds m_mutex.
    Result<QByteArray> roundTrip(const QByteArray &data, std::chrono::milliseconds timeout) const;
    void stopHelper(const QString &why) const;

    LocalHostFs m_local;
    QString m_daemonSocket;
    mutable QMutex m_mutex;
    mutable pid_t m_pid = -1;
    mutable int m_toHelper = -1;
    mutable int m_fromHelper = -1;
    mutable int m_errFromHelper = -1;
    mutable QString m_failure;
    mutable int m_requests = 0;
    std::chrono::milliseconds m_requestTimeout = std::chrono::seconds(30);
};

} // namespace dockscope::core
