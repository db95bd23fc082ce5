// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/factscollector.h"

#include <QChartView>

#include <optional>

class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace dockscope::ui {

/// Live memory chart of one container: usage against the limit (a horizontal line, or
/// "no limit" in the title), the peak line, and markers where the limit was hit (failcnt /
/// memory.events max grew) or the OOM killer struck. setSamples() replaces every series once
/// per tick.
class MemoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit MemoryChart(QWidget *parent = nullptr);

    /// samples oldest first; the x axis spans [from, to].
    void setSamples(const QList<core::MemorySample> &samples, const QDateTime &from, const QDateTime &to);
    int pointCount() const;
    bool hasLimit() const { return m_limit.has_value(); }
    int limitHitMarkers() const;
    int oomMarkers() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLineSeries *m_usage;
    QLineSeries *m_limitLine;
    QLineSeries *m_peak;
    QScatterSeries *m_hits;
    QScatterSeries *m_ooms;
    QDateTimeAxis *m_x;
    QValueAxis *m_y;
    std::optional<qint64> m_limit;
    bool m_haveSamples = false;
};

} // namespace dockscope::ui
