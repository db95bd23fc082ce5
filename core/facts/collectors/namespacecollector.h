// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"

#include <QString>
#include <QStringList>

namespace dockscope::core {

struct CollectContext;

namespace collectors {

class ProcessGate;

/// The namespace types of /proc/<pid>/ns, in the kernel's order.
const QStringList &namespaceTypes();

/// What collectNamespaces reads: the ns directory (its links) and the id maps.
QStringList namespacePaths(const QString &procDir);

/// Each namespace of the process against the host reference's (same inode: shared) and
/// against what inspect declares, and the user namespace's id maps.
NamespaceFacts collectNamespaces(const ProcessGate &gate, const ContainerInspect &inspect, const HostFacts &host,
                                 const CollectContext &context, CgroupVersion version);

} // namespace collectors
} // namespace dockscope::core
