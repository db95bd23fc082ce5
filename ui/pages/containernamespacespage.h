// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/facttablepage.h"

namespace dockscope::core {
class NamespaceModel;
}

namespace dockscope::ui {

/// Each namespace's inode in the container against the host's, and what sharing it means.
class ContainerNamespacesPage : public FactTablePage
{
    Q_OBJECT
public:
    explicit ContainerNamespacesPage(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

protected:
    void showFacts(const core::ContainerFacts &facts) override;
    void retranslateUi() override;

private:
    core::NamespaceModel *m_model;
    QTableView *m_view;
    QLabel *m_note;
};

} // namespace dockscope::ui
