// SPDX-License-Identifier: GPL-3.0-or-later
#include "texttable.h"

#include "core/textsafety.h"

#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dockscope::app {

namespace {

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

TextTable::TextTable(const QStringList &headers)
    : m_headers(headers)
{
}

void TextTable::addRow(const QStringList &cells)
{
    // Cells carry container and daemon strings: never a raw control to the terminal.
    QStringList safe;
    safe.reserve(cells.size());
    for (const QString &cell : cells)
        safe.append(core::escapeControls(cell));
    m_rows.append(safe);
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

void TextTable::print(QTextStream &out, int indent) const
{
    QList<int> widths(m_headers.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(cells.at(i)));
    };
    measure(m_headers);
    for (const QStringList &row : m_rows)
        measure(row);

    auto printRow = [&out, &widths, indent](const QStringList &cells) {
        QString line(indent, u' ');
        for (qsizetype i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            line += cell;
            if (i + 1 < widths.size())
                line += QString(widths.at(i) - displayWidth(cell) + 3, u' ');
        }
        out << line << u'\n';
    };
    printRow(m_headers);
    for (const QStringList &row : m_rows)
        printRow(row);
    out.flush();
}

} // namespace dockscope::app
