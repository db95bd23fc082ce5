// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryringbuffer.h"

#include <algorithm>

namespace dockscope::core {

MemoryRingBuffer::MemoryRingBuffer(int capacity)
{
    m_data.resize(std::max(1, capacity));
}

void MemoryRingBuffer::append(const MemorySample &sample)
{
    const int cap = capacity();
    if (m_count < cap) {
        m_data[(m_head + m_count) % cap] = sample;
        ++m_count;
    } else {
        m_data[m_head] = sample;
        m_head = (m_head + 1) % cap;
    }
}

void MemoryRingBuffer::clear()
{
    m_head = 0;
    m_count = 0;
}

const MemorySample &MemoryRingBuffer::at(int i) const
{
    Q_ASSERT(i >= 0 && i < m_count);
    return m_data.at((m_head + i) % capacity());
}

const MemorySample &MemoryRingBuffer::last() const
{
    return at(m_count - 1);
}

QList<MemorySample> MemoryRingBuffer::samples() const
{
    QList<MemorySample> out;
    out.reserve(m_count);
    for (int i = 0; i < m_count; ++i)
        out.append(at(i));
    return out;
}

QList<MemorySample> MemoryRingBuffer::samplesSince(const QDateTime &from) const
{
    // Instants, not wall-clock times: samples are stamped in UTC (or by the daemon) while a
    // caller may pass local time. Milliseconds since the epoch are one time spec for both, and
    // cheap to compare (no time-zone conversion per sample and per tick).
    const qint64 fromMs = from.toMSecsSinceEpoch();
    QList<MemorySample> out;
    for (int i = 0; i < m_count; ++i) {
        const MemorySample &s = at(i);
        if (s.time.isValid() && s.time.toMSecsSinceEpoch() >= fromMs)
            out.append(s);
    }
    return out;
}

qint64 MemoryRingBuffer::maxUsage() const
{
    qint64 m = 0;
    for (int i = 0; i < m_count; ++i)
        m = std::max(m, at(i).usage);
    return m;
}

} // namespace dockscope::core
