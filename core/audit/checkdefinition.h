// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"

#include <span>

namespace dockscope::core {

class CheckContext;
struct ContainerFacts;
struct ImageInspect;

/// What one verdict is about: nothing (host/daemon), a container, or an image.
struct CheckTarget
{
    const ContainerFacts *container = nullptr;
    int index = -1;                         ///< index in AuditInput::containers (tops align)
    const ImageInspect *image = nullptr;
};

/// Fills status, evidence, source (and remedyCode when it depends on the data) of a result
/// that runChecks pre-filled from the definition.
using CheckJudge = void (*)(const CheckContext &context, const CheckTarget &target, CheckResult &result);

/// One row of the check table. Texts are QT_TRANSLATE_NOOP("Checks", …) source texts.
struct CheckDefinition
{
    const char *id;
    const char *section;            ///< "1" … "7", "DS"
    const char *title;
    const char *rationale;
    const char *remedyText;
    CheckScope scope;
    Severity severity;
    bool manual;                    ///< CIS "manual": never Pass (Info or Note at best)
    RemedyKind remedyKind;
    const char *remedyCode;         ///< untranslated: command, run flag or daemon.json snippet
    CheckJudge judge;
    /// Image/container scope, but one result for all (manual notes about images in general).
    bool once = false;
};

/// Every check: CIS Docker Benchmark v1.6.0 sections 1–7 (117) and our DS- checks.
std::span<const CheckDefinition> checkDefinitions();
const CheckDefinition *findCheckDefinition(const QString &id);

/// "Host configuration" … (context "Checks"), for "1" … "7" and "DS".
const char *checkSectionTitle(const QString &section);

} // namespace dockscope::core
