// SPDX-License-Identifier: GPL-3.0-or-later
#include "cgrouppresentation.h"

#include "core/models/cgroupmodel.h"
#include "ui/tr.h"

namespace dockscope::ui {

using core::CgroupModel;

QString CgroupPresentation::header(int section) const
{
    switch (section) {
    case CgroupModel::NameColumn: return Tr::tr("Limit or counter");
    case CgroupModel::DeclaredColumn: return Tr::tr("Declared");
    case CgroupModel::EnforcedColumn: return Tr::tr("Enforced (kernel)");
    case CgroupModel::FileColumn: return Tr::tr("File");
    }
    return QString();
}

QString CgroupPresentation::keyText(const QString &key) const
{
    static const KeyLabel labels[] = {
        {"memory.limit", QT_TRANSLATE_NOOP("Ui", "Memory limit")},
        {"memory.usage", QT_TRANSLATE_NOOP("Ui", "Memory usage")},
        {"memory.peak", QT_TRANSLATE_NOOP("Ui", "Peak usage")},
        {"memory.limit-hits", QT_TRANSLATE_NOOP("Ui", "Limit hits (failcnt)")},
        {"memory.soft-limit", QT_TRANSLATE_NOOP("Ui", "Soft limit (reservation)")},
        {"memory.high", QT_TRANSLATE_NOOP("Ui", "Throttling threshold (high)")},
        {"memory.low", QT_TRANSLATE_NOOP("Ui", "Protected memory (low)")},
        {"memory.swap-limit", QT_TRANSLATE_NOOP("Ui", "Swap limit")},
        {"memory.swap-usage", QT_TRANSLATE_NOOP("Ui", "Swap usage")},
        {"memory.kmem-limit", QT_TRANSLATE_NOOP("Ui", "Kernel memory limit")},
        {"memory.kmem-usage", QT_TRANSLATE_NOOP("Ui", "Kernel memory usage")},
        {"memory.oom-kill-disable", QT_TRANSLATE_NOOP("Ui", "OOM killer disabled")},
        {"memory.under-oom", QT_TRANSLATE_NOOP("Ui", "Under OOM now")},
        {"memory.oom-kills", QT_TRANSLATE_NOOP("Ui", "OOM kills")},
        {"memory.oom-events", QT_TRANSLATE_NOOP("Ui", "OOM events")},
        {"pids.limit", QT_TRANSLATE_NOOP("Ui", "Process limit")},
        {"pids.current", QT_TRANSLATE_NOOP("Ui", "Processes")},
        {"cpu.shares", QT_TRANSLATE_NOOP("Ui", "CPU shares")},
        {"cpu.weight", QT_TRANSLATE_NOOP("Ui", "CPU weight")},
        {"cpu.quota", QT_TRANSLATE_NOOP("Ui", "CPU quota per period")},
        {"cpu.period", QT_TRANSLATE_NOOP("Ui", "CPU period")},
        {"cpuset.cpus", QT_TRANSLATE_NOOP("Ui", "Allowed CPUs")},
        {"blkio.weight", QT_TRANSLATE_NOOP("Ui", "Block I/O weight")},
        {"blkio.throttle", QT_TRANSLATE_NOOP("Ui", "Block I/O throttles")},
        {"cgroup.path", QT_TRANSLATE_NOOP("Ui", "Cgroup path")},
    };
    return labelFor(key, labels);
}

std::optional<QString> CgroupPresentation::cellToolTip(const QModelIndex &source) const
{
    const QString detail = source.data(core::FactTableModel::DetailRole).toString();
    if (detail.isEmpty())
        return std::nullopt;
    return detail;
}

QString CgroupPresentation::emptyText() const
{
    return Tr::tr("No cgroup values were read.");
}

} // namespace dockscope::ui
