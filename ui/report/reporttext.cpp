// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporttext.h"

#include "core/audit/checkdefinition.h"
#include "core/localization.h"

#include <QCoreApplication>

namespace dockscope::report {

using namespace Qt::StringLiterals;
using core::CheckStatus;
using core::ErrorCode;
using core::Severity;

namespace {
struct TextTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

QString statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return TextTr::tr("Pass", "verdict");
    case CheckStatus::Warn: return TextTr::tr("Warn", "verdict");
    case CheckStatus::Fail: return TextTr::tr("Fail", "verdict");
    case CheckStatus::Info: return TextTr::tr("Info", "verdict");
    case CheckStatus::Note: return TextTr::tr("Note", "verdict");
    case CheckStatus::Unknown: return TextTr::tr("Unknown", "verdict");
    }
    return {};
}

QString severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info: return TextTr::tr("Info", "severity");
    case Severity::Low: return TextTr::tr("Low", "severity");
    case Severity::Medium: return TextTr::tr("Medium", "severity");
    case Severity::High: return TextTr::tr("High", "severity");
    case Severity::Critical: return TextTr::tr("Critical", "severity");
    }
    return {};
}

QColor statusColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QColor(0x2e, 0x7d, 0x32);
    case CheckStatus::Warn: return QColor(0xe6, 0x8a, 0x00);
    case CheckStatus::Fail: return QColor(0xc6, 0x28, 0x28);
    case CheckStatus::Info: return QColor(0x00, 0x83, 0x8f);
    case CheckStatus::Note: return QColor(0x15, 0x65, 0xc0);
    case CheckStatus::Unknown: return QColor(0x75, 0x75, 0x75);
    }
    return QColor(Qt::black);
}

QList<CheckStatus> statusOrder()
{
    return {CheckStatus::Fail, CheckStatus::Warn, CheckStatus::Unknown, CheckStatus::Note,
            CheckStatus::Info, CheckStatus::Pass};
}

QString unavailableText(const core::Error &why)
{
    QString sentence;
    switch (why.code) {
    case ErrorCode::NeedsRoot: sentence = TextTr::tr("Unavailable: needs root"); break;
    case ErrorCode::PermissionDenied: sentence = TextTr::tr("Unavailable: permission denied"); break;
    case ErrorCode::NotOnThisHost:
        sentence = TextTr::tr("Unavailable: the container runs under another kernel");
        break;
    case ErrorCode::Unavailable: sentence = TextTr::tr("Unavailable: no access to the host's files"); break;
    case ErrorCode::NotRunning: sentence = TextTr::tr("Unavailable: the container is not running"); break;
    case ErrorCode::KernelLacks: sentence = TextTr::tr("Unavailable: this kernel does not provide it"); break;
    case ErrorCode::NotEnforced: sentence = TextTr::tr("Not enforced"); break;
    case ErrorCode::NotFound: sentence = TextTr::tr("Unavailable: not found"); break;
    case ErrorCode::ParseError: sentence = TextTr::tr("Unavailable: the data could not be parsed"); break;
    case ErrorCode::Timeout: sentence = TextTr::tr("Unavailable: timed out"); break;
    case ErrorCode::Cancelled: sentence = TextTr::tr("Unavailable: cancelled"); break;
    default: sentence = TextTr::tr("Unavailable: %1").arg(core::errorCodeName(why.code)); break;
    }
    if (why.detail.isEmpty())
        return sentence;
    //: %1 is a sentence saying why a fact is unavailable, %2 the technical detail (a path, errno text)
    return TextTr::tr("%1 (%2)").arg(sentence, core::translatedDetail(why.detail));
}

QString sectionTitle(const QString &section)
{
    if (const char *title = core::checkSectionTitle(section))
        return section + u" "_s + QCoreApplication::translate("Checks", title);
    //: a checklist section without a known title; %1 is its id
    return TextTr::tr("Section %1").arg(section);
}

QString cgroupVersionText(core::CgroupVersion version)
{
    switch (version) {
    case core::CgroupVersion::V1: return TextTr::tr("cgroup v1");
    case core::CgroupVersion::V2: return TextTr::tr("cgroup v2");
    case core::CgroupVersion::Hybrid: return TextTr::tr("cgroup v1 (hybrid, with a v2 mount)");
    case core::CgroupVersion::Unknown: break;
    }
    return TextTr::tr("Unknown", "cgroup version");
}

QString sizeText(qint64 bytes, const QLocale &locale)
{
    return locale.formattedDataSize(bytes, 1);
}

QString noLimitText()
{
    return TextTr::tr("No limit");
}

QString limitText(const core::Limit &limit, const QLocale &locale)
{
    return limit ? sizeText(*limit, locale) : noLimitText();
}

QString checkText(const char *source)
{
    return source ? QCoreApplication::translate("Checks", source) : QString();
}

QString checkMessage(const core::CheckResult &result)
{
    QString text = checkText(result.message);
    for (const QString &arg : result.messageArgs)
        text = text.arg(arg);
    return text;
}

} // namespace dockscope::report
