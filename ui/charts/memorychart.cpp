// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorychart.h"

#include "ui/tr.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

namespace {
constexpr double MiB = 1024.0 * 1024.0;
}

MemoryChart::MemoryChart(QWidget *parent)
    : QChartView(parent)
    , m_usage(new QLineSeries(this))
    , m_limitLine(new QLineSeries(this))
    , m_peak(new QLineSeries(this))
    , m_hits(new QScatterSeries(this))
    , m_ooms(new QScatterSeries(this))
    , m_x(new QDateTimeAxis(this))
    , m_y(new QValueAxis(this))
{
    auto *chart = new QChart;
    setChart(chart); // the view owns the chart
    setRenderHint(QPainter::Antialiasing);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Okabe–Ito colours, told apart by colour-blind readers too, and each series has its own
    // line style or marker shape so that colour is never the only difference.
    QPen usagePen(QColor(0x00, 0x72, 0xb2)); // blue
    usagePen.setWidthF(2.0);
    m_usage->setPen(usagePen);
    QPen limitPen(QColor(0xd5, 0x5e, 0x00)); // vermillion
    limitPen.setStyle(Qt::DashDotLine);
    limitPen.setWidthF(2.0);
    m_limitLine->setPen(limitPen);
    QPen peakPen(QColor(0x00, 0x9e, 0x73)); // bluish green
    peakPen.setStyle(Qt::DashLine);
    peakPen.setWidthF(1.5);
    m_peak->setPen(peakPen);
    m_hits->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_hits->setMarkerSize(11);
    m_hits->setColor(QColor(0xe6, 0x9f, 0x00)); // orange
    m_hits->setBorderColor(Qt::black);
    m_ooms->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_ooms->setMarkerSize(13);
    m_ooms->setColor(QColor(0xcc, 0x79, 0xa7)); // reddish purple
    m_ooms->setBorderColor(Qt::black);
    for (QXYSeries *s : {static_cast<QXYSeries *>(m_usage), static_cast<QXYSeries *>(m_limitLine),
                         static_cast<QXYSeries *>(m_peak), static_cast<QXYSeries *>(m_hits),
                         static_cast<QXYSeries *>(m_ooms)}) {
        chart->addSeries(s);
    }
    m_x->setFormat(u"HH:mm:ss"_s);
    m_x->setTickCount(6);
    m_y->setLabelFormat(u"%.0f"_s);
    m_y->setMin(0);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_x->setRange(now.addSecs(-60), now);
    m_y->setRange(0, 64);
    retranslateUi();
}

void MemoryChart::setSamples(const QList<core::MemorySample> &samples, const QDateTime &from, const QDateTime &to)
{
    QList<QPointF> usage;
    QList<QPointF> peak;
    QList<QPointF> hits;
    QList<QPointF> ooms;
    usage.reserve(samples.size());
    double maxValue = 0;
    std::optional<qint64> limit;
    std::optional<qint64> prevHits;
    std::optional<qint64> prevOoms;
    qint64 peakSoFar = 0;
    for (const core::MemorySample &s : samples) {
        const double x = double(s.time.toMSecsSinceEpoch());
        const double y = double(s.usage) / MiB;
        usage.append({x, y});
        peakSoFar = std::max(peakSoFar, s.peak.value_or(s.usage));
        peak.append({x, double(peakSoFar) / MiB});
        maxValue = std::max(maxValue, double(peakSoFar) / MiB);
        limit = s.limit;
        if (s.limitHits && prevHits && *s.limitHits > *prevHits)
            hits.append({x, y});
        if (s.oomKills && prevOoms && *s.oomKills > *prevOoms)
            ooms.append({x, y});
        if (s.limitHits)
            prevHits = s.limitHits;
        if (s.oomKills)
            prevOoms = s.oomKills;
    }
    m_usage->replace(usage);
    m_peak->replace(peak);
    m_hits->replace(hits);
    m_ooms->replace(ooms);
    const bool limitChanged = limit != m_limit || m_haveSamples != !samples.isEmpty();
    m_limit = limit;
    m_haveSamples = !samples.isEmpty();
    const double fromX = double(from.toMSecsSinceEpoch());
    const double toX = double(to.toMSecsSinceEpoch());
    if (m_limit) {
        const double l = double(*m_limit) / MiB;
        m_limitLine->replace(QList<QPointF>{{fromX, l}, {toX, l}});
        maxValue = std::max(maxValue, l);
    } else {
        m_limitLine->clear();
    }
    m_limitLine->setVisible(m_limit.has_value());
    m_x->setRange(from, to);
    // Round the top up to a tidy number of MiB with 10 % headroom.
    const double top = std::max(8.0, maxValue * 1.1);
    const double step = std::pow(10.0, std::floor(std::log10(top)));
    m_y->setRange(0, std::ceil(top / step * 2.0) * step / 2.0);
    // Ticks at round MiB values (0, 20, 40 …) rather than quarters of the range.
    m_y->applyNiceNumbers();
    if (limitChanged)
        retranslateUi();
}

int MemoryChart::pointCount() const
{
    return int(m_usage->count());
}

int MemoryChart::limitHitMarkers() const
{
    return int(m_hits->count());
}

int MemoryChart::oomMarkers() const
{
    return int(m_ooms->count());
}

void MemoryChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void MemoryChart::retranslateUi()
{
    if (!m_haveSamples)
        chart()->setTitle(Tr::tr("Memory usage — waiting for the first sample"));
    else if (m_limit)
        chart()->setTitle(Tr::tr("Memory usage against the limit of %1")
                              .arg(QLocale().formattedDataSize(*m_limit, 1, QLocale::DataSizeIecFormat)));
    else
        chart()->setTitle(Tr::tr("Memory usage — no limit: the container may use all of the host's memory"));
    m_usage->setName(Tr::tr("Usage"));
    m_limitLine->setName(Tr::tr("Limit"));
    m_peak->setName(Tr::tr("Peak"));
    m_hits->setName(Tr::tr("Limit hit"));
    m_ooms->setName(Tr::tr("OOM kill"));
    m_x->setTitleText(Tr::tr("Time"));
    m_y->setTitleText(Tr::tr("MiB"));
}

} // namespace dockscope::ui
