// SPDX-License-Identifier: GPL-3.0-or-later
// Every cgroup v1/v2 interface-file parser (core/facts/cgroupparsers.h) on the same bytes:
// memory.limit_in_bytes, memory.max, pids.max, memory.stat, memory.events, cpu.stat, cpu.max,
// io.max, blkio.throttle.*. A container's cgroup files are written by the kernel, but over ssh
// or from a fixture they are just bytes.

#include "fuzzcommon.h"

#include "core/facts/cgroupparsers.h"

using namespace dockscope::core;
using namespace dockscope::fuzz;

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray text = view(bytes, size).toByteArray();
    (void)parseCgroupInteger(text);
    (void)parseCgroupV1Limit(text);
    (void)parseCgroupMaxLimit(text);
    (void)parseCgroupKeyed(text);
    (void)parseCpuMax(text);
    const QStringList lines = parseCgroupLines(text);
    for (const QString &line : lines)
        DOCKSCOPE_FUZZ_CHECK(!line.isEmpty());
    return 0;
}
