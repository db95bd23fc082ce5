// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/pages/facttablepage.h"

class QTextBrowser;

namespace dockscope::core {
class CapabilityModel;
class SecurityOptionsModel;
}

namespace dockscope::ui {

class CapabilityPresentation;

/// The capability sets against Docker's default, what the selected capability allows (or the
/// dangerous ones the container holds), and the protections beneath (no-new-privileges,
/// seccomp, AppArmor/SELinux, privileged).
class ContainerCapabilitiesPage : public FactTablePage
{
    Q_OBJECT
public:
    explicit ContainerCapabilitiesPage(QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

protected:
    void showFacts(const core::ContainerFacts &facts) override;
    void retranslateUi() override;

private:
    /// The details pane: the selected capability, or the dangerous ones this container holds.
    void updateDetails();

    core::CapabilityModel *m_model;
    core::SecurityOptionsModel *m_securityModel;
    CapabilityPresentation *m_presentation;
    QTableView *m_view;
    QTextBrowser *m_details;
};

} // namespace dockscope::ui
