// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportcharts.h"
#include "reporttext.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace dockscope::report {

using namespace Qt::StringLiterals;
using core::CheckStatus;

namespace {
struct ChartTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QImage makeImage(QSize size, qreal scale)
{
    QImage image(QSize(qRound(size.width() * scale), qRound(size.height() * scale)),
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    return image;
}

/// A "nice" step (1, 2, 5 × 10^n) so that range / step gives about `ticks` intervals.
double niceStep(double range, int ticks)
{
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / magnitude;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return nice * magnitude;
}
} // namespace

QStringList sectionsInOrder(const QList<core::CheckResult> &results)
{
    QStringList sections;
    for (const auto &r : results) {
        if (!sections.contains(r.section))
            sections.append(r.section);
    }
    std::sort(sections.begin(), sections.end(), [](const QString &a, const QString &b) {
        bool okA = false;
        bool okB = false;
        const int na = a.toInt(&okA);
        const int nb = b.toInt(&okB);
        if (okA && okB)
            return na < nb;
        if (okA != okB)
            return okA;     // numbered CIS sections first
        return a < b;
    });
    return sections;
}

QImage verdictChart(const QList<core::CheckResult> &results, QSize size, qreal scale,
                    const QFont &font)
{
    QImage image = makeImage(size, scale);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    QFont f = font;
    f.setPixelSize(11);
    p.setFont(f);
    const QFontMetricsF fm(f);

    const QStringList sections = sectionsInOrder(results);
    QMap<QString, QMap<CheckStatus, int>> counts;
    int maxTotal = 1;
    for (const QString &s : sections) {
        int total = 0;
        for (const auto &r : results) {
            if (r.section == s) {
                ++counts[s][r.status];
                ++total;
            }
        }
        maxTotal = std::max(maxTotal, total);
    }

    const qreal legendHeight = fm.height() + 10;
    const qreal labelWidth = size.width() * 0.42;
    const qreal countWidth = fm.horizontalAdvance(u"0000"_s) + 6;
    const qreal barAreaWidth = size.width() - labelWidth - countWidth - 8;
    const int rows = std::max<int>(1, static_cast<int>(sections.size()));
    const qreal rowHeight = std::min<qreal>(26, (size.height() - legendHeight - 4) / rows);
    const qreal barHeight = rowHeight * 0.64;

    if (sections.isEmpty()) {
        p.setPen(Qt::darkGray);
        p.drawText(QRectF(0, 0, size.width(), size.height() - legendHeight), Qt::AlignCenter,
                   ChartTr::tr("No checks were run."));
    }
    qreal y = 2;
    for (const QString &s : sections) {
        p.setPen(Qt::black);
        const QString label = fm.elidedText(sectionTitle(s), Qt::ElideRight, labelWidth - 6);
        p.drawText(QRectF(0, y, labelWidth - 6, rowHeight), Qt::AlignVCenter | Qt::AlignRight, label);
        qreal x = labelWidth;
        int total = 0;
        for (CheckStatus st : statusOrder()) {
            const int n = counts[s].value(st);
            if (n == 0)
                continue;
            total += n;
            const qreal w = barAreaWidth * n / maxTotal;
            p.fillRect(QRectF(x, y + (rowHeight - barHeight) / 2, w, barHeight), statusColor(st));
            if (w > fm.horizontalAdvance(QString::number(n)) + 4) {
                p.setPen(Qt::white);
                p.drawText(QRectF(x, y, w, rowHeight), Qt::AlignCenter, QString::number(n));
            }
            x += w;
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(x + 4, y, countWidth, rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                   QString::number(total));
        y += rowHeight;
    }

    // Legend
    qreal lx = labelWidth;
    const qreal ly = size.height() - legendHeight + 4;
    for (CheckStatus st : statusOrder()) {
        const QString text = statusText(st);
        const qreal w = 10 + 4 + fm.horizontalAdvance(text) + 12;
        if (lx + w > size.width() && lx > 0)
            lx = 0;
        p.fillRect(QRectF(lx, ly + (fm.height() - 10) / 2, 10, 10), statusColor(st));
        p.setPen(Qt::black);
        p.drawText(QPointF(lx + 14, ly + fm.ascent()), text);
        lx += w;
    }
    return image;
}

QImage memoryChart(const QList<core::MemorySample> &samples, QSize size, qreal scale,
                   const QLocale &locale, const QFont &font)
{
    QImage image = makeImage(size, scale);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(scale, scale);
    QFont f = font;
    f.setPixelSize(10);
    p.setFont(f);
    const QFontMetricsF fm(f);

    if (samples.isEmpty()) {
        p.setPen(Qt::darkGray);
        p.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1));
        p.drawText(QRectF(0, 0, size.width(), size.height()), Qt::AlignCenter,
                   ChartTr::tr("No memory samples were gathered."));
        return image;
    }

    qint64 maxValue = 1;
    std::optional<qint64> limit;
    std::optional<qint64> peak;
    for (const auto &s : samples) {
        maxValue = std::max(maxValue, s.usage);
        if (s.limit)
            limit = *s.limit;
        if (s.peak)
            peak = std::max(peak.value_or(0), *s.peak);
    }
    if (peak)
        maxValue = std::max(maxValue, *peak);
    // A limit far above the usage (or the host's whole memory) would flatten the curve; it is
    // drawn only when it is within 4x of the highest usage, and named in the legend otherwise.
    const bool drawLimit = limit && *limit <= maxValue * 4;
    if (drawLimit)
        maxValue = std::max(maxValue, *limit);

    const double step = niceStep(static_cast<double>(maxValue) * 1.05, 4);
    const double yMax = std::ceil(static_cast<double>(maxValue) * 1.05 / step) * step;

    const qreal legendHeight = fm.height() + 6;
    qreal axisWidth = 0;
    for (double v = 0; v <= yMax + step / 2; v += step)
        axisWidth = std::max(axisWidth, fm.horizontalAdvance(sizeText(qint64(v), locale)));
    const QRectF plot(axisWidth + 8, legendHeight + 4, size.width() - axisWidth - 16,
                      size.height() - legendHeight - fm.height() - 12);

    const QDateTime t0 = samples.first().time;
    const QDateTime t1 = samples.last().time;
    const qint64 spanMs = std::max<qint64>(1, t0.msecsTo(t1));
    auto xOf = [&](const QDateTime &t) {
        return plot.left() + plot.width() * static_cast<double>(t0.msecsTo(t)) / static_cast<double>(spanMs);
    };
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / yMax; };

    // Grid and axes
    p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.6));
    for (double v = 0; v <= yMax + step / 2; v += step) {
        const qreal yy = yOf(v);
        p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy));
        p.save();
        p.setPen(Qt::black);
        p.drawText(QRectF(0, yy - fm.height() / 2, axisWidth + 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, sizeText(qint64(v), locale));
        p.restore();
    }
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    const QString startText = locale.toString(t0.time(), u"HH:mm:ss"_s);
    const QString endText = locale.toString(t1.time(), u"HH:mm:ss"_s);
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width() / 2, fm.height()),
               Qt::AlignLeft | Qt::AlignTop, startText);
    p.drawText(QRectF(plot.center().x(), plot.bottom() + 2, plot.width() / 2, fm.height()),
               Qt::AlignRight | Qt::AlignTop, endText);

    // Limit and peak
    const QColor usageColor(0x15, 0x65, 0xc0);
    const QColor limitColor(0xc6, 0x28, 0x28);
    const QColor peakColor(0xe6, 0x8a, 0x00);
    if (drawLimit) {
        p.setPen(QPen(limitColor, 1.4, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yOf(double(*limit))), QPointF(plot.right(), yOf(double(*limit))));
    }
    if (peak) {
        p.setPen(QPen(peakColor, 1.2, Qt::DotLine));
        p.drawLine(QPointF(plot.left(), yOf(double(*peak))), QPointF(plot.right(), yOf(double(*peak))));
    }

    // Usage
    QPainterPath path;
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const QPointF pt(xOf(samples[i].time), yOf(double(samples[i].usage)));
        if (i == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    p.setPen(QPen(usageColor, 1.6));
    p.setBrush(Qt::NoBrush);
    if (samples.size() == 1)
        p.drawEllipse(path.currentPosition(), 2, 2);
    else
        p.drawPath(path);

    // Legend
    struct Item { QColor color; Qt::PenStyle style; QString text; };
    QList<Item> items{{usageColor, Qt::SolidLine, ChartTr::tr("Usage")}};
    if (limit) {
        items.append({limitColor, Qt::DashLine, drawLimit
                          ? ChartTr::tr("Limit %1").arg(sizeText(*limit, locale))
                          : ChartTr::tr("Limit %1 (off the scale)").arg(sizeText(*limit, locale))});
    } else {
        items.append({limitColor, Qt::NoPen, ChartTr::tr("No memory limit")});
    }
    if (peak)
        items.append({peakColor, Qt::DotLine, ChartTr::tr("Peak %1").arg(sizeText(*peak, locale))});
    qreal lx = plot.left();
    for (const Item &item : items) {
        if (item.style != Qt::NoPen) {
            p.setPen(QPen(item.color, 1.6, item.style));
            p.drawLine(QPointF(lx, legendHeight / 2), QPointF(lx + 18, legendHeight / 2));
        }
        p.setPen(Qt::black);
        p.drawText(QPointF(lx + 22, legendHeight / 2 + fm.ascent() / 2 - 1), item.text);
        lx += 22 + fm.horizontalAdvance(item.text) + 14;
    }
    return image;
}

} // namespace dockscope::report
