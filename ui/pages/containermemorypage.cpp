// SPDX-License-Identifier: GPL-3.0-or-later
#include "containermemorypage.h"

#include "core/docker/dockerclient.h"
#include "core/docker/statsstream.h"
#include "core/models/memorysampler.h"
#include "ui/charts/memorychart.h"
#include "ui/errortext.h"
#include "ui/tr.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace dockscope::ui {

using namespace Qt::StringLiterals;

ContainerMemoryPage::ContainerMemoryPage(core::DockerClient *client, const QString &containerId,
                                         std::shared_ptr<const core::HostFs> hostFs, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_id(containerId)
    , m_hostFs(std::move(hostFs))
    , m_chart(new MemoryChart(this))
    , m_window(new QComboBox(this))
    , m_source(new QLabel(this))
{
    setObjectName(u"memoryPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_window->setObjectName(u"windowSelector"_s);
    bar->addWidget(m_source, 1);
    bar->addWidget(m_window);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    m_chart->setMinimumHeight(260);
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText); // error details name cgroup paths
    connect(m_window, &QComboBox::currentIndexChanged, this, &ContainerMemoryPage::updateChart);
    retranslateUi();
}

ContainerMemoryPage::~ContainerMemoryPage()
{
    stopSampling();
}

void ContainerMemoryPage::setFacts(const core::ContainerFacts &facts)
{
    m_cgroup = facts.cgroup;
    m_declaredLimit = facts.inspect.hostConfig.memory;
}

const core::MemoryRingBuffer *ContainerMemoryPage::buffer() const
{
    return m_sampler ? &m_sampler->buffer() : nullptr;
}

bool ContainerMemoryPage::isSampling() const
{
    return m_sampler && (m_sampler->isActive() || m_stats);
}

void ContainerMemoryPage::startSampling()
{
    if (!m_sampler) {
        m_sampler = new core::MemorySampler(m_hostFs, m_cgroup, this);
        connect(m_sampler, &core::MemorySampler::sampleAdded, this, &ContainerMemoryPage::updateChart);
        connect(m_sampler, &core::MemorySampler::cgroupUnreadable, this, [this](const core::Error &error) {
            m_source->setText(Tr::tr("The cgroup files cannot be read (%1); samples come from the Engine API's stats stream.")
                                  .arg(unavailableText(error)));
            Q_EMIT cgroupUnreadable();
        });
    } else {
        m_sampler->retryFiles();
    }
    m_sampler->start();
    if (m_sampler->usesFallback())
        openStatsStream();
    retranslateUi();
}

void ContainerMemoryPage::stopSampling()
{
    if (m_sampler)
        m_sampler->stop();
    if (m_stats) {
        m_stats->close();
        m_stats->deleteLater();
        m_stats = nullptr;
    }
}

void ContainerMemoryPage::openStatsStream()
{
    if (m_stats || !m_client)
        return;
    m_stats = m_client->openStatsStream(m_id, this);
    const qint64 declared = m_declaredLimit;
    connect(m_stats, &core::StatsStream::sampleReceived, this, [this, declared](const core::StatsSample &stats) {
        core::MemorySample s = core::MemorySampler::fromStats(stats);
        // The daemon reports the host's memory as the limit of an unlimited container.
        s.limit = declared > 0 ? std::optional<qint64>(declared) : std::nullopt;
        if (m_sampler)
            m_sampler->addSample(s);
    });
    connect(m_stats, &core::StatsStream::finished, this, [this](const core::Error &) {
        if (m_stats)
            m_stats->deleteLater();
        m_stats = nullptr;
    });
}

void ContainerMemoryPage::updateChart()
{
    if (!m_sampler)
        return;
    const int minutes = m_window->currentData().isValid() ? m_window->currentData().toInt() : 1;
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime from = now.addSecs(-60 * minutes);
    m_chart->setSamples(m_sampler->buffer().samplesSince(from), from, now);
}

void ContainerMemoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ContainerMemoryPage::retranslateUi()
{
    const int current = std::max(0, m_window->currentIndex());
    {
        const QSignalBlocker blocker(m_window);
        m_window->clear();
        //: the memory chart's time window
        m_window->addItem(Tr::tr("Last minute"), 1);
        for (int minutes : {5, 15}) {
            //: the memory chart's time window (5 and 15 minutes)
            m_window->addItem(Tr::tr("Last %n minutes", nullptr, minutes), minutes);
        }
        m_window->setCurrentIndex(current);
    }
    if (!m_hostFs) {
        m_source->setText(Tr::tr("No host access: samples come from the Engine API's stats stream, once a second."));
    } else if (!m_sampler || !m_sampler->usesFallback()) {
        m_source->setText(Tr::tr("Sampled once a second from the container's cgroup files."));
    }
}

} // namespace dockscope::ui
