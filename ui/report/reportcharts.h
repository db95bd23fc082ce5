// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The report's two charts, drawn with QPainter into images (no Qt Charts: the report must work
// headless with QtGui only).

#include "core/audit/checkresult.h"
#include "core/facts/factscollector.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QLocale>
#include <QSize>

namespace dockscope::report {

/// Stacked horizontal bars, one per checklist section: how many checks of each verdict.
/// size is in logical pixels; the image has scale times as many (sharp in a PDF).
QImage verdictChart(const QList<core::CheckResult> &results, QSize size, qreal scale,
                    const QFont &font);

/// Memory usage over time, the cgroup limit as a dashed line and the peak as a dotted one.
QImage memoryChart(const QList<core::MemorySample> &samples, QSize size, qreal scale,
                   const QLocale &locale, const QFont &font);

/// The sections in display order ("1" … "7", then the others alphabetically).
QStringList sectionsInOrder(const QList<core::CheckResult> &results);

} // namespace dockscope::report
