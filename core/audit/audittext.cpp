// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/audittext.h"

#include "core/audit/checkdefinition.h"
#include "core/textsafety.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

QString colourOf(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Pass: return u"\x1b[32m"_s;
    case CheckStatus::Warn: return u"\x1b[33m"_s;
    case CheckStatus::Fail: return u"\x1b[31;1m"_s;
    case CheckStatus::Info: return u"\x1b[36m"_s;
    case CheckStatus::Note: return u"\x1b[34m"_s;
    case CheckStatus::Unknown: break;
    }
    return u"\x1b[35m"_s;
}

} // namespace

QString formatAuditText(const AuditReport &report, bool colour, const CheckTranslator &translate)
{
    AuditTextOptions o;
    o.colour = colour;
    return formatAuditText(report, o, translate);
}

QString formatAuditText(const AuditReport &report, const AuditTextOptions &options, const CheckTranslator &translate)
{
    const auto tr = [&](const char *s) { return translate ? translate(s) : QString::fromUtf8(s ? s : ""); };
    const QString reset = options.colour ? u"\x1b[0m"_s : QString();
    const QString bold = options.colour ? u"\x1b[1m"_s : QString();
    const QString dim = options.colour ? u"\x1b[2m"_s : QString();
    QString out;
    // Everything the daemon, a container or the host files said goes through escapeControls:
    // this text goes to terminals, and only our own colour codes may reach them raw.
    const auto safe = [](const QString &text) { return escapeControls(text); };
    out += bold + u"Dockscope audit of "_s + safe(report.endpoint.url()) + reset + u'\n';
    out += u"Docker %1 (API %2)"_s.arg(safe(report.version.version), safe(report.version.apiVersion));
    if (!report.info.dockerRootDir.isEmpty())
        out += u", data root "_s + safe(report.info.dockerRootDir);
    // Said once here: it changes how many checks below are judged.
    if (report.info.hasSecurityOption(u"rootless"_s))
        out += u", rootless"_s;
    if (report.info.hasSecurityOption(u"userns"_s))
        out += u", user namespaces remapped"_s;
    out += u"\n"_s;

    const QStringList sections{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s, u"7"_s, u"DS"_s};
    for (const QString &section : sections) {
        bool header = false;
        for (const CheckResult &r : report.results) {
            if (r.section != section)
                continue;
            if (!options.showPassing && r.status == CheckStatus::Pass)
                continue;
            if (!header) {
                out += u"\n"_s + bold + u"[%1] %2"_s.arg(section, tr(checkSectionTitle(section))) + reset + u'\n';
                header = true;
            }
            const QString word = u"[%1]"_s.arg(checkStatusName(r.status).toUpper()).leftJustified(9, u' ');
            out += (options.colour ? colourOf(r.status) : QString()) + word + reset + u' ' + r.id + u' ' + tr(r.title);
            if (!r.containerName.isEmpty())
                out += u" — "_s + safe(r.containerName);
            out += u'\n';
            const bool detail = r.status == CheckStatus::Fail || r.status == CheckStatus::Warn
                                || r.status == CheckStatus::Unknown;
            if (options.showEvidence && detail) {
                for (const Evidence &e : r.evidence)
                    out += dim + u"          "_s + safe(e.key) + u": "_s + safe(e.value) + reset + u'\n';
                if (r.status != CheckStatus::Unknown && !r.remedyCode.isEmpty())
                    out += u"          → "_s + safe(r.remedyCode) + u'\n';
            }
        }
    }
    const AuditSummary s = report.summary;
    out += u"\n"_s + bold
           + u"Summary: %1 pass, %2 warn, %3 fail, %4 info, %5 note, %6 unknown"_s.arg(s.pass).arg(s.warn).arg(s.fail)
                 .arg(s.info).arg(s.note).arg(s.unknown)
           + reset + u'\n';
    return out;
}

} // namespace dockscope::core
