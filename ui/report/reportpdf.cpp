// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"
#include "reporthtmlbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <QTextDocument>
#include <QUrl>

#include <limits>

Q_LOGGING_CATEGORY(lcReport, "dockscope.report", QtWarningMsg)

namespace dockscope::report {

using namespace Qt::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int Resolution = 300;

/// anchor -> 1-based page of the block that carries it.
QFont smallFontFor(QFont font)
{
    font.setPointSizeF(7.5);
    return font;
}

QMap<QString, int> anchorPages(const QTextDocument &doc, qreal pageHeight)
{
    QMap<QString, int> pages;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QStringList names = it.fragment().charFormat().anchorNames();
            if (names.isEmpty())
                continue;
            const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
            for (const QString &name : names)
                pages.insert(name, static_cast<int>(rect.top() / pageHeight) + 1);
        }
    }
    return pages;
}

void loadHtml(QTextDocument &doc, ReportHtmlBuilder &builder, const QMap<QString, int> &pages,
              QSizeF pageSize)
{
    const QString html = builder.build(pages);
    doc.setHtml(html);
    const auto images = builder.images();
    for (auto it = images.cbegin(); it != images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setPageSize(pageSize);
    // A fresh layout with the images in place.
    doc.markContentsDirty(0, doc.characterCount());
}
} // namespace

QFont reportFont()
{
    // Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK SC, in both
    // languages. With Noto Sans CJK SC first, QTextDocument's layout draws Noto's digits with
    // glyphs that no character maps to in its cmap (Qt 6.4), so the PDF's ToUnicode map has no
    // entry for them: the digits show on the page, but pdftotext, search and copy lose them.
    // DejaVu Sans has no CJK glyphs, so Chinese text still falls through to Noto Sans CJK SC.
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, u"Noto Sans CJK SC"_s});
    font.setPointSizeF(9.5);
    return font;
}

QPageSize::PageSizeId pageSizeFor(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
    case QLocale::CostaRica:
    case QLocale::Guatemala:
    case QLocale::Panama:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Nicaragua:
    case QLocale::Honduras:
    case QLocale::Belize:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

PdfLayout layoutPdf(const ReportData &data, const QLocale &locale, QPdfWriter &writer,
                    const std::function<void(int)> &progress)
{
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(pageSizeFor(locale)), QPageLayout::Portrait,
                                     QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter));

    const QFont bodyFont = reportFont();
    const QFontMetricsF smallMetrics(smallFontFor(bodyFont), &writer);
    PdfLayout layout;
    layout.headerHeight = smallMetrics.height() * 2.4;
    layout.footerHeight = smallMetrics.height() * 2.4;
    layout.bodySize = QSizeF(writer.width(), writer.height() - layout.headerHeight - layout.footerHeight);

    layout.document = std::make_unique<QTextDocument>();
    QTextDocument &doc = *layout.document;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(bodyFont);
    doc.setDocumentMargin(0);
    QTextOption option = doc.defaultTextOption();
    // Long paths and hex strings have no spaces: break them rather than run off the page.
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    report(5);

    ReportHtmlBuilder builder(data, locale, ReportHtmlBuilder::Target::TextDocument, bodyFont);
    loadHtml(doc, builder, {}, layout.bodySize);
    QMap<QString, int> pages = anchorPages(doc, layout.bodySize.height());
    report(20);
    // QTextDocument moves a row to the next page only when none of its cells has a line on
    // this one; otherwise it splits the cells' lines. Each pass ends the table before the first
    // cut row and continues it on the next page (header repeated), and refreshes the page
    // numbers of the contents, until nothing moves.
    QSet<std::pair<int, int>> breaks;
    constexpr int MaxPasses = 60;
    for (int pass = 0; pass < MaxPasses; ++pass) {
        builder.setRowBreaks(breaks);
        loadHtml(doc, builder, pages, layout.bodySize);
        const QMap<QString, int> again = anchorPages(doc, layout.bodySize.height());
        bool moved = false;
        for (const TableRowCut &cut : rowsCutByPageBreaks(doc)) {
            const auto row = builder.logicalRow(cut.table, cut.row);
            if (row.first >= 0 && !breaks.contains(row)) {
                breaks.insert(row);
                moved = true;
                break;
            }
        }
        if (!moved && again == pages) {
            qCDebug(lcReport, "report laid out in %d passes, %lld rows moved to the next page",
                    pass + 1, static_cast<long long>(breaks.size()));
            break;
        }
        pages = again;
        report(std::min(45, 20 + pass));
    }
    layout.anchorPages = pages;
    report(50);
    return layout;
}

QList<TableRowCut> rowsCutByPageBreaks(const QTextDocument &document)
{
    QList<TableRowCut> cut;
    const qreal pageHeight = document.pageSize().height();
    auto *layout = document.documentLayout();
    int tableIndex = 0;
    std::function<void(QTextFrame *)> visit = [&](QTextFrame *frame) {
        for (QTextFrame *child : frame->childFrames()) {
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                for (int r = 0; r < table->rows(); ++r) {
                    qreal top = std::numeric_limits<qreal>::max();
                    qreal bottom = 0;
                    for (int c = 0; c < table->columns(); ++c) {
                        const QTextTableCell cell = table->cellAt(r, c);
                        if (!cell.isValid() || cell.row() != r)
                            continue;
                        for (auto it = cell.begin(); !it.atEnd(); ++it) {
                            const QTextBlock block = it.currentBlock();
                            if (!block.isValid())
                                continue;
                            const QRectF rect = layout->blockBoundingRect(block);
                            top = std::min(top, rect.top());
                            bottom = std::max(bottom, rect.bottom());
                        }
                    }
                    if (bottom <= top || bottom - top >= pageHeight)
                        continue;
                    const int firstPage = static_cast<int>(top / pageHeight);
                    const int lastPage = static_cast<int>((bottom - 0.5) / pageHeight);
                    if (firstPage != lastPage) {
                        const QTextTableCell first = table->cellAt(r, 0);
                        const QString text = first.isValid() ? first.firstCursorPosition().block().text() : QString();
                        cut.append({tableIndex, r, text.left(40)});
                    }
                }
                ++tableIndex;
            }
            visit(child);
        }
    };
    visit(document.rootFrame());
    return cut;
}

core::Result<void> renderPdf(const ReportData &data, const QLocale &locale, QIODevice *device,
                             const std::function<void(int)> &progress)
{
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    QPdfWriter writer(device);
    writer.setCreator(u"Dockscope "_s + QStringLiteral(DOCKSCOPE_VERSION));
    writer.setTitle(Tr::tr("Docker security report: %1").arg(data.audit.info.name));
    PdfLayout layout = layoutPdf(data, locale, writer, progress);
    QTextDocument &doc = *layout.document;
    const QSizeF bodySize = layout.bodySize;
    const qreal headerHeight = layout.headerHeight;
    const qreal width = bodySize.width();
    const QFont smallFont = smallFontFor(reportFont());
    const QFontMetricsF smallMetrics(smallFont, &writer);

    const int pageCount = doc.pageCount();
    const QString host = data.audit.info.name.isEmpty() ? data.endpointLabel : data.audit.info.name;
    const QString date = locale.toString(data.generatedAt, QLocale::ShortFormat);
    const QString title = Tr::tr("Dockscope security report");

    QPainter painter;
    if (!painter.begin(&writer))
        return core::Error{core::ErrorCode::IoError, u"cannot paint on the PDF writer"_s};
    for (int i = 0; i < pageCount; ++i) {
        if (i > 0 && !writer.newPage())
            return core::Error{core::ErrorCode::IoError, u"cannot start a new PDF page"_s};
        painter.setFont(smallFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF headerRect(0, 0, width, smallMetrics.height());
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignTop, Tr::tr("Host %1").arg(host));
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignTop, date);
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 2));
        painter.drawLine(QPointF(0, smallMetrics.height() * 1.4), QPointF(width, smallMetrics.height() * 1.4));

        painter.save();
        painter.translate(0, headerHeight);
        painter.setClipRect(QRectF(QPointF(0, 0), bodySize));
        painter.translate(0, -i * bodySize.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * bodySize.height(), bodySize.width(), bodySize.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const qreal footerTop = headerHeight + bodySize.height();
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 2));
        painter.drawLine(QPointF(0, footerTop + smallMetrics.height() * 0.8),
                         QPointF(width, footerTop + smallMetrics.height() * 0.8));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footerRect(0, footerTop + smallMetrics.height(), width, smallMetrics.height() * 1.3);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
                         Tr::tr("Page %1 of %2").arg(locale.toString(i + 1), locale.toString(pageCount)));
        report(50 + 45 * (i + 1) / pageCount);
    }
    if (!painter.end())
        return core::Error{core::ErrorCode::IoError, u"the PDF could not be finished"_s};
    return {};
}

} // namespace dockscope::report
