// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/capabilities.h"
#include "core/models/facttablemodel.h"

namespace dockscope::core {

/// Every capability of the running kernel (0 … cap_last_cap): its risk class (the shared
/// definition, Capabilities::risk: int(CapabilityRisk)), membership in the five sets, in
/// Docker's default set, added/dropped against it, and the danger note (untranslated source
/// text, context "Facts"). A row is highlighted when the container holds a risky or dangerous
/// capability in its bounding set.
class CapabilityModel : public FactTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RiskColumn, EffectiveColumn, PermittedColumn, BoundingColumn, InheritableColumn,
                  AmbientColumn, DefaultColumn, ChangeColumn, DangerColumn, ColumnCount };

    explicit CapabilityModel(QObject *parent = nullptr);
    void setFacts(const CapabilityFacts &facts);

    /// Names of the held capabilities (bounding set) of a risk class, lowest first; for Risky,
    /// only those in Docker's default set when defaultOnly.
    QStringList held(CapabilityRisk risk, bool defaultOnly = false) const;
};

} // namespace dockscope::core
