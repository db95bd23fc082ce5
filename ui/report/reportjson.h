// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/report/reportwriter.h"

#include <QJsonObject>

namespace dockscope::report {

/// The "dockscope-report/1" document (docs/report-schema.md): the "dockscope-audit/1" document
/// under "audit", the per-container facts under "containers", the memory samples under "memory".
QJsonObject reportToJson(const ReportData &data);

} // namespace dockscope::report
