// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pipe protocol between Dockscope and dockscope-hostfacts, the polkit-authorised helper that
// reads the host facts an ordinary user may not (issue 17). One helper process serves a whole
// session: the client writes a request batch on its stdin, the helper answers on its stdout,
// and it exits when its stdin closes.
//
// Request batch (client → helper), every variable string length-prefixed:
//   "DSQ1 <request count>\n"
//   "H <n>\n<n bytes: the daemon's socket path>\n"     the daemon whose containers are asked about
//   per request: "R <mode> <n>\n<n bytes: absolute path>\n"
//      mode p: the path itself; c: a directory with its files' stat and content;
//      l: a directory with its entries' stat and link targets, no content (SshBatch::Request)
// Answer (helper → client):
//   "DSR1 <byte count>\n" then exactly that many bytes: the records SshBatch::parse() reads
//   ("DSB1\n", per request "P <index>" … "E", "DSB1 END <count>\n"). A path the helper does
//   not serve answers "S ERR EDSDENIED" (ErrorCode::PermissionDenied, "not served by the
//   host-facts helper").
// Nothing in a record can end the answer early: the client reads exactly <byte count> bytes.

#include "core/remote/sshbatch.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace dockscope::core::HostFactsProtocol {

/// At most this many requests in one batch …
inline constexpr int s_maxRequests = 4096;
/// … paths of at most this many bytes (PATH_MAX) …
inline constexpr qsizetype s_maxPathBytes = 4096;
/// … and at most this many bytes in one encoded batch.
inline constexpr qsizetype s_maxBatchBytes = 2 * 1024 * 1024;
/// An answer larger than this is refused by the client (ErrorCode::ProtocolError).
inline constexpr qsizetype s_maxAnswerBytes = SshBatch::s_maxOutputBytes;
/// The errno name of a path the helper refuses to serve.
inline constexpr char s_deniedErrno[] = "EDSDENIED";

struct Batch
{
    QString daemonSocket;
    QList<SshBatch::Request> requests;
};

/// The bytes of one batch. InvalidArgument when a path or the socket path is not absolute, holds
/// NUL, is longer than s_maxPathBytes, or the batch exceeds the limits above.
Result<QByteArray> encodeBatch(const Batch &batch);

/// Takes one complete batch from the front of buffer (removing its bytes). nullopt while the
/// buffer holds only the start of a batch; ProtocolError when the bytes cannot be a batch
/// (then the helper answers nothing more and exits).
Result<std::optional<Batch>> takeBatch(QByteArray *buffer);

/// "DSR1 <n>\n" + records.
QByteArray encodeAnswer(const QByteArray &records);

/// Takes one complete answer from the front of buffer; nullopt while incomplete; ProtocolError
/// for a malformed header or one announcing more than maxBytes.
Result<std::optional<QByteArray>> takeAnswer(QByteArray *buffer, qsizetype maxBytes = s_maxAnswerBytes);

} // namespace dockscope::core::HostFactsProtocol
