// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reports (PDF, HTML, JSON) over an audit and the per-container facts. QtGui only (QTextDocument,
// QPdfWriter), so `dockscope report` works without a display (offscreen platform).

#include "core/audit/auditor.h"
#include "core/facts/factscollector.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace dockscope::report {

enum class ReportFormat { Pdf, Html, Json };

/// "pdf", "html" (or "htm"), "json", in any case; nullopt for anything else.
std::optional<ReportFormat> reportFormatFromName(const QString &name);
/// The format a file's suffix names (report.html → Html); PDF when it names none.
ReportFormat reportFormatForPath(const QString &path);

struct ReportData
{
    core::AuditReport audit;                                ///< includes host and container facts
    QMap<QString, QList<core::MemorySample>> memory;        ///< container id -> samples so far
    QString endpointLabel;                                  ///< what the user connected to
    QDateTime generatedAt;
};

/// Asked on the writer's thread between the report's steps and the PDF's layout passes and
/// pages; true stops the writer.
using CancelCheck = std::function<bool()>;
/// The error a cancelled export ends with, wherever it stops (waiting, laying out, writing).
core::Error exportCancelledError();

/// Writes atomically (QSaveFile): an existing file is replaced only after a successful write.
/// progress(percent) is called on the caller's thread. Translated with the installed translators.
/// When cancelled() says so, it stops, leaves no file (an existing one untouched) and returns
/// ErrorCode::Cancelled.
core::Result<void> writeReport(const ReportData &data, ReportFormat format, const QString &path,
                               const QLocale &locale, const std::function<void(int)> &progress = {},
                               const CancelCheck &cancelled = {});

} // namespace dockscope::report
