// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The records of one answer, in the format of SshBatch's remote script (core/remote/sshbatch.cpp),
// so that SshBatch::parse() reads them unchanged: "DSB1", per request "P <index>", its sections
// (S, L, F + od-style hex + Z, D + n + Z, N for the entries of modes c and l) and "E", then
// "DSB1 END <count>". Reads use POSIX calls directly, for exact errnos; content only of regular
// files up to 1 MiB (as the script: /proc and /sys files report size 0), read through an O_PATH
// descriptor that was checked first, so that no device or FIFO is ever opened for reading.

#include "app/hostfacts/hostfactspolicy.h"

#include "core/remote/hostfactsprotocol.h"
#include "core/remote/sshbatch.h"

#include <QByteArray>
#include <QByteArrayView>

namespace dockscope::hostfacts {

class RecordWriter
{
public:
    /// The most bytes of one file's content (the script's limit).
    static constexpr qsizetype s_maxContentBytes = 1024 * 1024;
    /// Kept free below the answer limit: whatever was reached there, every remaining request
    /// of the batch (at most s_maxRequests) still gets its short "EIO" record.
    static constexpr qsizetype s_reserveBytes = 1024 * 1024;
    static constexpr qsizetype s_defaultLimit = core::HostFactsProtocol::s_maxAnswerBytes - s_reserveBytes;

    /// limit: past it, content and listings are refused (EIO) and records are "S ERR EIO".
    explicit RecordWriter(qsizetype limit = s_defaultLimit);

    /// The next record: request.path read as serve says (the policy decided).
    void write(const core::SshBatch::Request &request, Serve serve);
    /// Replaces the record written last by one saying only "S ERR <errnoName>".
    void replaceLast(QByteArrayView errnoName);
    /// The answer's records, ended by "DSB1 END <count>".
    QByteArray finish() const;

    int count() const { return m_count; }
    qsizetype size() const { return m_out.size(); }

    /// The errno name the script reports for err (EACCES … EIO; anything else EIO).
    static QByteArray errnoName(int err);

private:
    bool room(qsizetype bytes) const { return m_out.size() + bytes <= m_limit; }
    void writeNoFollow(const core::SshBatch::Request &request, Serve serve);
    void writeFollowing(const core::SshBatch::Request &request, Serve serve);
    void writeLinkOnly(const QByteArray &path);
    void statLine(int fd);
    void linkSection(int dirFd, const char *name);
    void contentSection(int pathFd);
    /// "D" … "Z"; fills names (sorted) when the listing succeeded.
    void listing(int dirFd, QList<QByteArray> *names);
    /// The "N" records of a directory's entries (modes c and l).
    void entries(int dirFd, const QList<QByteArray> &names, const core::SshBatch::Request &request,
                 Serve serve);

    QByteArray m_out;
    qsizetype m_limit;
    qsizetype m_lastStart = -1;
    int m_count = 0;
};

} // namespace dockscope::hostfacts
