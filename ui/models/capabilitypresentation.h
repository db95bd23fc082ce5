// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/factpresentationmodel.h"

namespace dockscope::ui {

/// The capability table over core::CapabilityModel: ✔ / · in the set columns, the translated
/// risk class ("dangerous", "default, risky", "added, risky": the shared definition), the
/// translated danger note (also as each row's tooltip), held risky or dangerous capabilities in
/// bold, critical ones red.
class CapabilityPresentation : public FactPresentationModel
{
    Q_OBJECT
public:
    using FactPresentationModel::FactPresentationModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The translated risk class of a capability ("dangerous", "default, risky", …); empty
    /// for one that needs no mention.
    static QString riskText(const QString &capability);

protected:
    QString header(int section) const override;
    std::optional<QString> cellText(const QModelIndex &source) const override;
    std::optional<QString> cellToolTip(const QModelIndex &source) const override;
};

} // namespace dockscope::ui
