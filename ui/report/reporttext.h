// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Translated words and sentences shared by the report's HTML, charts and PDF pages
// (translation context "Report"), and the colours of the verdicts.

#include "core/audit/checkresult.h"
#include "core/facts/containerfacts.h"
#include "core/result.h"

#include <QColor>
#include <QLocale>
#include <QString>

namespace dockscope::report {

/// "Pass", "Warn", … translated (context "Report", disambiguation "verdict").
QString statusText(core::CheckStatus status);
QString severityText(core::Severity severity);
/// The colour of a verdict in tables and charts.
QColor statusColor(core::CheckStatus status);
/// Verdicts in the order the summary and the chart show them.
QList<core::CheckStatus> statusOrder();

/// Why a fact is missing, as one translated sentence ("Unavailable: needs root"), with the
/// technical detail appended in parentheses when there is one.
QString unavailableText(const core::Error &why);

/// The title of a checklist section ("1" -> "Host configuration", "DS" -> "Dockscope checks").
QString sectionTitle(const QString &section);

QString cgroupVersionText(core::CgroupVersion version);

/// Sizes with the locale (IEC units, one decimal).
QString sizeText(qint64 bytes, const QLocale &locale);
/// A limit: its size, or "no limit".
QString limitText(const core::Limit &limit, const QLocale &locale);
QString noLimitText();

/// Translates a check text (context "Checks"); empty for nullptr.
QString checkText(const char *source);
/// The check's sentence about this verdict with its arguments filled in.
QString checkMessage(const core::CheckResult &result);

} // namespace dockscope::report
