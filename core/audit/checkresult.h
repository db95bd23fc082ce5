// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockscope::core {

enum class CheckStatus { Pass, Warn, Fail, Info, Note, Unknown };
enum class Severity { Info, Low, Medium, High, Critical };
enum class CheckScope { Host, Daemon, Image, Container };
enum class EvidenceSource { Api, HostFiles, Proc, None };
enum class RemedyKind { None, Command, RunFlag, DaemonJson, Prose };

/// One observed value: a technical key (a path, a JSON key, a file) and what was seen there.
/// Neither part is translated.
struct Evidence
{
    QString key;
    QString value;
};

struct CheckResult
{
    QString id;                     ///< CIS id "5.10" or our own "DS-SOCKET-GROUP"
    QString section;                ///< "1" … "7", or "DS"
    /// Translatable source texts, context "Checks" (QT_TRANSLATE_NOOP in the check table);
    /// translate at display time with QCoreApplication::translate("Checks", …).
    const char *title = nullptr;
    const char *rationale = nullptr;    ///< why it matters
    const char *remedyText = nullptr;   ///< what to do, in words
    /// A sentence about this verdict (context "Checks", %1… filled from messageArgs).
    const char *message = nullptr;
    QStringList messageArgs;
    CheckScope scope = CheckScope::Host;
    QString containerId;
    QString containerName;
    CheckStatus status = CheckStatus::Unknown;
    Severity severity = Severity::Info;
    QList<Evidence> evidence;
    RemedyKind remedyKind = RemedyKind::None;
    QString remedyCode;             ///< a command, a `docker run` flag or a daemon.json snippet
    EvidenceSource source = EvidenceSource::None;
    std::optional<Error> unknownReason; ///< why the status is Unknown
    bool manual = false;            ///< CIS "manual": never Pass
};

struct AuditSummary
{
    int pass = 0;
    int warn = 0;
    int fail = 0;
    int info = 0;
    int note = 0;
    int unknown = 0;
};

AuditSummary summarize(const QList<CheckResult> &results);
QString checkStatusName(CheckStatus status);    ///< "pass", "warn" … (JSON, untranslated)
QString severityName(Severity severity);
QString checkScopeName(CheckScope scope);
QString evidenceSourceName(EvidenceSource source); ///< "api", "host-files", "proc"

} // namespace dockscope::core

Q_DECLARE_METATYPE(dockscope::core::CheckResult)
