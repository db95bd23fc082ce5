// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/factpresentationmodel.h"

namespace dockscope::ui {

/// /proc/meminfo inside the container against the host's, over core::MeminfoModel, with the
/// cgroup's memory limit beneath.
class MeminfoPresentation : public FactPresentationModel
{
    Q_OBJECT
public:
    using FactPresentationModel::FactPresentationModel;

    QString emptyText() const override;

protected:
    QString header(int section) const override;
    QString keyText(const QString &key) const override;
};

} // namespace dockscope::ui
