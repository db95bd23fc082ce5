// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/types.h"
#include "core/result.h"

#include <QWidget>

#include <optional>

class QLabel;
class QSplitter;

namespace dockscope::core {
class ChecklistModel;
}

namespace dockscope::ui {

class VerdictChart;

/// The host and daemon: the daemon's facts beside a chart of the checklist's verdicts by
/// section (the checklist itself has a tab of its own, ChecklistPage).
class HostPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostPage(core::ChecklistModel *checklist, QWidget *parent = nullptr);

    void setDaemon(const core::VersionInfo &version, const core::DaemonInfo &info);
    /// The daemon could not be reached: say so (and what to do) instead of "Connecting…".
    void setConnectionFailed(const core::Error &error);
    /// A new attempt started: "Connecting…" again.
    void setConnecting();
    VerdictChart *verdictChart() const { return m_chart; }
    QLabel *factsLabel() const { return m_facts; }
    QSplitter *splitter() const { return m_split; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    core::ChecklistModel *m_model;
    QLabel *m_facts;
    VerdictChart *m_chart;
    QSplitter *m_split;
    std::optional<core::Error> m_failure;
    core::VersionInfo m_version;
    core::DaemonInfo m_info;
    bool m_haveDaemon = false;
};

} // namespace dockscope::ui
