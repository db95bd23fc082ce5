// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/reportwriter.h"

#include <QFont>
#include <QPageSize>

#include <QMap>
#include <QSizeF>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QPdfWriter;
class QTextDocument;

namespace dockscope::report {

/// The report's body font, the same for every locale: DejaVu Sans for Latin letters and digits,
/// "Noto Sans CJK SC" (Simplified Chinese glyph shapes) for what DejaVu lacks. Noto first lost
/// the digits from the PDF's text (see reportpdf.cpp). Without ligatures.
QFont reportFont();

/// Letter for the territories that use it (United States, Canada, Mexico, …), A4 elsewhere.
QPageSize::PageSizeId pageSizeFor(const QLocale &locale);

/// The report laid out for one PDF writer, in parts that each start on a page of their own
/// (ReportHtmlBuilder::Part: cover, contents, checklist, one per container). Each part is a
/// document of its own whose page size is the body area between header and footer.
struct PdfLayout
{
    std::vector<std::unique_ptr<QTextDocument>> parts;
    QList<int> firstPages;          ///< the 1-based page on which each part starts
    int pageCount = 0;
    QSizeF bodySize;
    qreal headerHeight = 0;
    qreal footerHeight = 0;
    QMap<QString, int> anchorPages; ///< each heading's anchor -> its 1-based page
    /// False while laying out: the charts' resources are then a pixel (their size is in the
    /// HTML); set it before painting.
    std::shared_ptr<bool> drawCharts;
};

/// Sets writer's page layout (size from the locale, margins) and lays the report out for it.
PdfLayout layoutPdf(const ReportData &data, const QLocale &locale, QPdfWriter &writer,
                    const std::function<void(int)> &progress = {}, const CancelCheck &cancelled = {});

/// A table row that a page boundary cuts through.
struct TableRowCut
{
    int table = -1;     ///< index of the table in document order
    int row = -1;       ///< row in that table, header rows included
    QString text;       ///< the start of the row's first cell, for messages
    int position = -1;  ///< document position of the row's first cell
};

/// The rows that page boundaries cut through, in document order (empty is good). Rows taller
/// than a page cannot be kept whole and are not listed.
QList<TableRowCut> rowsCutByPageBreaks(const QTextDocument &document);

/// The PDF's text maps (ToUnicode) give each glyph the first code point that the font maps to
/// it. Noto Sans CJK draws a Kangxi radical and its ideograph (U+2F64 ⽤, U+7528 用) with one
/// glyph, and the radicals come first: search and copy would see radicals. Returns pdf with those
/// entries mapped to the ideographs instead (same length, so the cross-reference table holds).
QByteArray withIdeographsInTextMaps(QByteArray pdf);

/// Lays the report out with QTextDocument (passes per part until the table rows moved to the
/// next page settle, then until the pages in the table of contents do) and paints it page by page
/// into a PDF on device, with a header (host, date) and a footer ("Page %1 of %2") on every
/// page. progress gets 5 … 95. cancelled() is asked after each layout pass and page
/// (ErrorCode::Cancelled, nothing written to device).
core::Result<void> renderPdf(const ReportData &data, const QLocale &locale, QIODevice *device,
                             const std::function<void(int)> &progress, const CancelCheck &cancelled = {});

} // namespace dockscope::report
