// SPDX-License-Identifier: GPL-3.0-or-later
#include "cgroupmodel.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

CgroupModel::CgroupModel(QObject *parent)
    : FactTableModel({u"name"_s, u"enforced"_s, u"declared"_s, u"file"_s}, parent)
{
}

namespace {

using Cell = FactTableModel::Cell;
using Kind = FactTableModel::ValueKind;

/// A declared byte/count value where 0 (or less) means "no limit".
Cell declaredLimit(qint64 v, Kind kind)
{
    return v > 0 ? Cell{v, kind, {}, false, {}} : Cell{{}, kind, {}, true, {}};
}
Cell declaredValue(qint64 v, Kind kind)
{
    return v != 0 ? Cell{v, kind, {}, false, {}} : Cell::text(QString(), Kind::Text);
}
Cell none()
{
    return Cell::text(QString(), Kind::Text); // nothing can be declared for a counter
}

} // namespace

void CgroupModel::setFacts(const ContainerFacts &facts)
{
    const HostConfig &hc = facts.inspect.hostConfig;
    const CgroupFacts &cg = facts.cgroup;
    const MemoryCgroup &m = cg.memory;
    const bool v2 = cg.version == CgroupVersion::V2;
    QList<Row> rows;
    const auto add = [&](const QString &key, Cell declared, Cell enforced, const QString &v1File,
                         const QString &v2File) {
        Row row;
        row.key = key;
        row.cells = {Cell::text(key, Kind::Key), std::move(enforced), std::move(declared),
                     Cell::text(v2 ? v2File : v1File, Kind::Path)};
        rows.append(row);
    };
    add(u"memory.limit"_s, declaredLimit(hc.memory, Kind::Bytes), limitCell(m.limit, Kind::Bytes),
        u"memory.limit_in_bytes"_s, u"memory.max"_s);
    add(u"memory.usage"_s, none(), factCell(m.usage, Kind::Bytes), u"memory.usage_in_bytes"_s, u"memory.current"_s);
    add(u"memory.peak"_s, none(), factCell(m.peak, Kind::Bytes), u"memory.max_usage_in_bytes"_s, u"memory.peak"_s);
    add(u"memory.limit-hits"_s, none(), factCell(m.limitHits, Kind::Count), u"memory.failcnt"_s, u"memory.events max"_s);
    add(u"memory.soft-limit"_s, declaredLimit(hc.memoryReservation, Kind::Bytes), limitCell(m.softLimit, Kind::Bytes),
        u"memory.soft_limit_in_bytes"_s, u"memory.low"_s);
    if (v2) {
        add(u"memory.high"_s, none(), limitCell(m.high, Kind::Bytes), QString(), u"memory.high"_s);
        add(u"memory.low"_s, none(), factCell(m.low, Kind::Bytes), QString(), u"memory.low"_s);
    }
    // MemorySwap: 0 = default (twice the memory limit), -1 = unlimited.
    Cell swapDeclared = hc.memorySwap < 0 ? Cell{{}, Kind::Bytes, {}, true, {}} : declaredValue(hc.memorySwap, Kind::Bytes);
    add(u"memory.swap-limit"_s, swapDeclared, limitCell(m.swapLimit, Kind::Bytes),
        u"memory.memsw.limit_in_bytes"_s, u"memory.swap.max"_s);
    add(u"memory.swap-usage"_s, none(), factCell(m.swapUsage, Kind::Bytes), u"memory.memsw.usage_in_bytes"_s, u"memory.swap.current"_s);
    if (!v2) {
        add(u"memory.kmem-limit"_s, declaredLimit(hc.kernelMemory, Kind::Bytes), limitCell(m.kmemLimit, Kind::Bytes),
            u"memory.kmem.limit_in_bytes"_s, QString());
        add(u"memory.kmem-usage"_s, none(), factCell(m.kmemUsage, Kind::Bytes), u"memory.kmem.usage_in_bytes"_s, QString());
    }
    add(u"memory.oom-kill-disable"_s, Cell{hc.oomKillDisable, Kind::Bool, {}, false, {}}, factCell(m.oomKillDisable, Kind::Bool),
        u"memory.oom_control"_s, QString());
    add(u"memory.under-oom"_s, none(), factCell(m.underOom, Kind::Bool), u"memory.oom_control"_s, QString());
    add(u"memory.oom-kills"_s, none(), factCell(m.oomKills, Kind::Count), u"memory.oom_control oom_kill"_s, u"memory.events oom_kill"_s);
    if (v2)
        add(u"memory.oom-events"_s, none(), factCell(m.oomEvents, Kind::Count), QString(), u"memory.events oom"_s);
    add(u"pids.limit"_s, hc.pidsLimit ? Cell{*hc.pidsLimit, Kind::Count, {}, false, {}} : Cell{{}, Kind::Count, {}, true, {}},
        limitCell(cg.pids.limit, Kind::Count), u"pids.max"_s, u"pids.max"_s);
    add(u"pids.current"_s, none(), factCell(cg.pids.current, Kind::Count), u"pids.current"_s, u"pids.current"_s);
    if (v2)
        add(u"cpu.weight"_s, declaredValue(hc.cpuShares, Kind::Count), factCell(cg.cpu.weight, Kind::Count), QString(), u"cpu.weight"_s);
    else
        add(u"cpu.shares"_s, declaredValue(hc.cpuShares, Kind::Count), factCell(cg.cpu.shares, Kind::Count), u"cpu.shares"_s, QString());
    // --cpus sets NanoCpus, which dockerd turns into a quota over a 100 ms period.
    const qint64 declaredQuota = hc.cpuQuota > 0 ? hc.cpuQuota : (hc.nanoCpus > 0 ? hc.nanoCpus / 10000 : 0);
    add(u"cpu.quota"_s, declaredLimit(declaredQuota, Kind::Microseconds), limitCell(cg.cpu.quota, Kind::Microseconds),
        u"cpu.cfs_quota_us"_s, u"cpu.max"_s);
    add(u"cpu.period"_s, declaredValue(hc.cpuPeriod, Kind::Microseconds), factCell(cg.cpu.period, Kind::Microseconds),
        u"cpu.cfs_period_us"_s, u"cpu.max"_s);
    add(u"cpuset.cpus"_s, Cell::text(hc.cpusetCpus), factCell(cg.cpu.cpusetCpus, Kind::Text),
        u"cpuset.cpus"_s, u"cpuset.cpus.effective"_s);
    add(u"blkio.weight"_s, declaredValue(hc.blkioWeight, Kind::Count), factCell(cg.blkio.weight, Kind::Count),
        u"blkio.weight"_s, u"io.weight"_s);
    Cell throttles = cg.blkio.throttles.isKnown()
        ? Cell::text(cg.blkio.throttles.value->join(u"; "_s))
        : Cell::missing(cg.blkio.throttles.why);
    add(u"blkio.throttle"_s, none(), throttles, u"blkio.throttle.*"_s, u"io.max"_s);
    add(u"cgroup.path"_s, Cell::text(hc.cgroupParent, Kind::Path), factCell(cg.path, Kind::Path), QString(), QString());
    setRows(rows);
}

} // namespace dockscope::core
