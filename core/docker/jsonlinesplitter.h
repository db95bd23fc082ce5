// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace dockscope::core {

/// Cuts newline-delimited JSON (the stats and events streams) into complete lines, whatever
/// byte the transport or the chunking happened to split them at.
class JsonLineSplitter
{
public:
    /// Appends data and returns the lines completed by it (without '\n'; blank lines skipped).
    QList<QByteArray> feed(QByteArrayView data);
    /// Bytes of an unfinished line.
    qsizetype pending() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
};

} // namespace dockscope::core
