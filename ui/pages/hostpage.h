// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/types.h"

#include <QWidget>

class QLabel;

namespace dockscope::core {
class ChecklistModel;
}

namespace dockscope::ui {

class ChecklistPage;
class VerdictChart;

/// The host and daemon: the daemon's facts, a chart of the checklist's verdicts by section,
/// and the checklist itself.
class HostPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostPage(core::ChecklistModel *checklist, QWidget *parent = nullptr);

    void setDaemon(const core::VersionInfo &version, const core::DaemonInfo &info);
    ChecklistPage *checklist() const { return m_checklist; }
    VerdictChart *verdictChart() const { return m_chart; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    core::ChecklistModel *m_model;
    QLabel *m_facts;
    VerdictChart *m_chart;
    ChecklistPage *m_checklist;
    core::VersionInfo m_version;
    core::DaemonInfo m_info;
    bool m_haveDaemon = false;
};

} // namespace dockscope::ui
