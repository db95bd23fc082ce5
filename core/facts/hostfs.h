// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace dockscope::core {

struct FileStat
{
    quint32 mode = 0;       ///< st_mode: type and permission bits
    quint32 uid = 0;
    quint32 gid = 0;
    qint64 size = 0;
    quint64 device = 0;     ///< st_dev
    quint64 inode = 0;      ///< st_ino
    bool isDir() const;
    bool isSocket() const;
    bool isRegularFile() const;
    quint32 permissions() const { return mode & 07777; }
};

/// All host file access of the facts and audit layers goes through this interface, rooted at a
/// directory (fixture trees in tests, "/" locally, the remote host's "/" over SSH).
/// Paths are absolute host paths ("/proc/123/status"); the implementation maps them under its
/// root. Implementations are safe to call from worker threads (no shared mutable state).
///
/// Errors: NotFound (ENOENT), PermissionDenied (EACCES/EPERM), KernelLacks (EINVAL on a /proc
/// attribute the kernel does not support), IoError otherwise; detail = "<path>: <strerror>".
class HostFs
{
public:
    virtual ~HostFs();

    virtual Result<QByteArray> readFile(const QString &path) const = 0;
    virtual Result<QString> readLink(const QString &path) const = 0;
    /// Follows symlinks.
    virtual Result<FileStat> stat(const QString &path) const = 0;
    /// Entry names, without "." and "..".
    virtual Result<QStringList> listDir(const QString &path) const = 0;

    /// A hint that the caller is about to read these paths (files or directories, whose
    /// direct entries are then wanted too). Remote implementations fetch them in one batch;
    /// the local one ignores it.
    virtual void prefetch(const QStringList &paths) const;

    /// A view of the same files for one consistent pass (an audit, one refresh of a container's
    /// facts): every answer it fetched is served for the view's lifetime, and prefetch() asks
    /// only for paths the view has not fetched yet, so a pass whose stages each prefetch what
    /// they read costs one remote batch per stage, however many containers it covers.
    /// Implementations without a cache (local files) return fs itself.
    static std::shared_ptr<const HostFs> snapshotOf(std::shared_ptr<const HostFs> fs);

    /// True when the files are this machine's own (so /proc pids are the daemon's pids when the
    /// daemon runs here).
    virtual bool isLocal() const = 0;
    /// "/" or "ssh://host" or a fixture path, for evidence and logs.
    virtual QString describe() const = 0;
    /// Reads the user may not make go through the host-facts helper (ElevatedHostFs).
    virtual bool throughHelper() const { return false; }

protected:
    /// The snapshot view (see snapshotOf); null: this object serves as its own snapshot.
    virtual std::shared_ptr<const HostFs> makeSnapshot() const;
};

/// The HostFs error for errno `err` on `path` (the mapping documented above), for every
/// implementation: local reads and the errno names a remote batch reports.
Error hostFsErrnoError(int err, const QString &path);

/// The local file system, optionally under a root directory (fixtures: tests/data/proc/<case>).
class LocalHostFs final : public HostFs
{
public:
    explicit LocalHostFs(const QString &root = QStringLiteral("/"));

    Result<QByteArray> readFile(const QString &path) const override;
    Result<QString> readLink(const QString &path) const override;
    Result<FileStat> stat(const QString &path) const override;
    Result<QStringList> listDir(const QString &path) const override;
    bool isLocal() const override;
    QString describe() const override;

    QString root() const { return m_root; }

private:
    QString hostPath(const QString &path) const;
    QString m_root;
};

} // namespace dockscope::core
