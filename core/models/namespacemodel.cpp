// SPDX-License-Identifier: GPL-3.0-or-later
#include "namespacemodel.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

NamespaceModel::NamespaceModel(QObject *parent)
    : FactTableModel({u"type"_s, u"isolation"_s, u"declared"_s, u"container-inode"_s,
                      u"host-inode"_s, u"note"_s},
                     parent)
{
}

void NamespaceModel::setFacts(const NamespaceFacts &facts)
{
    QList<Row> rows;
    for (const NamespaceFact &ns : facts.namespaces) {
        Row row;
        row.key = ns.type;
        row.cells.append(Cell::text(ns.type, ValueKind::Key));
        if (ns.shared) {
            row.cells.append(Cell{*ns.shared, ValueKind::Sharing, {}, false, {}});
        } else {
            // Unknown: say why, from whichever inode is missing.
            const Error why = !ns.inode.isKnown() ? ns.inode.why
                : !ns.hostInode.isKnown()         ? ns.hostInode.why
                                                  : Error{ErrorCode::Unavailable, u"inode unknown"_s};
            row.cells.append(Cell::missing(why));
        }
        Cell declared = Cell::text(ns.declaredMode, ValueKind::Text);
        declared.detail = ns.declaredPeer;
        row.cells.append(declared);
        row.cells.append(factCell(ns.inode, ValueKind::Inode));
        row.cells.append(factCell(ns.hostInode, ValueKind::Inode));
        Cell note = Cell::text(ns.type, ValueKind::Key);
        note.detail = ns.disagrees ? u"disagrees"_s : QString();
        row.cells.append(note);
        row.highlight = ns.shared.value_or(false) || ns.disagrees;
        rows.append(row);
    }
    setRows(rows);
}

} // namespace dockscope::core
