// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/checkresult.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

AuditSummary summarize(const QList<CheckResult> &results)
{
    AuditSummary s;
    for (const CheckResult &r : results) {
        switch (r.status) {
        case CheckStatus::Pass: ++s.pass; break;
        case CheckStatus::Warn: ++s.warn; break;
        case CheckStatus::Fail: ++s.fail; break;
        case CheckStatus::Info: ++s.info; break;
        case CheckStatus::Note: ++s.note; break;
        case CheckStatus::Unknown: ++s.unknown; break;
        }
    }
    return s;
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return u"pass"_s;
    case CheckStatus::Warn: return u"warn"_s;
    case CheckStatus::Fail: return u"fail"_s;
    case CheckStatus::Info: return u"info"_s;
    case CheckStatus::Note: return u"note"_s;
    case CheckStatus::Unknown: break;
    }
    return u"unknown"_s;
}

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info: return u"info"_s;
    case Severity::Low: return u"low"_s;
    case Severity::Medium: return u"medium"_s;
    case Severity::High: return u"high"_s;
    case Severity::Critical: break;
    }
    return u"critical"_s;
}

QString checkScopeName(CheckScope scope)
{
    switch (scope) {
    case CheckScope::Host: return u"host"_s;
    case CheckScope::Daemon: return u"daemon"_s;
    case CheckScope::Image: return u"image"_s;
    case CheckScope::Container: break;
    }
    return u"container"_s;
}

QString evidenceSourceName(EvidenceSource source)
{
    switch (source) {
    case EvidenceSource::Api: return u"api"_s;
    case EvidenceSource::HostFiles: return u"host-files"_s;
    case EvidenceSource::Proc: return u"proc"_s;
    case EvidenceSource::None: break;
    }
    return u"none"_s;
}

} // namespace dockscope::core
