// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/auditor.h"
#include "core/audit/checkcontext.h"
#include "core/audit/checkdefinition.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

CheckResult prefilled(const CheckDefinition &d)
{
    CheckResult r;
    r.id = QString::fromLatin1(d.id);
    r.section = QString::fromLatin1(d.section);
    r.title = d.title;
    r.rationale = d.rationale;
    r.remedyText = d.remedyText;
    r.scope = d.scope;
    r.severity = d.severity;
    r.manual = d.manual;
    r.remedyKind = d.remedyKind;
    r.remedyCode = QString::fromUtf8(d.remedyCode);
    r.status = CheckStatus::Unknown;
    return r;
}

/// The invariants every result keeps, whatever its judge did.
void finish(CheckResult &r)
{
    if (r.manual && r.status == CheckStatus::Pass)
        r.status = CheckStatus::Info;   // a manual check is never a pass
    if (r.status == CheckStatus::Unknown && !r.unknownReason) {
        r.unknownReason = Error{ErrorCode::Unavailable, u"no verdict"_s};
        r.evidence.append(Evidence{u"unknown"_s, u"no verdict"_s});
    }
    if (r.status != CheckStatus::Unknown)
        r.unknownReason.reset();
    if (r.evidence.isEmpty())
        r.evidence.append(Evidence{u"evidence"_s, u"none"_s});
}

} // namespace

QList<CheckResult> runChecksWith(const CheckContext &context)
{
    const AuditInput &input = context.input();
    QList<CheckResult> out;
    for (const CheckDefinition &d : checkDefinitions()) {
        const bool perContainer = d.scope == CheckScope::Container && !d.once;
        const bool perImage = d.scope == CheckScope::Image && !d.once;
        if (perContainer || perImage) {
            const qsizetype n = perContainer ? input.containers.size() : input.images.size();
            if (n == 0) {
                CheckResult r = prefilled(d);
                r.status = CheckStatus::Info;
                r.source = EvidenceSource::Api;
                r.evidence.append(Evidence{perContainer ? u"containers"_s : u"images"_s, u"none in scope"_s});
                finish(r);
                out << r;
                continue;
            }
            for (qsizetype i = 0; i < n; ++i) {
                CheckResult r = prefilled(d);
                CheckTarget t;
                if (perContainer) {
                    t.container = &input.containers.at(i);
                    t.index = int(i);
                    r.containerId = t.container->id;
                    r.containerName = t.container->name;
                } else {
                    t.image = &input.images.at(i);
                    r.containerId = t.image->id;
                    r.containerName = t.image->repoTags.isEmpty() ? t.image->id : t.image->repoTags.first();
                }
                d.judge(context, t, r);
                finish(r);
                out << r;
            }
            continue;
        }
        CheckResult r = prefilled(d);
        d.judge(context, CheckTarget{}, r);
        finish(r);
        out << r;
    }
    return out;
}

QList<CheckResult> runChecks(const AuditInput &input)
{
    const CheckContext context(input);
    return runChecksWith(context);
}

} // namespace dockscope::core
