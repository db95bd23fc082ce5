// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/facttablepage.h"

namespace dockscope::core {
class CgroupModel;
}

namespace dockscope::ui {

/// The container's cgroup limits and counters: what was declared against what the kernel enforces.
class ContainerCgroupsPage : public FactTablePage
{
    Q_OBJECT
public:
    explicit ContainerCgroupsPage(QWidget *parent = nullptr);

protected:
    void showFacts(const core::ContainerFacts &facts) override;

private:
    core::CgroupModel *m_model;
};

} // namespace dockscope::ui
