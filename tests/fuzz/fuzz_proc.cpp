// SPDX-License-Identifier: GPL-3.0-or-later
// Every /proc parser (core/facts/procparsers.h) and the capability helpers (capabilities.h) on
// the same bytes: /proc/<pid>/status, cgroup, uid_map/gid_map, meminfo, mountinfo,
// /proc/sys/kernel/cap_last_cap, namespace link targets. In a container or on a remote host
// these files come from whoever controls that side. The parsers are cheap, so each input goes
// through all of them and coverage guides the fuzzer into whichever format it resembles.

#include "fuzzcommon.h"

#include "core/facts/capabilities.h"
#include "core/facts/procparsers.h"

#include <cstring>
#include <limits>

using namespace dockscope::core;
using namespace dockscope::fuzz;

namespace {

/// a + b, saturated: the harness must not overflow where the parser's ranges are extreme.
qint64 plus(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

} // namespace

DOCKSCOPE_FUZZ_QUIET_INITIALIZE()

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray text = view(bytes, size).toByteArray();

    if (const Result<ProcStatus> status = parseProcStatus(text)) {
        if (status->capabilities) {
            const CapabilitySets &caps = *status->capabilities;
            (void)Capabilities::names(caps.effective);
            (void)Capabilities::names(caps.bounding);
        }
    }

    if (const Result<ProcCgroup> cgroup = parseProcCgroup(text)) {
        (void)cgroup->unifiedPath();
        (void)cgroup->controllerPath(QStringLiteral("memory"));
        (void)cgroup->controllerEntry(QStringLiteral("pids"));
        (void)cgroup->namesContainer(
            QStringLiteral("3f4e5d6c7b8a99887766554433221100ffeeddccbbaa00998877665544332211"));
        for (const CgroupEntry &entry : cgroup->entries) {
            for (const QString &controller : entry.controllers)
                (void)cgroup->controllerPath(controller);
        }
    }

    if (const Result<IdMap> map = parseIdMap(text)) {
        (void)map->isIdentity();
        for (const IdMapRange &range : map->ranges) {
            // The edges of each range, and one past them: where off-by-one and overflow live.
            const qint64 insideEnd = plus(range.inside, range.count);
            const qint64 outsideEnd = plus(range.outside, range.count);
            for (const qint64 id : {range.inside, plus(range.inside, 1), plus(range.inside, -1),
                                    plus(insideEnd, -1), insideEnd}) {
                (void)map->toHost(id);
            }
            for (const qint64 id : {range.outside, plus(outsideEnd, -1), outsideEnd}) {
                (void)map->toInside(id);
            }
        }
        (void)map->toHost(0);
        (void)map->toHost(std::numeric_limits<qint64>::max());
        (void)map->toInside(std::numeric_limits<qint64>::min());
    }

    (void)parseMeminfo(text);

    if (const Result<QList<MountInfoEntry>> mounts = parseMountInfo(text)) {
        for (const MountInfoEntry &m : *mounts) {
            (void)m.readOnly();
            (void)m.propagation();
        }
    }

    if (const Result<int> lastCap = Capabilities::parseLastCap(text)) {
        (void)Capabilities::allMask(*lastCap);
        (void)Capabilities::expectedBounding(false, {}, {}, *lastCap);
        (void)Capabilities::expectedBounding(true, {}, {}, *lastCap);
    }

    // Short inputs are also link targets ("net:[4026531833]") and capability names as they
    // come from a container's CapAdd/CapDrop.
    if (size <= 256) {
        const QString s = QString::fromUtf8(text);
        (void)parseNamespaceLink(s);
        (void)Capabilities::number(s);
        (void)Capabilities::normalise(s);
        (void)Capabilities::info(s);
        const QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList unknown;
        (void)Capabilities::mask(words, &unknown);
        (void)Capabilities::expectedBounding(false, words, words.mid(1), Capabilities::knownLastCap);
        (void)Capabilities::expectedBounding(false, words.mid(1), words, 37);
    }
    if (size >= 8) {
        quint64 mask = 0;
        std::memcpy(&mask, bytes, sizeof mask);
        (void)Capabilities::names(mask);
        (void)Capabilities::info(int(bytes[0]) - 64);
        (void)Capabilities::name(int(bytes[1]) - 64);
    }
    return 0;
}
