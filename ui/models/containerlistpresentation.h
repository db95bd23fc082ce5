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
    /// The badges set in `badges`, most severe first (privileged, docker.sock, +caps, host ns,
    /// no mem limit, root).
    static QList<int> badgesBySeverity(int badges);
    /// Short badge labels, most severe first.
    static QStringList badgeLabels(int badges);
    /// The badge words in English and in the current language, for the list's filter.
    static QString badgeFilterText(int badges);
    /// Every finding, one line each, most severe first.
    static QString badgeToolTip(int badges, const QStringList &addedCaps);
};

} // namespace dockscope::ui
