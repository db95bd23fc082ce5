// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dockscope::core {

struct CollectContext;

namespace collectors {

class ProcessGate;

/// What collectMounts reads: the process's mountinfo and, with a local socket to compare
/// against, the socket and each bind mount's source (stat() only: matched by device and inode).
QStringList mountPaths(const QString &procDir, const ContainerInspect &inspect, const CollectContext &context);

/// Each mount inspect declares, with what the process's mountinfo enforces (read-only,
/// propagation), whether it exposes the Docker socket and how sensitive its host source is.
QList<MountFact> collectMounts(const ProcessGate &gate, const ContainerInspect &inspect, const CollectContext &context);

} // namespace collectors
} // namespace dockscope::core
