// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Parsers for cgroup v1 and v2 interface files (Documentation/admin-guide/cgroup-v1/memory.rst,
// cgroup-v2.rst). Pure functions on the file's bytes.

#include "core/facts/containerfacts.h"
#include "core/result.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dockscope::core {

/// Values at or above this are v1's "unlimited": LONG_MAX rounded down to the page size
/// (9223372036854771712 with 4 KiB pages, …750080 with 64 KiB pages).
inline constexpr qint64 s_cgroupV1UnlimitedThreshold = qint64(1) << 62;

/// A single decimal integer ("33554432\n"). Negative values allowed (cfs_quota_us -1).
Result<qint64> parseCgroupInteger(const QByteArray &text);

/// A v1 byte limit: page-rounded LONG_MAX (anything >= 2^62) and -1 mean no limit.
Result<Limit> parseCgroupV1Limit(const QByteArray &text);

/// A v2 limit (memory.max, pids.max, memory.swap.max, memory.high) and v1 pids.max:
/// "max" means no limit.
Result<Limit> parseCgroupMaxLimit(const QByteArray &text);

/// "key value" lines: memory.stat, memory.events, memory.oom_control, cpu.stat, io.weight.
/// Fails on a line that is not "key integer".
Result<QMap<QString, qint64>> parseCgroupKeyed(const QByteArray &text);

/// v2 cpu.max: "max 100000" or "50000 100000" -> quota (nullopt = none) and period.
struct CpuMax
{
    Limit quota;
    qint64 period = 0;
};
Result<CpuMax> parseCpuMax(const QByteArray &text);

/// Non-empty lines, trimmed (blkio.throttle.*_device, io.max).
QStringList parseCgroupLines(const QByteArray &text);

} // namespace dockscope::core
