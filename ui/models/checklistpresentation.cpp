// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpresentation.h"

#include "core/models/checklistmodel.h"
#include "ui/models/plaintooltip.h"
#include "ui/tr.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::CheckStatus;
using core::ChecklistModel;
using core::Severity;

QString ChecklistPresentation::statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return Tr::tr("pass", "verdict");
    case CheckStatus::Warn: return Tr::tr("warn", "verdict");
    case CheckStatus::Fail: return Tr::tr("fail", "verdict");
    case CheckStatus::Info: return Tr::tr("info", "verdict");
    case CheckStatus::Note: return Tr::tr("note", "verdict");
    case CheckStatus::Unknown: return Tr::tr("unknown", "verdict");
    }
    return QString();
}

QString ChecklistPresentation::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info: return Tr::tr("info", "severity");
    case Severity::Low: return Tr::tr("low", "severity");
    case Severity::Medium: return Tr::tr("medium", "severity");
    case Severity::High: return Tr::tr("high", "severity");
    case Severity::Critical: return Tr::tr("critical", "severity");
    }
    return QString();
}

QString ChecklistPresentation::sectionText(const QString &section)
{
    if (section == "1"_L1)
        return Tr::tr("1 Host configuration");
    if (section == "2"_L1)
        return Tr::tr("2 Docker daemon configuration");
    if (section == "3"_L1)
        return Tr::tr("3 Docker daemon configuration files");
    if (section == "4"_L1)
        return Tr::tr("4 Container images and build files");
    if (section == "5"_L1)
        return Tr::tr("5 Container runtime");
    if (section == "6"_L1)
        return Tr::tr("6 Docker security operations");
    if (section == "7"_L1)
        return Tr::tr("7 Docker Swarm configuration");
    if (section == "DS"_L1)
        return Tr::tr("DS Dockscope's own checks");
    return section;
}

QString ChecklistPresentation::summaryText(const core::AuditSummary &shown, int total)
{
    if (total == 0)
        return Tr::tr("The checklist has not run yet.");
    const int visible = shown.pass + shown.warn + shown.fail + shown.info + shown.note + shown.unknown;
    const QLocale locale;
    const auto n = [&locale](int v) { return locale.toString(v); };
    const QString counts = Tr::tr("%1 failed, %2 warnings, %3 unknown, %4 notes, %5 info, %6 passed")
                               .arg(n(shown.fail), n(shown.warn), n(shown.unknown), n(shown.note), n(shown.info),
                                    n(shown.pass));
    if (visible == total)
        return Tr::tr("%n check(s): %1", nullptr, total).arg(counts);
    //: The filter shows some of the checks; %1 is how many, %2 their verdict counts.
    return Tr::tr("%1 of %n check(s) shown: %2", nullptr, total).arg(n(visible), counts);
}

QColor ChecklistPresentation::statusColor(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return QColor(0x2e, 0xa0, 0x43);
    case CheckStatus::Warn: return QColor(0xd9, 0x8c, 0x00);
    case CheckStatus::Fail: return QColor(0xd0, 0x2f, 0x2f);
    case CheckStatus::Info: return QColor(0x3a, 0x7b, 0xd5);
    case CheckStatus::Note: return QColor(0x7b, 0x61, 0xc4);
    case CheckStatus::Unknown: return QColor(0x8a, 0x8a, 0x8a);
    }
    return {};
}

QVariant ChecklistPresentation::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool isSection = QIdentityProxyModel::data(index, ChecklistModel::IsSectionRole).toBool();
    const auto status = CheckStatus(QIdentityProxyModel::data(index, ChecklistModel::StatusRole).toInt());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChecklistModel::TitleColumn: {
            const QString raw = QIdentityProxyModel::data(index, role).toString();
            if (isSection)
                return sectionText(raw);
            return QCoreApplication::translate("Checks", raw.toUtf8().constData());
        }
        case ChecklistModel::StatusColumn:
            return statusText(status);
        case ChecklistModel::SeverityColumn:
            if (isSection)
                return QString();
            return severityText(Severity(QIdentityProxyModel::data(index, ChecklistModel::SeverityRole).toInt()));
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == ChecklistModel::StatusColumn)
            return statusColor(status);
        break;
    case Qt::ForegroundRole:
        if (index.column() == ChecklistModel::StatusColumn && (status == CheckStatus::Fail || status == CheckStatus::Warn))
            return QBrush(statusColor(status));
        break;
    case Qt::FontRole:
        if (isSection) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        // Container names and evidence-based messages: shown as written, never as rich text.
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant ChecklistPresentation::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case ChecklistModel::TitleColumn: return Tr::tr("Check");
        case ChecklistModel::IdColumn: return Tr::tr("ID");
        case ChecklistModel::StatusColumn: return Tr::tr("Verdict");
        case ChecklistModel::SeverityColumn: return Tr::tr("Severity");
        case ChecklistModel::ContainerColumn: return Tr::tr("Container");
        }
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void ChecklistPresentation::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    // Sections and their children: a dataChanged per parent.
    const int sections = rowCount();
    if (sections == 0)
        return;
    Q_EMIT dataChanged(index(0, 0), index(sections - 1, columnCount() - 1));
    for (int i = 0; i < sections; ++i) {
        const QModelIndex parent = index(i, 0);
        const int n = rowCount(parent);
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(n - 1, columnCount() - 1, parent));
    }
}

} // namespace dockscope::ui
