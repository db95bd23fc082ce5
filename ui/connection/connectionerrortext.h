// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace dockscope::ui {

/// Turns a connection error into one translated sentence that names the cause and the fix.
/// SshError is told apart by its cause (core::SshCommand::failureOf); other codes get a
/// connection-specific sentence (TLS, permission on the socket …).
class ConnectionErrorText
{
public:
    static QString sentence(const core::Error &error);
    /// sentence() plus the untranslated detail on a second line, for dialogs and tooltips.
    static QString withDetail(const core::Error &error);
};

} // namespace dockscope::ui
