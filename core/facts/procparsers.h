// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Parsers for the /proc files the facts layer reads. Pure functions on the file's bytes, so
// they are tested on fixtures (tests/data/proc) and run in workers. Formats: proc(5).

#include "core/facts/containerfacts.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace dockscope::core {

/// The security-relevant part of /proc/<pid>/status.
struct ProcStatus
{
    QString name;
    std::optional<CapabilitySets> capabilities; ///< only when all five Cap* lines parsed
    std::optional<bool> noNewPrivs;
    std::optional<int> seccompMode;
    std::optional<int> seccompFilters;
    std::optional<std::array<qint64, 4>> uid;   ///< real, effective, saved, filesystem
    std::optional<std::array<qint64, 4>> gid;
    QStringList problems;   ///< malformed or missing lines, untranslated ("CapEff: bad hex")
};

/// Fails (ParseError) only when the text holds no "Key:\tvalue" line at all; a truncated or
/// partly malformed file gives what it has, with the rest listed in problems.
Result<ProcStatus> parseProcStatus(const QByteArray &text);

/// Field `number` (1-based, as proc(5) counts them: 4 ppid, 22 starttime) of /proc/<pid>/stat,
/// for number >= 3 (comm may hold spaces and parentheses, so they start after the last ')');
/// nullopt when the line has no such field.
std::optional<QByteArray> parseStatField(const QByteArray &stat, int number);

/// The parent pid from /proc/<pid>/stat ("pid (comm) state ppid …"; comm may hold spaces and
/// parentheses, so the fields start after the last ')'); nullopt when malformed or 0.
std::optional<qint64> parseStatParentPid(const QByteArray &stat);

/// One line of /proc/<pid>/cgroup: "hierarchy-ID:controller-list:cgroup-path".
struct CgroupEntry
{
    int hierarchyId = 0;
    QStringList controllers;    ///< empty for the v2 "0::" line; "name=systemd" kept as is
    QString path;
};

struct ProcCgroup
{
    QList<CgroupEntry> entries;
    /// The "0::" line's path, if any (v2 or hybrid).
    std::optional<QString> unifiedPath() const;
    /// The v1 path of a controller ("memory"), if any.
    std::optional<QString> controllerPath(const QString &controller) const;
    /// The v1 entry holding a controller, if any.
    const CgroupEntry *controllerEntry(const QString &controller) const;
    /// Whether any path names the container id (a full id, as a path component or inside
    /// "docker-<id>.scope"): the check that a pid belongs to the container on this host.
    bool namesContainer(const QString &containerId) const;
};

/// Fails on any malformed line: the file is used to verify a pid, so half a file is no proof.
Result<ProcCgroup> parseProcCgroup(const QByteArray &text);

/// A namespace link target: "net:[4026531833]".
struct NamespaceLink
{
    QString type;
    quint64 inode = 0;
};
Result<NamespaceLink> parseNamespaceLink(const QString &target);

/// One line of /proc/<pid>/uid_map or gid_map: "inside outside count".
struct IdMapRange
{
    qint64 inside = 0;
    qint64 outside = 0;
    qint64 count = 0;
};

struct IdMap
{
    QList<IdMapRange> ranges;
    /// Host id of a namespace id, nullopt when unmapped.
    std::optional<qint64> toHost(qint64 inside) const;
    /// Namespace id of a host id, nullopt when unmapped.
    std::optional<qint64> toInside(qint64 outside) const;
    /// "0 0 4294967295": the identity map of the initial user namespace.
    bool isIdentity() const;
};
Result<IdMap> parseIdMap(const QByteArray &text);

/// /proc/meminfo; "kB" values are converted to bytes, unit-less ones (HugePages_*) kept.
Result<QMap<QString, qint64>> parseMeminfo(const QByteArray &text);

/// One line of /proc/<pid>/mountinfo (proc(5)); octal escapes (\040) decoded.
struct MountInfoEntry
{
    int mountId = 0;
    int parentId = 0;
    quint32 major = 0;
    quint32 minor = 0;
    QString root;           ///< the bind source within its file system
    QString mountPoint;
    QStringList options;    ///< per-mount options ("ro", "nosuid")
    QStringList optionalFields; ///< "shared:1", "master:2", …
    QString fsType;
    QString source;
    QStringList superOptions;
    bool readOnly() const { return options.contains(QStringLiteral("ro")); }
    /// "shared", "slave", "shared,slave" or "private", from the optional fields.
    QString propagation() const;
};
Result<QList<MountInfoEntry>> parseMountInfo(const QByteArray &text);

} // namespace dockscope::core
