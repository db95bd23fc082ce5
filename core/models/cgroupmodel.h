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
    enum Column { NameColumn, DeclaredColumn, EnforcedColumn, FileColumn, ColumnCount };

    explicit CgroupModel(QObject *parent = nullptr);
    void setFacts(const ContainerFacts &facts);
};

} // namespace dockscope::core
