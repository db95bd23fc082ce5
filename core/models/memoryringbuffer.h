// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/factscollector.h"

#include <QList>

namespace dockscope::core {

/// A bounded buffer of memory samples: appending beyond the capacity drops the oldest, so a
/// tab left open for a day costs the same memory as one open for fifteen minutes.
class MemoryRingBuffer
{
public:
    explicit MemoryRingBuffer(int capacity = 1024);

    void append(const MemorySample &sample);
    void clear();
    int size() const { return m_count; }
    int capacity() const { return int(m_data.size()); }
    bool isEmpty() const { return m_count == 0; }

    /// Oldest first.
    QList<MemorySample> samples() const;
    /// Samples not older than `from`, oldest first. Compares instants (milliseconds since the
    /// epoch): `from` may be in local time, UTC or any offset, whatever the samples carry.
    QList<MemorySample> samplesSince(const QDateTime &from) const;
    const MemorySample &at(int i) const;   ///< 0 = oldest
    const MemorySample &last() const;
    /// Highest usage among the buffered samples (0 when empty).
    qint64 maxUsage() const;

private:
    QList<MemorySample> m_data;
    int m_head = 0;     ///< index of the oldest sample
    int m_count = 0;
};

} // namespace dockscope::core
