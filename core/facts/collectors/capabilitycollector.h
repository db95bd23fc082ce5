// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"

#include <QString>
#include <QStringList>

namespace dockscope::core::collectors {

class ProcessGate;
class StatusFile;

/// What collectCapabilities reads besides the status file (StatusFile::paths): the LSM label.
QStringList capabilityPaths(const QString &procDir);

/// The capability sets, no_new_privs, seccomp and LSM label the kernel enforces on the
/// process, against what inspect declares.
CapabilityFacts collectCapabilities(const ProcessGate &gate, const ContainerInspect &inspect, const HostFacts &host,
                                    const StatusFile &statusFile);

} // namespace dockscope::core::collectors
