// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/factpresentationmodel.h"

namespace dockscope::ui {

/// The cgroup table over core::CgroupModel: labelled limits and counters, declared against
/// enforced, the file each value was read from as the tooltip.
class CgroupPresentation : public FactPresentationModel
{
    Q_OBJECT
public:
    using FactPresentationModel::FactPresentationModel;

    QString emptyText() const override;

protected:
    QString header(int section) const override;
    QString keyText(const QString &key) const override;
    std::optional<QString> cellToolTip(const QModelIndex &source) const override;
};

} // namespace dockscope::ui
