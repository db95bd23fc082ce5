// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/factpresentationmodel.h"

namespace dockscope::ui {

/// The mount table over core::MountModel: read-only / read-write, and what a sensitive host
/// path gives the container.
class MountPresentation : public FactPresentationModel
{
    Q_OBJECT
public:
    using FactPresentationModel::FactPresentationModel;

    QString emptyText() const override;

protected:
    QString header(int section) const override;
    std::optional<QString> cellText(const QModelIndex &source) const override;
};

} // namespace dockscope::ui
