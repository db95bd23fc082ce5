// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIdentityProxyModel>

namespace dockscope::ui {

/// Presentation over core::ContainerListModel: translated headers and states, state colours,
/// badge labels and tooltips, locale-formatted dates.
class ContainerListPresentation : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// After a language switch: headers and every cell change text.
    void retranslate();

    static QString stateText(const QString &state);
    /// Short badge labels, in flag order.
    static QStringList badgeLabels(int badges);
    static QString badgeToolTip(int badges, const QStringList &addedCaps);
};

} // namespace dockscope::ui
