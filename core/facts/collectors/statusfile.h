// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/procparsers.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace dockscope::core::collectors {

class ProcessGate;

/// /proc/<pid>/status, read once per collection: the capabilities and the identity collectors
/// both take fields from it.
class StatusFile
{
public:
    static QStringList paths(const QString &procDir);
    static StatusFile read(const ProcessGate &gate);

    /// The parsed file; nullopt when it could not be read or parsed (problem() says why).
    const std::optional<ProcStatus> &status() const { return m_status; }
    /// Why `field` (a line name or its prefix: "Cap", "Uid") is not known: the file's error,
    /// else the malformed line that names it, else "<field> missing".
    Error problem(const QString &field) const;

private:
    QString m_path;
    std::optional<ProcStatus> m_status;
    Error m_error;
};

} // namespace dockscope::core::collectors
