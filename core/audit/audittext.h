// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditor.h"

#include <QString>

#include <functional>

namespace dockscope::core {

/// Translates a "Checks" source text (the app passes QCoreApplication::translate("Checks", s);
/// core itself never translates).
using CheckTranslator = std::function<QString(const char *sourceText)>;

struct AuditTextOptions
{
    bool colour = false;            ///< ANSI colours (the CLI sets this only on a TTY)
    bool showPassing = true;        ///< include pass results
    bool showEvidence = true;       ///< evidence lines under every non-pass result
};

/// The `dockscope audit --format text` output: results grouped by section ("[1] Host
/// configuration"), one line per result ("[FAIL] 5.4 <title> — <container>"), evidence and
/// remedy below failures and warnings, a summary line at the end. Status words, JSON keys and
/// evidence stay untranslated; titles and section names go through `translate`
/// (an empty function leaves them in English).
QString formatAuditText(const AuditReport &report, const AuditTextOptions &options,
                        const CheckTranslator &translate = {});
/// Shorthand: formatAuditText(report, {colour}, translate).
QString formatAuditText(const AuditReport &report, bool colour, const CheckTranslator &translate = {});

} // namespace dockscope::core
