// SPDX-License-Identifier: GPL-3.0-or-later
#include "meminfomodel.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

MeminfoModel::MeminfoModel(QObject *parent)
    : FactTableModel({u"key"_s, u"container"_s, u"host"_s}, parent)
{
}

void MeminfoModel::setFacts(const MeminfoFacts &facts)
{
    static const char *const keys[] = {"MemTotal", "MemFree", "MemAvailable", "Buffers", "Cached",
                                       "SwapTotal", "SwapFree"};
    const auto side = [](const Fact<QMap<QString, qint64>> &f, const QString &key) {
        if (!f.isKnown())
            return Cell::missing(f.why);
        const auto it = f.value->constFind(key);
        if (it == f.value->constEnd())
            return Cell::missing(Error{ErrorCode::KernelLacks, key + u" not in /proc/meminfo"_s});
        return Cell{*it, ValueKind::Bytes, {}, false, {}};
    };
    QList<Row> rows;
    // The first row is the cgroup limit: what the container may really use.
    Row limit;
    limit.key = u"cgroup-limit"_s;
    limit.cells = {Cell::text(limit.key, ValueKind::Key), limitCell(facts.limit, ValueKind::Bytes),
                   Cell::text(QString())};
    rows.append(limit);
    for (const char *k : keys) {
        const QString key = QString::fromLatin1(k);
        Row row;
        row.key = key;
        row.cells = {Cell::text(key, ValueKind::Key), side(facts.container, key), side(facts.host, key)};
        // MemTotal equal on both sides is the point of this table.
        row.highlight = key == "MemTotal"_L1 && facts.seesHostMemory.value_or(false);
        rows.append(row);
    }
    setRows(rows);
}

} // namespace dockscope::core
