// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitypresentation.h"

#include "core/facts/capabilities.h"
#include "core/models/capabilitymodel.h"
#include "ui/tr.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::CapabilityModel;

namespace {

/// Effective … Docker default: one flag each.
bool isSetColumn(int column)
{
    return column >= CapabilityModel::EffectiveColumn && column <= CapabilityModel::DefaultColumn;
}

QString dangerNote(const QModelIndex &source)
{
    const QString note = source.siblingAtColumn(CapabilityModel::DangerColumn).data().toString();
    return note.isEmpty() ? QString() : QCoreApplication::translate("Facts", note.toUtf8().constData());
}

} // namespace

QString CapabilityPresentation::riskText(const QString &capability)
{
    const char *label = core::Capabilities::riskLabel(core::Capabilities::number(capability));
    return label ? QCoreApplication::translate("Facts", label) : QString();
}

QString CapabilityPresentation::header(int section) const
{
    switch (section) {
    case CapabilityModel::NameColumn: return Tr::tr("Capability");
    case CapabilityModel::RiskColumn: return Tr::tr("Risk");
    case CapabilityModel::EffectiveColumn: return Tr::tr("Effective");
    case CapabilityModel::PermittedColumn: return Tr::tr("Permitted");
    case CapabilityModel::BoundingColumn: return Tr::tr("Bounding");
    case CapabilityModel::InheritableColumn: return Tr::tr("Inheritable");
    case CapabilityModel::AmbientColumn: return Tr::tr("Ambient");
    case CapabilityModel::DefaultColumn: return Tr::tr("Docker default");
    case CapabilityModel::ChangeColumn: return Tr::tr("Added / dropped");
    case CapabilityModel::DangerColumn: return Tr::tr("Why it matters");
    }
    return QString();
}

std::optional<QString> CapabilityPresentation::cellText(const QModelIndex &source) const
{
    if (source.column() == CapabilityModel::DangerColumn)
        return dangerNote(source);
    if (source.column() == CapabilityModel::RiskColumn)
        return riskText(source.data(core::FactTableModel::RowKeyRole).toString());
    if (isSetColumn(source.column()))
        return source.data().toBool() ? u"✔"_s : u"·"_s;
    return std::nullopt;
}

std::optional<QString> CapabilityPresentation::cellToolTip(const QModelIndex &source) const
{
    const QString note = dangerNote(source);
    if (note.isEmpty())
        return std::nullopt;
    return QString(source.data(core::FactTableModel::RowKeyRole).toString() + u": "_s + note);
}

QVariant CapabilityPresentation::data(const QModelIndex &index, int role) const
{
    if (index.isValid()) {
        const QModelIndex source = mapToSource(index);
        switch (role) {
        case Qt::FontRole:
            if (index.column() == CapabilityModel::NameColumn && isHighlighted(source) && !isUnavailable(source)) {
                QFont f;
                f.setBold(true);
                return f;
            }
            break;
        case Qt::BackgroundRole:
            if (isHighlighted(source)
                && source.data(core::FactTableModel::DangerRole).toInt() >= int(core::CapabilityDanger::Critical))
                return QBrush(QColor(220, 50, 47, 70));
            break;
        case Qt::TextAlignmentRole:
            if (isSetColumn(index.column()))
                return QVariant(Qt::AlignCenter);
            break;
        default:
            break;
        }
    }
    return FactPresentationModel::data(index, role);
}

} // namespace dockscope::ui
