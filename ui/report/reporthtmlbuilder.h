// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/reportwriter.h"

#include <QFont>
#include <QHash>
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

    /// The whole report as one document (the browser's file, or one QTextDocument). pages:
    /// anchor -> page number for the table of contents (TextDocument only; a missing anchor
    /// shows a placeholder of the same width, so a second pass keeps the layout).
    QString build(const QMap<QString, int> &pages = {});

    /// The report in parts that each start on a new page: the cover, the contents, the
    /// checklist, then one part per container. The PDF lays each part out as a document of its
    /// own: what moves in one part cannot move anything in another, so each layout pass costs
    /// one part, not the whole report.
    enum Part : int { CoverPart = 0, ContentsPart = 1, ChecklistPart = 2, FirstContainerPart = 3 };
    int partCount() const;
    /// One part as a complete HTML document (TextDocument target). The contents list the
    /// headings of every other part: build each of those once before the contents. Afterwards
    /// charts() and logicalRow() describe this part.
    QString buildPart(int part, const QMap<QString, int> &pages = {});

    /// The headings of the parts built so far, in the report's order.
    QList<TocEntry> toc() const;
    /// Resource name -> the drawing of a chart (TextDocument target). Drawn when the page that
    /// shows it is painted and not kept: a report of 100 containers has 100 charts of 5 MB each.
    QMap<QString, std::function<QImage()>> charts() const { return m_charts; }

    /// Table rows of a part that must start a new page (TextDocument only): (logical table,
    /// row) pairs, tables counted within the part. The table is closed before that row and
    /// continues on the next page with its header.
    void setRowBreaks(int part, const QSet<std::pair<int, int>> &breaks) { m_breaks[part] = breaks; }
    /// The (logical table, row) of row physicalRow of the physicalTable-th table of the last
    /// built part's document, counting header rows; (-1, -1) for rows that cannot be moved.
    std::pair<int, int> logicalRow(int physicalTable, int physicalRow) const;

    /// Scheme of the image resource names in TextDocument mode ("dsimg:verdicts").
    static QString resourceName(const QString &key);

private:
    QString partBody(int part, const QMap<QString, int> &pages);
    QString documentStart() const;
    QString cover();
    QString contents(const QMap<QString, int> &pages) const;
    QString checklist();
    QString container(qsizetype index, const core::ContainerFacts &c);
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
    /// attributes: per cell, what goes inside its <td> tag (` align="right"`), if anything.
    QString addRow(const QStringList &cells, const QStringList &attributes = {}) const;
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
    QList<QList<TocEntry>> m_toc;                   ///< per part
    QMap<QString, std::function<QImage()>> m_charts;
    QHash<int, QSet<std::pair<int, int>>> m_breaks; ///< per part
    QHash<QString, QList<qsizetype>> m_resultsByContainer; ///< container id -> indexes in results
    int m_part = 0;                                 ///< the part being built
    bool m_inParts = false;                         ///< buildPart(), not build()
    // Table bookkeeping during build() (mutable: the section writers are const).
    mutable QList<PhysicalTable> m_physical;
    mutable int m_logicalTables = 0;
    mutable int m_currentRow = 0;
    mutable QString m_openTag;
    mutable QString m_headerHtml;
};

} // namespace dockscope::report
