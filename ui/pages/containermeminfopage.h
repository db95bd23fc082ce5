// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"
#include "ui/pages/facttablepage.h"

class QLabel;

namespace dockscope::core {
class MeminfoModel;
}

namespace dockscope::ui {

/// "Memory view": the /proc/meminfo the container reads against the host's, and why the
/// difference matters (namespaces do not virtualise it).
class ContainerMeminfoPage : public FactTablePage
{
    Q_OBJECT
public:
    explicit ContainerMeminfoPage(QWidget *parent = nullptr);

protected:
    void showFacts(const core::ContainerFacts &facts) override;
    void retranslateUi() override;

private:
    core::MeminfoModel *m_model;
    QLabel *m_note;
    core::MeminfoFacts m_facts;
};

} // namespace dockscope::ui
