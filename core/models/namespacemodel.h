// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/facttablemodel.h"

namespace dockscope::core {

/// One row per namespace: container inode, host inode, shared or isolated, declared mode.
/// Shared rows are highlighted; the Note column carries the namespace type for the ui to explain.
class NamespaceModel : public FactTableModel
{
    Q_OBJECT
public:
    /// Isolated or shared first (what the table is read for), the inode numbers behind it last.
    enum Column { TypeColumn, IsolationColumn, DeclaredColumn, ContainerInodeColumn, HostInodeColumn,
                  NoteColumn, ColumnCount };

    explicit NamespaceModel(QObject *parent = nullptr);
    void setFacts(const NamespaceFacts &facts);
};

} // namespace dockscope::core
