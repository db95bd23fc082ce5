// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/facttablemodel.h"

namespace dockscope::core {

/// What sits beneath the capability table: NoNewPrivs, seccomp, the LSM label and the
/// declared security options, declared against enforced.
class SecurityOptionsModel : public FactTableModel
{
    Q_OBJECT
public:
    /// Enforced first, as in the cgroup table.
    enum Column { NameColumn, EnforcedColumn, DeclaredColumn, ColumnCount };

    explicit SecurityOptionsModel(QObject *parent = nullptr);
    void setFacts(const CapabilityFacts &facts);
};

} // namespace dockscope::core
