// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlinesplitter.h"

namespace dockscope::core {

QList<QByteArray> JsonLineSplitter::feed(QByteArrayView data)
{
    QList<QByteArray> lines;
    m_buffer.append(data);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_buffer.mid(start, newline - start).trimmed();
        if (!line.isEmpty())
            lines.append(std::move(line));
        start = newline + 1;
    }
    m_buffer.remove(0, start);
    return lines;
}

} // namespace dockscope::core
