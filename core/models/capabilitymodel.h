// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/facttablemodel.h"

namespace dockscope::core {

/// Every capability of the running kernel (0 … cap_last_cap): membership in the five sets,
/// in Docker's default set, added/dropped against it, and the danger note (untranslated
/// source text, context "Facts").
class CapabilityModel : public FactTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, EffectiveColumn, PermittedColumn, BoundingColumn, InheritableColumn,
                  AmbientColumn, DefaultColumn, ChangeColumn, DangerColumn, ColumnCount };

    explicit CapabilityModel(QObject *parent = nullptr);
    void setFacts(const CapabilityFacts &facts);
};

} // namespace dockscope::core
