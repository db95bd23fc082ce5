// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitymodel.h"

#include "core/facts/capabilities.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

CapabilityModel::CapabilityModel(QObject *parent)
    : FactTableModel({u"name"_s, u"risk"_s, u"effective"_s, u"permitted"_s, u"bounding"_s, u"inheritable"_s,
                      u"ambient"_s, u"default"_s, u"change"_s, u"danger"_s},
                     parent)
{
}

void CapabilityModel::setFacts(const CapabilityFacts &facts)
{
    const int last = facts.lastCap >= 0 ? facts.lastCap : Capabilities::knownLastCap;
    const bool known = facts.sets.isKnown();
    const CapabilitySets sets = facts.sets.value.value_or(CapabilitySets{});
    // Without /proc, judge added/dropped from the declaration (the bounding set it implies).
    const quint64 bounding = known ? sets.bounding : facts.expectedBounding;
    QList<Row> rows;
    for (int n = 0; n <= last; ++n) {
        const quint64 bit = quint64(1) << n;
        const CapabilityInfo info = Capabilities::info(n);
        Row row;
        row.key = Capabilities::name(n);
        row.cells.append(Cell::text(row.key, ValueKind::Key));
        const CapabilityRisk risk = Capabilities::risk(n);
        row.cells.append(Cell{int(risk), ValueKind::Text, {}, false, {}});
        const auto setCell = [&](quint64 mask) {
            return known ? Cell{bool(mask & bit), ValueKind::Bool, {}, false, {}} : Cell::missing(facts.sets.why);
        };
        row.cells.append(setCell(sets.effective));
        row.cells.append(setCell(sets.permitted));
        row.cells.append(setCell(sets.bounding));
        row.cells.append(setCell(sets.inheritable));
        row.cells.append(setCell(sets.ambient));
        const bool inDefault = Capabilities::dockerDefault & bit;
        row.cells.append(Cell{inDefault, ValueKind::Bool, {}, false, {}});
        const bool inBounding = bounding & bit;
        const int change = inBounding && !inDefault ? 1 : (!inBounding && inDefault ? -1 : 0);
        Cell changeCell{change, ValueKind::Change, {}, false, known ? u"proc"_s : u"declared"_s};
        row.cells.append(changeCell);
        row.cells.append(Cell{info.note ? QString::fromUtf8(info.note) : QString(), ValueKind::Text, {}, false, {}});
        row.danger = int(info.danger);
        // Risky and dangerous capabilities stand out when the container actually holds them.
        row.highlight = risk != CapabilityRisk::None && inBounding;
        rows.append(row);
    }
    setRows(rows);
}

QStringList CapabilityModel::held(CapabilityRisk risk, bool defaultOnly) const
{
    QStringList out;
    for (int r = 0; r < rowCount(); ++r) {
        const Row &row = rowAt(r);
        const int n = Capabilities::number(row.key);
        if (row.highlight && Capabilities::risk(n) == risk && (!defaultOnly || Capabilities::isDefault(n)))
            out.append(row.key);
    }
    return out;
}

} // namespace dockscope::core
