// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/facttablepage.h"

namespace dockscope::core {
class MountModel;
}

namespace dockscope::ui {

/// The container's mounts, sensitive host paths highlighted.
class ContainerMountsPage : public FactTablePage
{
    Q_OBJECT
public:
    explicit ContainerMountsPage(QWidget *parent = nullptr);

protected:
    void showFacts(const core::ContainerFacts &facts) override;

private:
    core::MountModel *m_model;
};

} // namespace dockscope::ui
