// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace dockscope::app {

/// A plain-text table for terminals, like `docker ps`: columns padded to the widest cell, CJK
/// characters counted as two columns so that Chinese headers line up.
class TextTable
{
public:
    explicit TextTable(const QStringList &headers);

    /// Cells are shown with control characters escaped (core::escapeControls).
    void addRow(const QStringList &cells);
    qsizetype rowCount() const { return m_rows.size(); }
    /// Every line starts with `indent` spaces.
    void print(QTextStream &out, int indent = 0) const;

    /// Terminal columns that `text` occupies (East Asian wide and full-width characters: 2).
    static int displayWidth(const QString &text);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace dockscope::app
