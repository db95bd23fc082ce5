// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/limits.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

class QJsonObject;
class QObject;

namespace dockscope::core {

/// Cuts newline-delimited JSON (the stats and events streams) into complete lines, whatever
/// byte the transport or the chunking happened to split them at.
class JsonLineSplitter
{
public:
    /// maxLine: the longest line accepted, newline excluded.
    explicit JsonLineSplitter(qint64 maxLine = limits::s_maxStreamLineBytes) : m_maxLine(maxLine) {}

    /// Appends data and returns the lines completed by it (without '\n'; blank lines skipped),
    /// or ProtocolError once a line, finished or not, is longer than maxLine; the splitter is
    /// then broken for good (the stream must end).
    Result<QList<QByteArray>> feed(QByteArrayView data);
    /// Bytes of an unfinished line.
    qsizetype pending() const { return m_buffer.size(); }

    /// Feeds data and hands each completed line, parsed as a JSON object, to deliver. Lines
    /// that are not JSON objects are logged (as `what` lines) and skipped. Stops as soon as
    /// owner is gone: a receiver of what deliver emits may delete the stream. Returns feed()'s
    /// error, after delivering the lines before the long one.
    Result<void> deliverObjects(QByteArrayView data, QObject *owner, const char *what,
                        const std::function<void(const QJsonObject &)> &deliver);

private:
    QByteArray m_buffer;
    qint64 m_maxLine;
    qsizetype m_scanned = 0;    ///< bytes of m_buffer already known to hold no newline
    bool m_broken = false;
};

} // namespace dockscope::core
