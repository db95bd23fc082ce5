// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"
#include "core/facts/factscollector.h"
#include "core/models/memoryringbuffer.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace dockscope::core {

class HostFs;

/// Samples one container's memory once per interval from its cgroup files, in a worker
/// thread (sampleMemory), into a bounded ring buffer. When the files cannot be read (remote
/// host, unprivileged), it says so with cgroupUnreadable() and the owner feeds samples from
/// the Engine API's stats stream through addSample() instead.
class MemorySampler : public QObject
{
    Q_OBJECT
public:
    /// hostFs may be null (no host access): the sampler then only buffers addSample() input.
    MemorySampler(std::shared_ptr<const HostFs> hostFs, const CgroupFacts &cgroup,
                  QObject *parent = nullptr, int capacity = 1024);
    ~MemorySampler() override;

    void setInterval(int msec);
    void start();
    void stop();
    bool isActive() const;
    /// True once the cgroup files failed and samples come only from addSample().
    bool usesFallback() const { return m_fallback; }

    const MemoryRingBuffer &buffer() const { return m_buffer; }

    /// Try the cgroup files again (after a restart) instead of the fallback.
    void retryFiles() { m_fallback = !m_hostFs; }

    /// A sample from another source (the stats stream); ignored while the files work.
    void addSample(const MemorySample &sample);

    /// Converts a stats stream sample (working set, as `docker stats` shows it).
    static MemorySample fromStats(const StatsSample &stats);

Q_SIGNALS:
    void sampleAdded(const dockscope::core::MemorySample &sample);
    /// The cgroup files cannot be read; switch to the stats stream.
    void cgroupUnreadable(const dockscope::core::Error &error);

private:
    void tick();
    void deliver(quint64 generation, const Result<MemorySample> &result);

    std::shared_ptr<const HostFs> m_hostFs;
    CgroupFacts m_cgroup;
    MemoryRingBuffer m_buffer;
    QTimer m_timer;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_fallback = false;
};

} // namespace dockscope::core

Q_DECLARE_METATYPE(dockscope::core::MemorySample)
