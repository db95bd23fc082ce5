// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one read-only remote command that SshHostFs runs per refresh: a fixed POSIX sh script,
// passed to `sh -c` as one quoted word, with the paths as positional arguments (never
// interpolated into the script). Per path it prints a framed record: stat -L fields, the link
// target (readlink), the content of a regular file (cat), the entries of a directory, and for
// "with contents" directories the stat and content of each regular file in it. Errors travel
// as errno names (EACCES, ENOENT …) so that they map to the same ErrorCodes as local reads.
//
// Framing: every control line starts with a random per-batch token; payloads (file content,
// link target, NUL-separated names) end at "\n<token> Z OK|ERR …". A record that does not end
// with "<token> E" (truncated output, garbage) is dropped, so a later read fetches it again.

#include "core/facts/hostfs.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockscope::core {

class SshBatch
{
public:
    struct Request
    {
        QString path;
        /// For a directory: also fetch stat, content (regular files) and link target (symlinks)
        /// of its entries (cgroup dirs, /proc/<pid>/ns).
        bool withContents = false;
    };

    /// What one record said about one path. A field is nullopt when the script did not look
    /// (e.g. no link target for a regular file).
    struct Entry
    {
        std::optional<Result<FileStat>> stat;
        std::optional<Result<QString>> link;
        std::optional<Result<QByteArray>> content;
        std::optional<Result<QStringList>> entries;
    };

    /// The script text (constant: the same for every batch).
    static QString script();
    /// The remote argv: sh -c SCRIPT sh TOKEN MODE1 PATH1 MODE2 PATH2 …
    static QStringList remoteArgv(const QByteArray &token, const QList<Request> &requests);
    /// A fresh random token (32 hex digits).
    static QByteArray newToken();

    /// Parses the script's stdout. Complete records only; entries of withContents directories
    /// are returned under their full path. problems (if given) collects what was dropped.
    static QHash<QString, Entry> parse(const QByteArray &output, const QByteArray &token,
                                       const QList<Request> &requests, QStringList *problems = nullptr);

    /// EACCES → PermissionDenied, ENOENT/ENOTDIR/ESRCH → NotFound, EINVAL → KernelLacks,
    /// anything else IoError; detail "<path>: <strerror>" as LocalHostFs writes it.
    static Error errnoError(const QByteArray &errnoName, const QString &path);
};

} // namespace dockscope::core
