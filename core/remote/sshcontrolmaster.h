// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/remote/sshcommand.h"
#include "core/result.h"

#include <QMutex>
#include <QProcessEnvironment>
#include <QString>

#include <chrono>
#include <memory>

class QTemporaryDir;

namespace dockscope::core {

/// One ssh login shared by every read of a host: an OpenSSH connection-sharing master
/// (ControlMaster) whose control socket lives in a private directory (mode 0700, under
/// $XDG_RUNTIME_DIR, else the temp dir), so that each host-file batch is a new session on the
/// existing connection instead of a new login (issue #16: one login per memory sample filled
/// the host's auth log and tripped fail2ban-style guards).
///
/// The master is started by the first ensure() and again by the one after it died (killed,
/// network gone, idle for persistSeconds); it is stopped when this object is destroyed. Host-key
/// checking, BatchMode/askpass and the error mapping are those of every other ssh run: the
/// master's login is an ordinary one (SshCommand::commonArguments).
///
/// Blocking (ensure() waits for the login): call it from worker threads. Thread-safe.
class SshControlMaster
{
public:
    explicit SshControlMaster(const SshTarget &target,
                              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    ~SshControlMaster();
    SshControlMaster(const SshControlMaster &) = delete;
    SshControlMaster &operator=(const SshControlMaster &) = delete;

    /// Makes sure a master runs: nothing to do while it does, else one login. Returns the
    /// login's failure (SshError with its cause, as SshCommand::failureError maps it, or
    /// Timeout). Without a usable private directory it returns success and controlPath()
    /// stays "": the caller's runs then log in on their own, as before.
    Result<void> ensure(std::chrono::milliseconds timeout);
    /// The socket to pass as SshTarget::controlPath; "" before ensure() or without sharing.
    QString controlPath() const;
    /// Stops the master (SIGKILL: it may be hung) so that the next ensure() starts a new one.
    /// For a run through it that timed out.
    void discard();

    /// The master's process id while it runs, else 0.
    qint64 processId() const;
    /// The private directory holding the control socket ("" until the first ensure()).
    QString directory() const;
    /// How many times a master was started (each one login on the host).
    int loginCount() const;

    /// How long the master stays up without a session (bounds a master that this process
    /// could not stop, e.g. after a crash). Default 120 s.
    void setPersistSeconds(int seconds);
    /// Where the private directory goes: "" (default) = $XDG_RUNTIME_DIR when usable, else
    /// QDir::tempPath(), else /tmp.
    void setBaseDirectory(const QString &dir);

    /// "Master running (pid=123)" (ssh -O check's reply) → 123; 0 if it says otherwise.
    static qint64 parseCheckReply(const QByteArray &reply);

private:
    bool aliveLocked() const;
    bool prepareDirectoryLocked();
    void stopLocked(int signal);

    SshTarget m_target;
    QProcessEnvironment m_env;
    int m_persistSeconds = 120;
    QString m_baseDirectory;
    mutable QMutex m_mutex;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_controlPath;
    bool m_sharingUnavailable = false;
    qint64 m_pid = 0;
    int m_logins = 0;
};

} // namespace dockscope::core
