// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/facttablemodel.h"

namespace dockscope::core {

/// The container's /proc/meminfo next to the host's and the cgroup limit: the classic proof
/// that the container sees the host's memory, whatever its limit.
class MeminfoModel : public FactTableModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ContainerColumn, HostColumn, ColumnCount };

    explicit MeminfoModel(QObject *parent = nullptr);
    void setFacts(const MeminfoFacts &facts);
};

} // namespace dockscope::core
