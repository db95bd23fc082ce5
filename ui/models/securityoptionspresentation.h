// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/factpresentationmodel.h"

namespace dockscope::ui {

/// The protections beneath the capability table, over core::SecurityOptionsModel: labelled
/// rows, the seccomp mode and "no LSM" in words.
class SecurityOptionsPresentation : public FactPresentationModel
{
    Q_OBJECT
public:
    using FactPresentationModel::FactPresentationModel;

protected:
    QString header(int section) const override;
    std::optional<QString> cellText(const QModelIndex &source) const override;
    QString keyText(const QString &key) const override;
};

} // namespace dockscope::ui
