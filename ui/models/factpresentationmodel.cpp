// SPDX-License-Identifier: GPL-3.0-or-later
#include "factpresentationmodel.h"

#include "core/models/facttablemodel.h"
#include "ui/errortext.h"
#include "core/localization.h"
#include "ui/models/plaintooltip.h"
#include "ui/tr.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::FactTableModel;
using Kind = FactTableModel::ValueKind;

FactPresentationModel::FactPresentationModel(QObject *parent)
    : QIdentityProxyModel(parent)
{
}

std::optional<QString> FactPresentationModel::cellText(const QModelIndex &) const
{
    return std::nullopt;
}

QString FactPresentationModel::emptyText() const
{
    return Tr::tr("Nothing was read for this table.");
}

QString FactPresentationModel::keyText(const QString &key) const
{
    return key;
}

std::optional<QString> FactPresentationModel::cellToolTip(const QModelIndex &) const
{
    return std::nullopt;
}

QString FactPresentationModel::labelFor(const QString &key, std::span<const KeyLabel> labels)
{
    for (const KeyLabel &l : labels) {
        if (key == QLatin1String(l.key))
            return Tr::tr(l.label);
    }
    return key;
}

bool FactPresentationModel::isUnavailable(const QModelIndex &source)
{
    return source.data(FactTableModel::UnavailableRole).isValid();
}

bool FactPresentationModel::isHighlighted(const QModelIndex &source)
{
    return source.data(FactTableModel::HighlightRole).toBool();
}

QString FactPresentationModel::formatCell(const QModelIndex &source) const
{
    const QVariant unavailable = source.data(FactTableModel::UnavailableRole);
    if (unavailable.isValid())
        return unavailableText(unavailable.value<core::Error>()); // translates the errno text itself
    if (const std::optional<QString> special = cellText(source))
        return *special;
    const auto kind = Kind(source.data(FactTableModel::KindRole).toInt());
    if (source.data(FactTableModel::NoLimitRole).toBool())
        return Tr::tr("no limit");
    const QVariant value = source.data(Qt::DisplayRole);
    const QLocale locale;
    switch (kind) {
    case Kind::Bytes:
        if (!value.isValid())
            return u"—"_s;
        return locale.formattedDataSize(value.toLongLong(), 1, QLocale::DataSizeIecFormat);
    case Kind::Count:
        return value.isValid() ? locale.toString(value.toLongLong()) : u"—"_s;
    case Kind::Microseconds:
        return value.isValid() ? Tr::tr("%1 µs").arg(locale.toString(value.toLongLong())) : u"—"_s;
    case Kind::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case Kind::Inode:
        return value.toString();
    case Kind::Sharing:
        return value.toBool() ? Tr::tr("shared with the host") : Tr::tr("isolated");
    case Kind::Change:
        switch (value.toInt()) {
        case 1: return Tr::tr("added");
        case -1: return Tr::tr("dropped");
        default: return QString();
        }
    case Kind::Key:
        return keyText(value.toString());
    case Kind::Text:
    case Kind::Path:
        break;
    }
    const QString text = value.toString();
    return text.isEmpty() ? u"—"_s : text;
}

QString FactPresentationModel::toolTip(const QModelIndex &source) const
{
    const QVariant unavailable = source.data(FactTableModel::UnavailableRole);
    if (unavailable.isValid()) {
        const auto e = unavailable.value<core::Error>();
        return QString(errorText(e.code) + u'\n' + core::translatedDetail(e.detail));
    }
    if (Kind(source.data(FactTableModel::KindRole).toInt()) == Kind::Bytes && source.data().isValid())
        return Tr::tr("%1 bytes").arg(QLocale().toString(source.data().toLongLong()));
    if (const std::optional<QString> special = cellToolTip(source))
        return *special;
    return formatCell(source);
}

QVariant FactPresentationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    switch (role) {
    case Qt::DisplayRole:
        return formatCell(source);
    case Qt::ToolTipRole:
        // Paths, labels and error details come from the container and the daemon.
        return plainToolTip(toolTip(source));
    case Qt::ForegroundRole:
        if (isUnavailable(source))
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::FontRole:
        if (isUnavailable(source)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::BackgroundRole:
        if (isHighlighted(source))
            return QBrush(QColor(255, 160, 0, 60));
        break;
    case Qt::TextAlignmentRole: {
        const auto kind = Kind(source.data(FactTableModel::KindRole).toInt());
        if (kind == Kind::Bytes || kind == Kind::Count || kind == Kind::Microseconds || kind == Kind::Inode)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant FactPresentationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QString h = header(section);
        if (!h.isEmpty())
            return h;
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void FactPresentationModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace dockscope::ui
