// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;

namespace dockscope::core {
class DockerClient;
class HostFs;
class MemoryRingBuffer;
class MemorySampler;
class StatsStream;
}

namespace dockscope::ui {

class MemoryChart;

/// The live memory chart over a chosen time window: sampled once a second from the container's
/// cgroup files, or from the Engine API's stats stream where those cannot be read.
class ContainerMemoryPage : public QWidget
{
    Q_OBJECT
public:
    /// hostFs may be null (no host access): samples then come from the stats stream only.
    ContainerMemoryPage(core::DockerClient *client, const QString &containerId,
                        std::shared_ptr<const core::HostFs> hostFs, QWidget *parent = nullptr);
    ~ContainerMemoryPage() override;

    /// The cgroup to sample and the declared limit (the stats stream reports the host's memory
    /// as the limit of an unlimited container).
    void setFacts(const core::ContainerFacts &facts);
    void startSampling();
    void stopSampling();
    /// Switches to the stats stream (the owner calls it after cgroupUnreadable()).
    void openStatsStream();

    const core::MemoryRingBuffer *buffer() const;
    bool isSampling() const;
    MemoryChart *chart() const { return m_chart; }

Q_SIGNALS:
    /// The cgroup files cannot be read; the owner decides whether the stats stream may open.
    void cgroupUnreadable();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateChart();

    core::DockerClient *m_client;
    QString m_id;
    std::shared_ptr<const core::HostFs> m_hostFs;
    core::CgroupFacts m_cgroup;
    qint64 m_declaredLimit = 0;
    core::MemorySampler *m_sampler = nullptr;
    QPointer<core::StatsStream> m_stats;

    MemoryChart *m_chart;
    QComboBox *m_window;
    QLabel *m_source;
};

} // namespace dockscope::ui
