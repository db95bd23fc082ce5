// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/// How much a daemon, a stream, an exec or a host file may make Dockscope buffer (issue 13).
/// One place, so that the limits can be read (and argued about) together. Each is far above
/// what a real daemon or kernel produces and far below what would hurt the GUI; passing one
/// ends the request with ProtocolError (the Docker side) or IoError (host files), never with
/// the process out of memory.
namespace dockscope::core::limits {

/// Status line and all header lines of one HTTP response. Docker sends well under 1 KiB.
inline constexpr qint64 s_maxHttpHeaderBytes = 64 * 1024;

/// The body of one buffered reply (everything but streams). /containers/json with 500
/// containers is a few MiB; an inspect reply with huge labels or env a few hundred KiB.
inline constexpr qint64 s_maxHttpBodyBytes = 64 * 1024 * 1024;

/// One line of a newline-delimited JSON stream (stats, events): a stats sample is a few KiB,
/// an event well under one. A stream that never sends a newline ends here.
inline constexpr qint64 s_maxStreamLineBytes = 16 * 1024 * 1024;

/// The non-2xx body of a stream request: a daemon error message.
inline constexpr qint64 s_maxStreamErrorBytes = 64 * 1024;

/// The whole reply of an exec start (stdout + stderr + frame headers): our probes run
/// `cat /proc/1/status`, `cat /proc/meminfo`, `readlink ...`, a few KiB each.
inline constexpr qint64 s_maxExecOutputBytes = 1024 * 1024;

/// One local host file (/proc, /sys, /etc): the same 1 MiB as the ssh batch reads
/// (core/remote/sshbatch.cpp).
inline constexpr qint64 s_maxHostFileBytes = 1024 * 1024;

} // namespace dockscope::core::limits
