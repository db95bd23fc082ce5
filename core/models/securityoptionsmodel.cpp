// SPDX-License-Identifier: GPL-3.0-or-later
#include "securityoptionsmodel.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

SecurityOptionsModel::SecurityOptionsModel(QObject *parent)
    : FactTableModel({u"name"_s, u"enforced"_s, u"declared"_s}, parent)
{
}

void SecurityOptionsModel::setFacts(const CapabilityFacts &facts)
{
    QString seccompOpt;
    QString nnpOpt;
    QString lsmOpt;
    for (const QString &opt : facts.securityOpt) {
        if (opt.startsWith("seccomp"_L1))
            seccompOpt = opt;
        else if (opt.startsWith("no-new-privileges"_L1))
            nnpOpt = opt;
        else if (opt.startsWith("apparmor"_L1) || opt.startsWith("label"_L1))
            lsmOpt = opt;
    }
    QList<Row> rows;
    const auto add = [&](const QString &key, Cell declared, Cell enforced, bool highlight) {
        Row row;
        row.key = key;
        row.cells = {Cell::text(key, ValueKind::Key), std::move(enforced), std::move(declared)};
        row.highlight = highlight;
        rows.append(row);
    };
    add(u"no-new-privileges"_s, Cell::text(nnpOpt), factCell(facts.noNewPrivs, ValueKind::Bool),
        facts.noNewPrivs.isKnown() && !*facts.noNewPrivs.value);
    // Seccomp mode: 0 disabled, 1 strict, 2 filter; kept as the number, the ui names it.
    add(u"seccomp"_s, Cell::text(seccompOpt), factCell(facts.seccompMode, ValueKind::Count),
        facts.seccompMode.isKnown() && *facts.seccompMode.value == 0);
    add(u"seccomp-filters"_s, Cell::text(QString()), factCell(facts.seccompFilters, ValueKind::Count), false);
    add(u"lsm"_s, Cell::text(lsmOpt.isEmpty() ? facts.declaredAppArmorProfile : lsmOpt),
        factCell(facts.lsmLabel, ValueKind::Text), false);
    add(u"privileged"_s, Cell{facts.privileged, ValueKind::Bool, {}, false, {}},
        Cell{facts.privileged, ValueKind::Bool, {}, false, {}}, facts.privileged);
    setRows(rows);
}

} // namespace dockscope::core
