// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/reportwriter.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <utility>

namespace dockscope::report {

/// One heading of the table of contents.
struct TocEntry
{
    QString anchor;
    QString title;
    int level = 1;
};

/// Builds the report as one HTML document: for QTextDocument (the PDF; images are named
/// resources, the table of contents shows page numbers) or for a browser (a self-contained
/// file: inline CSS, charts as data: PNGs, the table of contents links to the headings).
class ReportHtmlBuilder
{
public:
    enum class Target { TextDocument, Browser };

    ReportHtmlBuilder(const ReportData &data, const QLocale &locale, Target target, const QFont &font);

    /// pages: anchor -> page number for the table of contents (TextDocument only; a missing
    /// anchor shows a placeholder of the same width, so a second pass keeps the layout).
    QString build(const QMap<QString, int> &pages = {});

    /// The headings the last build() produced.
    QList<TocEntry> toc() const { return m_toc; }
    /// Resource name -> the drawing of a chart (TextDocument target). Drawn when the page that
    /// shows it is painted and not kept: a report of 100 containers has 100 charts of 5 MB each.
    QMap<QString, std::function<QImage()>> charts() const { return m_charts; }

    /// Table rows that must start a new page (TextDocument only): (logical table, row) pairs.
    /// The table is closed before that row and continues on the next page with its header.
    void setRowBreaks(const QSet<std::pair<int, int>> &breaks) { m_breaks = breaks; }
    /// The (logical table, row) of row physicalRow of the physicalTable-th table of the last
    /// build's document, counting header rows; (-1, -1) for rows that cannot be moved.
    std::pair<int, int> logicalRow(int physicalTable, int physicalRow) const;

    /// Scheme of the image resource names in TextDocument mode ("dsimg:verdicts").
    static QString resourceName(const QString &key);

private:
    QString cover();
    QString contents(const QMap<QString, int> &pages) const;
    QString checklist();
    QString container(const core::ContainerFacts &c);
    QString checkBlock(const core::CheckResult &result) const;
    QString findingsTable(const QList<core::CheckResult> &results) const;
    QString namespaceTable(const core::ContainerFacts &c) const;
    QString capabilityTable(const core::ContainerFacts &c) const;
    QString cgroupTable(const core::ContainerFacts &c) const;
    QString meminfoTable(const core::ContainerFacts &c) const;
    QString image(const QString &key, const std::function<QImage()> &draw, QSize logical);
    QString heading(int level, const QString &anchor, const QString &title, bool newPage = false);
    QString styleSheet() const;
    /// Table helpers that keep count of tables and rows for setRowBreaks().
    QString beginTable(const QStringList &header, const QList<int> &widths = {},
                       const QString &cls = QStringLiteral("grid")) const;
    QString addRow(const QStringList &cells) const;
    QString endTable() const;

    struct PhysicalTable
    {
        int logical = -1;
        int firstRow = 0;
        int headerRows = 0;
    };

    const ReportData &m_data;
    QLocale m_locale;
    Target m_target;
    QFont m_font;
    QList<TocEntry> m_toc;
    QMap<QString, std::function<QImage()>> m_charts;
    QSet<std::pair<int, int>> m_breaks;
    // Table bookkeeping during build() (mutable: the section writers are const).
    mutable QList<PhysicalTable> m_physical;
    mutable int m_logicalTables = 0;
    mutable int m_currentRow = 0;
    mutable QString m_openTag;
    mutable QString m_headerHtml;
};

} // namespace dockscope::report
