// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fixture tree (tests/data/proc/<scenario>) with errors injected per path prefix (what root
// cannot produce with chmod) and contents replaced per path; records every read and each
// prefetch() batch, so a test can tell what a collector asked for and in which order.

#include "core/facts/hostfs.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>
#include <utility>

namespace dockscope::test {

class ScriptedHostFs final : public core::HostFs
{
public:
    explicit ScriptedHostFs(const QString &root) : m_fs(root) {}

    void fail(const QString &prefix, core::ErrorCode code) { m_faults.append({prefix, code}); }
    void replace(const QString &path, const QByteArray &content) { m_contents.insert(path, content); }

    core::Result<QByteArray> readFile(const QString &path) const override
    {
        m_reads.append(path);
        if (auto e = fault(path))
            return *e;
        if (m_contents.contains(path))
            return m_contents.value(path);
        return m_fs.readFile(path);
    }
    core::Result<QString> readLink(const QString &path) const override
    {
        m_reads.append(path);
        if (auto e = fault(path))
            return *e;
        return m_fs.readLink(path);
    }
    core::Result<core::FileStat> stat(const QString &path) const override
    {
        m_reads.append(path);
        if (auto e = fault(path))
            return *e;
        return m_fs.stat(path);
    }
    core::Result<QStringList> listDir(const QString &path) const override
    {
        m_reads.append(path);
        if (auto e = fault(path))
            return *e;
        return m_fs.listDir(path);
    }
    void prefetch(const QStringList &paths) const override { m_batches.append(paths); }
    bool isLocal() const override { return false; }
    QString describe() const override { return m_fs.describe(); }

    /// Every path read (readFile, readLink, stat, listDir), in order.
    const QStringList &reads() const { return m_reads; }
    const QList<QStringList> &batches() const { return m_batches; }
    void clearRecords()
    {
        m_reads.clear();
        m_batches.clear();
    }

private:
    std::optional<core::Error> fault(const QString &path) const
    {
        for (const auto &[prefix, code] : m_faults) {
            if (path == prefix || path.startsWith(prefix + u'/'))
                return core::Error{code, path + QStringLiteral(": injected")};
        }
        return std::nullopt;
    }

    core::LocalHostFs m_fs;
    QList<std::pair<QString, core::ErrorCode>> m_faults;
    QMap<QString, QByteArray> m_contents;
    mutable QStringList m_reads;
    mutable QList<QStringList> m_batches;
};

} // namespace dockscope::test
