// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityoptionspresentation.h"

#include "core/models/securityoptionsmodel.h"
#include "ui/tr.h"

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::SecurityOptionsModel;

QString SecurityOptionsPresentation::header(int section) const
{
    switch (section) {
    case SecurityOptionsModel::NameColumn: return Tr::tr("Protection");
    case SecurityOptionsModel::DeclaredColumn: return Tr::tr("Declared");
    case SecurityOptionsModel::EnforcedColumn: return Tr::tr("Enforced (kernel)");
    }
    return QString();
}

std::optional<QString> SecurityOptionsPresentation::cellText(const QModelIndex &source) const
{
    if (source.column() != SecurityOptionsModel::EnforcedColumn)
        return std::nullopt;
    const QVariant value = source.data();
    const QString key = source.data(core::FactTableModel::RowKeyRole).toString();
    if (key == "seccomp"_L1 && value.isValid()) {
        switch (value.toInt()) {
        case 0: return Tr::tr("disabled (0)");
        case 1: return Tr::tr("strict (1)");
        case 2: return Tr::tr("filter (2)");
        }
    }
    if (key == "lsm"_L1 && value.toString() == "none"_L1)
        return Tr::tr("none (no LSM on this host)");
    return std::nullopt;
}

QString SecurityOptionsPresentation::keyText(const QString &key) const
{
    static const KeyLabel labels[] = {
        {"no-new-privileges", QT_TRANSLATE_NOOP("Ui", "No new privileges")},
        {"seccomp", QT_TRANSLATE_NOOP("Ui", "Seccomp mode")},
        {"seccomp-filters", QT_TRANSLATE_NOOP("Ui", "Seccomp filters")},
        {"lsm", QT_TRANSLATE_NOOP("Ui", "AppArmor / SELinux")},
        {"privileged", QT_TRANSLATE_NOOP("Ui", "Privileged")},
    };
    return labelFor(key, labels);
}

} // namespace dockscope::ui
