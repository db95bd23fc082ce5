// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/facttablemodel.h"

namespace dockscope::core {

/// Every cgroup limit and counter of the facts layer: what was declared (inspect HostConfig)
/// against what the kernel enforces (the cgroup files). Row keys are technical ("memory.limit").
class CgroupModel : public FactTableModel
{
    Q_OBJECT
public:
    /// What the kernel enforces comes first, then the declaration, then the file it was read
    /// from: the cgroup path (hundreds of pixels) must not push the values off screen.
    enum Column { NameColumn, EnforcedColumn, DeclaredColumn, FileColumn, ColumnCount };

    explicit CgroupModel(QObject *parent = nullptr);
    void setFacts(const ContainerFacts &facts);
};

} // namespace dockscope::core
