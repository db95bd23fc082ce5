// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace dockscope::ui {

/// One translated sentence saying what went wrong.
QString errorText(core::ErrorCode code);
/// One translated sentence saying what to do about it (may be empty).
QString errorFix(core::ErrorCode code);
/// The technical detail of a connection error for its "Details" pane: what the raw Qt or
/// system message means and what to do, then the raw text (it names the path).
QString detailText(const core::Error &error);
/// "unavailable: needs root — /proc/42/ns/net: Permission denied": for table cells whose
/// value could not be had. Never blank.
QString unavailableText(const core::Error &error);
/// Short reason only ("needs root"), for narrow cells; the full text goes to the tooltip.
QString unavailableReason(core::ErrorCode code);

} // namespace dockscope::ui
