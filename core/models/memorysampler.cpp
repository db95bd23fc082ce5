// SPDX-License-Identifier: GPL-3.0-or-later
#include "memorysampler.h"

#include "core/concurrency.h"
#include "core/facts/hostfs.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace dockscope::core {

MemorySampler::MemorySampler(std::shared_ptr<const HostFs> hostFs, const CgroupFacts &cgroup,
                             QObject *parent, int capacity)
    : QObject(parent)
    , m_hostFs(std::move(hostFs))
    , m_cgroup(cgroup)
    , m_buffer(capacity)
{
    m_timer.setInterval(std::chrono::seconds(1));
    connect(&m_timer, &QTimer::timeout, this, &MemorySampler::tick);
    m_fallback = !m_hostFs;
}

MemorySampler::~MemorySampler() = default;

void MemorySampler::setInterval(int msec)
{
    m_timer.setInterval(msec);
}

void MemorySampler::start()
{
    if (m_timer.isActive())
        return;
    m_timer.start();
    QTimer::singleShot(0, this, &MemorySampler::tick);
}

void MemorySampler::stop()
{
    m_timer.stop();
    ++m_generation; // drops a result still in flight
    m_busy = false;
}

bool MemorySampler::isActive() const
{
    return m_timer.isActive();
}

void MemorySampler::addSample(const MemorySample &sample)
{
    Q_ASSERT(QThread::currentThread() == thread());
    if (!m_fallback)
        return;
    m_buffer.append(sample);
    Q_EMIT sampleAdded(sample);
}

MemorySample MemorySampler::fromStats(const StatsSample &stats)
{
    MemorySample s;
    s.time = stats.read.isValid() ? stats.read : QDateTime::currentDateTimeUtc();
    s.usage = stats.memoryUsage;
    // The daemon reports the host's memory as the "limit" of an unlimited container; only a
    // value below the host total is a real limit, and the stream cannot tell us that here, so
    // the caller's declared limit wins where known (MemorySample::limit stays as reported).
    if (stats.memoryLimit > 0)
        s.limit = stats.memoryLimit;
    if (stats.memoryMaxUsage > 0)
        s.peak = stats.memoryMaxUsage;
    s.limitHits = stats.memoryFailcnt.value_or(0);
    s.source = Provenance::Api;
    return s;
}

void MemorySampler::tick()
{
    if (m_fallback || m_busy || !m_hostFs)
        return;
    m_busy = true;
    const quint64 generation = ++m_generation;
    // The worker captures values only (the shared HostFs and a copy of the cgroup facts).
    auto fs = m_hostFs;
    const CgroupFacts cgroup = m_cgroup;
    whenFinished(QtConcurrent::run([fs, cgroup]() { return sampleMemory(*fs, cgroup); }), this,
                 [this, generation](const Result<MemorySample> &result) { deliver(generation, result); });
}

void MemorySampler::deliver(quint64 generation, const Result<MemorySample> &result)
{
    if (generation != m_generation)
        return;
    m_busy = false;
    if (!result) {
        m_fallback = true;
        Q_EMIT cgroupUnreadable(result.error());
        return;
    }
    m_buffer.append(result.value());
    Q_EMIT sampleAdded(result.value());
}

} // namespace dockscope::core
