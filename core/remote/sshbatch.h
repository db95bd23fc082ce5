// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one read-only remote command that SshHostFs runs per refresh. The remote command line is
// constant (remoteCommand(): no token, no path, nothing that `ps` on the audited host could
// show or that the login shell could parse differently); the script and the paths go on
// ssh's standard input (standardInput()), where POSIX sh, never the login shell, reads them.
// Per path the script prints a record: stat -L fields, the link target (readlink), the
// content of a regular file, the entries of a directory, and for "with contents" directories
// the stat and content of each regular file in it. Errors travel as errno names (EACCES,
// ENOENT …) so that they map to the same ErrorCodes as local reads.
//
// Framing that no content can imitate: control lines are printed only by the script, with
// fixed formats and numbers; every variable string (link target, entry name) is a
// length-prefixed blob ("<tag> <byte count>\n<bytes>\n"), and file content is hex (od -t x1),
// whose lines hold only hex digits and spaces and so can never be a control line, or, for the
// kernel's text files (Request::text), a length-prefixed blob read by sh without a process.
// Nothing needs a secret. The parser reads strictly in order and stops at the first byte that does not fit.

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
        /// With withContents: stat and link targets of the entries, no file content
        /// (/proc/<pid>/fd: its links may lead to logs and databases).
        bool linksOnly = false;
        /// The file (or, with withContents, the directory's files) is the kernel's text, which
        /// holds no NUL byte (cgroup files, /proc/<pid>/status …): the script reads it without
        /// starting a process. Not for files that may hold NULs (cmdline, environ, attr/*).
        bool text = false;
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

    /// At most this many requests …
    static constexpr int s_maxRequestsPerBatch = 2048;
    /// … and this many bytes of encoded paths go into one batch (one ssh run).
    static constexpr qsizetype s_maxPathBytesPerBatch = 128 * 1024;
    /// A batch whose output grows beyond this is stopped (ErrorCode::ProtocolError). The
    /// script reads at most 1 MiB per file; hex makes that about 3 MiB on the wire.
    static constexpr qsizetype s_maxOutputBytes = 64 * 1024 * 1024;

    /// The script text (constant: the same for every batch).
    static QByteArray script();
    /// The constant remote command: the same words mean the same in sh, bash, dash, zsh,
    /// fish, tcsh and csh (no quotes, no variables, no redirections).
    static QString remoteCommand();
    /// What goes on the remote sh's standard input: the script, the requests as single-quoted
    /// words for sh (a path is data there, never syntax), and the call. InvalidArgument for a
    /// path that cannot be sent (empty, or containing NUL).
    static Result<QByteArray> standardInput(const QList<Request> &requests);
    /// InvalidArgument for a path that standardInput() refuses.
    static Result<void> checkPath(const QString &path);
    /// Splits requests into batches within s_maxRequestsPerBatch and s_maxPathBytesPerBatch,
    /// keeping their order.
    static QList<QList<Request>> split(const QList<Request> &requests, int maxRequests = s_maxRequestsPerBatch,
                                       qsizetype maxPathBytes = s_maxPathBytesPerBatch);

    /// Parses the script's stdout. Complete records only; entries of withContents directories
    /// are returned under their full path. problems (if given) collects what was dropped.
    static QHash<QString, Entry> parse(const QByteArray &output, const QList<Request> &requests,
                                       QStringList *problems = nullptr);

    // What a read of `path` makes of its entry, as the HostFs calls would answer (SshHostFs,
    // ElevatedHostFs): the file's content or the error its stat had (nullopt: the entry does
    // not say, e.g. a file too large to be sent); the link target, else the stat's error, else
    // EINVAL (not a link); the directory's entries, else the stat's error, else ENOTDIR.
    static std::optional<Result<QByteArray>> contentOf(const Entry &entry, const QString &path);
    static Result<QString> linkOf(const Entry &entry, const QString &path);
    static Result<QStringList> entriesOf(const Entry &entry, const QString &path);

    /// EACCES → PermissionDenied, ENOENT/ENOTDIR/ESRCH → NotFound, EINVAL → KernelLacks,
    /// anything else IoError; detail "<path>: <strerror>" as LocalHostFs writes it.
    static Error errnoError(const QByteArray &errnoName, const QString &path);
};

} // namespace dockscope::core
