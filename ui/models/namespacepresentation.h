// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/models/factpresentationmodel.h"

namespace dockscope::ui {

/// The namespace table over core::NamespaceModel: what sharing or isolating each namespace
/// means, "default" for an undeclared mode, and a warning where declaration and kernel disagree.
class NamespacePresentation : public FactPresentationModel
{
    Q_OBJECT
public:
    using FactPresentationModel::FactPresentationModel;

    QString emptyText() const override;

    /// Plain-language meaning of sharing (or isolating) one namespace type with the host.
    static QString namespaceNote(const QString &type, bool shared);

protected:
    QString header(int section) const override;
    std::optional<QString> cellText(const QModelIndex &source) const override;
};

} // namespace dockscope::ui
