// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A HostFs over a fixture tree (tests/data/hostfiles/<case>/) whose owners and modes can be
// set by hand: git cannot carry them, and sockets cannot live in a repository at all.
// Files read from the tree; stat() synthesises root:root 0644 (files) / 0755 (dirs) unless a
// FileStat was set; paths can be removed or given other contents per test row.

#include "core/facts/hostfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace dockscope::test {

class FixtureHostFs final : public core::HostFs
{
public:
    explicit FixtureHostFs(const QString &root) : m_root(root) {}

    void setStat(const QString &path, quint32 mode, quint32 uid, quint32 gid)
    {
        core::FileStat st;
        st.mode = mode;
        st.uid = uid;
        st.gid = gid;
        st.inode = quint64(qHash(path));
        m_stats.insert(path, st);
        m_removed.remove(path);
    }
    void setFile(const QString &path, const QByteArray &contents)
    {
        m_files.insert(path, contents);
        m_removed.remove(path);
    }
    void setLink(const QString &path, const QString &target) { m_links.insert(path, target); }
    void remove(const QString &path) { m_removed.insert(path); }
    void deny(const QString &path) { m_denied.insert(path); }
    /// Every path answers EACCES: an ordinary user's view of another user's files, or worse.
    void denyAll() { m_denied.insert(QString()); }

    core::Result<QByteArray> readFile(const QString &path) const override
    {
        if (const auto e = gone(path))
            return *e;
        if (m_files.contains(path))
            return m_files.value(path);
        QFile f(m_root + path);
        if (!f.open(QIODevice::ReadOnly))
            return core::Error{core::ErrorCode::NotFound, path + QStringLiteral(": No such file or directory")};
        return f.readAll();
    }
    core::Result<QString> readLink(const QString &path) const override
    {
        if (const auto e = gone(path))
            return *e;
        if (m_links.contains(path))
            return m_links.value(path);
        return core::Error{core::ErrorCode::NotFound, path};
    }
    core::Result<core::FileStat> stat(const QString &path) const override
    {
        if (const auto e = gone(path))
            return *e;
        if (m_stats.contains(path))
            return m_stats.value(path);
        const QFileInfo fi(m_root + path);
        if (!m_files.contains(path) && !fi.exists())
            return core::Error{core::ErrorCode::NotFound, path + QStringLiteral(": No such file or directory")};
        core::FileStat st;
        st.mode = fi.isDir() ? (0040000 | 0755) : (0100000 | 0644);
        st.inode = quint64(qHash(path));
        return st;
    }
    core::Result<QStringList> listDir(const QString &path) const override
    {
        if (const auto e = gone(path))
            return *e;
        const QDir d(m_root + path);
        if (!d.exists())
            return core::Error{core::ErrorCode::NotFound, path};
        QStringList names = d.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        names.removeIf([&](const QString &n) { return m_removed.contains(path + QLatin1Char('/') + n); });
        return names;
    }
    bool isLocal() const override { return false; }
    QString describe() const override { return m_root; }

private:
    std::optional<core::Error> gone(const QString &path) const
    {
        for (const QString &p : m_denied) {
            if (path == p || path.startsWith(p + QLatin1Char('/')))
                return core::Error{core::ErrorCode::PermissionDenied, path + QStringLiteral(": Permission denied")};
        }
        for (const QString &p : m_removed) {
            if (path == p || path.startsWith(p + QLatin1Char('/')))
                return core::Error{core::ErrorCode::NotFound, path + QStringLiteral(": No such file or directory")};
        }
        return std::nullopt;
    }

    QString m_root;
    QHash<QString, core::FileStat> m_stats;
    QHash<QString, QByteArray> m_files;
    QHash<QString, QString> m_links;
    QSet<QString> m_removed;
    QSet<QString> m_denied;
};

} // namespace dockscope::test
