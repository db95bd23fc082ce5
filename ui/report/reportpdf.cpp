// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpdf.h"
#include "reporthtmlbuilder.h"

#include "core/localization.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextTable>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcReport, "dockscope.report", QtWarningMsg)

namespace dockscope::report {

using namespace Qt::StringLiterals;

namespace {
struct PdfTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int Resolution = 300;
constexpr QStringView s_cjkFamily = u"Noto Sans CJK SC";

QFont smallFontFor(QFont font)
{
    font.setPointSizeF(7.5);
    return font;
}

/// anchor -> 1-based page of the block that carries it. One walk over the blocks of a document
/// that is laid out to its end: blockBoundingRect() then only reads the layout's geometry.
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

/// Document positions where a forced page break ("page-break-before: always" on a heading or a
/// table) starts a new page, sorted. What comes after one does not move on its page when
/// something before it moves.
QList<int> forcedPageStarts(const QTextDocument &doc)
{
    QList<int> starts;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            starts.append(block.position());
    }
    std::function<void(QTextFrame *)> visit = [&](QTextFrame *frame) {
        for (QTextFrame *child : frame->childFrames()) {
            if (child->frameFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                starts.append(child->firstPosition());
            visit(child);
        }
    };
    visit(doc.rootFrame());
    std::sort(starts.begin(), starts.end());
    return starts;
}

void loadHtml(QTextDocument &doc, ReportHtmlBuilder &builder, int part, const QMap<QString, int> &pages,
              const std::shared_ptr<const bool> &drawCharts)
{
    const QString html = builder.buildPart(part, pages);
    // Charts are drawn when their page is painted and not kept in the document. The layout asks
    // for each image too, more than once per pass (Qt 6.4's QTextImageHandler::intrinsicSize
    // loads it to learn whether to scale it to the paint device), but takes its size from the
    // HTML: until painting, a pixel stands in for the chart.
    doc.setResourceProvider([charts = builder.charts(), drawCharts](const QUrl &url) -> QVariant {
        const auto draw = charts.value(url.toString());
        if (!draw)
            return QVariant();
        if (!*drawCharts) {
            static const QImage s_placeholder = [] {
                QImage image(1, 1, QImage::Format_RGB32);
                image.fill(Qt::white);
                return image;
            }();
            return QVariant(s_placeholder);
        }
        return QVariant(draw());
    });
    doc.setHtml(html);
    // Lay the whole document out now, in one go, before the walks over its geometry.
    doc.documentLayout()->documentSize();
}
} // namespace

QByteArray withIdeographsInTextMaps(QByteArray pdf)
{
    // radical -> the ideograph that the CJK font draws with the same glyph (U+2F64 -> U+7528).
    // CJK Radicals Supplement and Kangxi Radicals: U+2E80 … U+2FDF.
    static const QHash<char16_t, char16_t> s_ideographs = [] {
        QHash<char16_t, char16_t> map;
        QFont cjk = reportFont();
        cjk.setFamilies({s_cjkFamily.toString()});
        const QRawFont font = QRawFont::fromFont(cjk, QFontDatabase::SimplifiedChinese);
        if (!font.isValid())
            return map;
        QString radicals;
        for (char16_t c = 0x2E80; c <= 0x2FDF; ++c)
            radicals.append(QChar(c));
        QString ideographs;
        // The unified ideographs first, then extension A: the first one found wins.
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            ideographs.append(QChar(c));
        for (char16_t c = 0x3400; c <= 0x4DBF; ++c)
            ideographs.append(QChar(c));
        const QList<quint32> radicalGlyphs = font.glyphIndexesForString(radicals);
        const QList<quint32> ideographGlyphs = font.glyphIndexesForString(ideographs);
        QHash<quint32, char16_t> byGlyph;
        for (qsizetype i = 0; i < ideographGlyphs.size() && i < ideographs.size(); ++i) {
            if (ideographGlyphs.at(i) != 0 && !byGlyph.contains(ideographGlyphs.at(i)))
                byGlyph.insert(ideographGlyphs.at(i), ideographs.at(i).unicode());
        }
        for (qsizetype i = 0; i < radicalGlyphs.size() && i < radicals.size(); ++i) {
            const auto it = byGlyph.constFind(radicalGlyphs.at(i));
            if (radicalGlyphs.at(i) != 0 && it != byGlyph.cend())
                map.insert(radicals.at(i).unicode(), *it);
        }
        return map;
    }();
    if (s_ideographs.isEmpty())
        return pdf;

    // Qt writes each ToUnicode map uncompressed, as lines of "beginbfrange" sections:
    // "<first glyph> <last glyph> <code>" (a run of codes from <code> on) or
    // "<first glyph> <last glyph> [<code> <code> …]". Only single-glyph lines and lists name
    // each glyph's own code; runs are left as they are (they need ten glyphs in a row whose
    // codes follow each other).
    auto rewrite = [&](qsizetype at) {
        const QByteArray hex = pdf.mid(at, 4);
        bool ok = false;
        const auto code = static_cast<char16_t>(hex.toUInt(&ok, 16));
        const auto it = s_ideographs.constFind(code);
        if (!ok || it == s_ideographs.cend())
            return;
        const QByteArray replacement = QByteArray::number(*it, 16).toUpper().rightJustified(4, '0');
        pdf.replace(at, 4, replacement);
    };
    qsizetype from = 0;
    while ((from = pdf.indexOf("beginbfrange\n", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endbfrange", from);
        if (end < 0)
            break;
        qsizetype line = pdf.indexOf('\n', from) + 1;
        while (line > 0 && line < end) {
            const qsizetype eol = pdf.indexOf('\n', line);
            const QByteArray text = pdf.mid(line, eol - line);
            // "<xxxx> <yyyy> " then "<zzzz>" or "[<zzzz> <zzzz> … ]"
            if (text.size() >= 20 && text.at(0) == '<' && text.at(7) == '<' && text.at(13) == ' ') {
                const bool single = text.mid(1, 4) == text.mid(8, 4);
                if (text.at(14) == '[') {
                    for (qsizetype i = 15; i + 5 < text.size() && text.at(i) == '<'; i += 7)
                        rewrite(line + i + 1);
                } else if (single && text.at(14) == '<') {
                    rewrite(line + 15);
                }
            }
            line = eol + 1;
        }
        from = end;
    }
    return pdf;
}

QFont reportFont()
{
    // Latin letters and digits from DejaVu Sans, Chinese from Noto Sans CJK SC, in both
    // languages. With Noto Sans CJK SC first, QTextDocument's layout draws Noto's digits with
    // glyphs that no character maps to in its cmap (Qt 6.4), so the PDF's ToUnicode map has no
    // entry for them: the digits show on the page, but pdftotext, search and copy lose them.
    // DejaVu Sans has no CJK glyphs, so Chinese text still falls through to Noto Sans CJK SC.
    QFont font;
    font.setFamilies({u"DejaVu Sans"_s, s_cjkFamily.toString()});
    font.setPointSizeF(9.5);
    // No ligatures: the PDF's text map names a ligature glyph by its compatibility character
    // (U+FB01 for "fi"), which a search for "fi" does not find. Qt 6.4 has no
    // QFont::setFeature(), but it shapes text with letter spacing without ligatures; this
    // spacing is too small to see (1/50 of a pixel at 300 dpi).
    font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
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
                    const std::function<void(int)> &progress, const CancelCheck &cancelled)
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
    layout.drawCharts = std::make_shared<bool>(false);
    layout.headerHeight = smallMetrics.height() * 2.4;
    layout.footerHeight = smallMetrics.height() * 2.4;
    layout.bodySize = QSizeF(writer.width(), writer.height() - layout.headerHeight - layout.footerHeight);
    const qreal pageHeight = layout.bodySize.height();
    report(5);

    ReportHtmlBuilder builder(data, locale, ReportHtmlBuilder::Target::TextDocument, bodyFont);
    const int partCount = builder.partCount();
    QList<QSet<std::pair<int, int>>> breaks(partCount);
    QList<QMap<QString, int>> partAnchors(partCount);   // anchor -> page within its part

    // QTextDocument moves a row to the next page only when none of its cells has a line on
    // this one; otherwise it splits the cells' lines. Each pass ends a table before a cut row and
    // continues it on the next page (header repeated), until nothing moves. Moving a row moves
    // what follows it only up to the next forced page break, so each pass moves the first cut
    // row after every forced break. A part starts on a page of its own, so what moves in it
    // moves nothing in another: each part is laid out, and its passes made, on its own.
    auto layOutPart = [&](int part, const QMap<QString, int> &pages) {
        QTextDocument &doc = *layout.parts.at(part);
        constexpr int MaxPasses = 60;
        for (int pass = 0; pass < MaxPasses; ++pass) {
            if (cancelled && cancelled())
                return; // renderPdf() asks again and stops
            builder.setRowBreaks(part, breaks.at(part));
            loadHtml(doc, builder, part, pages, layout.drawCharts);
            const QList<int> starts = forcedPageStarts(doc);
            QSet<qsizetype> stretchesMoved;
            for (const TableRowCut &cut : rowsCutByPageBreaks(doc)) {
                const qsizetype stretch = std::upper_bound(starts.cbegin(), starts.cend(), cut.position) - starts.cbegin();
                if (stretchesMoved.contains(stretch))
                    continue;
                const auto row = builder.logicalRow(cut.table, cut.row);
                if (row.first >= 0 && !breaks.at(part).contains(row)) {
                    breaks[part].insert(row);
                    stretchesMoved.insert(stretch);
                }
            }
            if (stretchesMoved.isEmpty()) {
                qCDebug(lcReport, "part %d laid out in %d passes, %lld rows moved to the next page", part,
                        pass + 1, static_cast<long long>(breaks.at(part).size()));
                break;
            }
        }
        partAnchors[part] = anchorPages(doc, pageHeight);
    };

    layout.parts.reserve(partCount);
    for (int part = 0; part < partCount; ++part) {
        auto doc = std::make_unique<QTextDocument>();
        doc->documentLayout()->setPaintDevice(&writer);
        doc->setDefaultFont(bodyFont);
        doc->setDocumentMargin(0);
        QTextOption option = doc->defaultTextOption();
        // Long paths and hex strings have no spaces: break them rather than run off the page.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        doc->setDefaultTextOption(option);
        // setPageSize() lays out what the document holds: set it once, before the content.
        doc->setPageSize(layout.bodySize);
        layout.parts.push_back(std::move(doc));
    }
    // Everything but the contents first: the contents list their headings.
    for (int part = 0; part < partCount; ++part) {
        if (cancelled && cancelled())
            return layout; // renderPdf() asks again and stops
        if (part != ReportHtmlBuilder::ContentsPart)
            layOutPart(part, {});
        report(5 + 35 * (part + 1) / partCount);
    }
    // The contents show placeholders first, then the pages of the previous layout, until the
    // pages settle (the contents' own length moves every later part).
    QMap<QString, int> shown;
    constexpr int MaxRounds = 10;
    for (int round = 0; round < MaxRounds; ++round) {
        layOutPart(ReportHtmlBuilder::ContentsPart, shown);
        layout.firstPages.clear();
        layout.anchorPages.clear();
        int page = 1;
        for (int part = 0; part < partCount; ++part) {
            layout.firstPages.append(page);
            const QMap<QString, int> &anchors = partAnchors.at(part);
            for (auto it = anchors.cbegin(); it != anchors.cend(); ++it)
                layout.anchorPages.insert(it.key(), page + it.value() - 1);
            page += layout.parts.at(part)->pageCount();
        }
        layout.pageCount = page - 1;
        if (layout.anchorPages == shown)
            break;
        shown = layout.anchorPages;
    }
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
                        cut.append({tableIndex, r, text.left(40), first.isValid() ? first.firstPosition() : -1});
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
                             const std::function<void(int)> &progress, const CancelCheck &cancelled)
{
    const auto stop = [&] { return cancelled && cancelled(); };
    auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    // Into memory first: the text maps are corrected when the file is complete.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setCreator(u"Dockscope "_s + QStringLiteral(DOCKSCOPE_VERSION));
    writer.setTitle(PdfTr::tr("Docker security report: %1").arg(data.audit.info.name));
    PdfLayout layout = layoutPdf(data, locale, writer, progress, cancelled);
    if (stop())
        return exportCancelledError();
    const QSizeF bodySize = layout.bodySize;
    const qreal headerHeight = layout.headerHeight;
    const qreal width = bodySize.width();
    const QFont smallFont = smallFontFor(reportFont());
    const QFontMetricsF smallMetrics(smallFont, &writer);

    const int pageCount = layout.pageCount;
    const QString host = data.audit.info.name.isEmpty() ? data.endpointLabel : data.audit.info.name;
    const QString date = core::formatDateTime(data.generatedAt, locale);
    const QString title = PdfTr::tr("Dockscope security report");

    QPainter painter;
    if (!painter.begin(&writer))
        return core::Error{core::ErrorCode::IoError, u"cannot paint on the PDF writer"_s};
    *layout.drawCharts = true;
    int i = 0;  // the page, from 0
    for (auto &part : layout.parts) {
        QTextDocument &doc = *part;
        for (int local = 0; local < doc.pageCount(); ++local, ++i) {
            if (stop())
                return exportCancelledError(); // the painter ends with the writer; the buffer is dropped
            if (i > 0 && !writer.newPage())
                return core::Error{core::ErrorCode::IoError, u"cannot start a new PDF page"_s};
            painter.setFont(smallFont);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            const QRectF headerRect(0, 0, width, smallMetrics.height());
            painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignTop, PdfTr::tr("Host %1").arg(host));
            painter.drawText(headerRect, Qt::AlignRight | Qt::AlignTop, date);
            painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 2));
            painter.drawLine(QPointF(0, smallMetrics.height() * 1.4), QPointF(width, smallMetrics.height() * 1.4));

            painter.save();
            painter.translate(0, headerHeight);
            painter.setClipRect(QRectF(QPointF(0, 0), bodySize));
            painter.translate(0, -local * bodySize.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, local * bodySize.height(), bodySize.width(), bodySize.height());
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
                             PdfTr::tr("Page %1 of %2").arg(locale.toString(i + 1), locale.toString(pageCount)));
            report(50 + 45 * (i + 1) / pageCount);
        }
        // Painted: its charts' images and glyph caches are not needed again.
        part.reset();
    }
    if (!painter.end())
        return core::Error{core::ErrorCode::IoError, u"the PDF could not be finished"_s};
    const QByteArray pdf = withIdeographsInTextMaps(buffer.data());
    if (device->write(pdf) != pdf.size())
        return core::Error{core::ErrorCode::IoError, device->errorString()};
    return {};
}

} // namespace dockscope::report
