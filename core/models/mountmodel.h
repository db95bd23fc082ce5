// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/facttablemodel.h"

namespace dockscope::core {

/// The container's mounts; sensitive host paths (and the daemon's socket) highlighted.
class MountModel : public FactTableModel
{
    Q_OBJECT
public:
    /// Where it appears in the container and whether it is sensitive first; the host source
    /// path, which can be long, last.
    enum Column { DestinationColumn, SensitiveColumn, ModeColumn, TypeColumn, PropagationColumn,
                  SourceColumn, ColumnCount };

    explicit MountModel(QObject *parent = nullptr);
    void setMounts(const QList<MountFact> &mounts);

    /// Stable key of a SensitivePath ("docker-socket", "proc", …; "" for None).
    static QString sensitiveKey(SensitivePath path);
};

} // namespace dockscope::core
