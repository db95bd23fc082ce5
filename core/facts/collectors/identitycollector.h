// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"

namespace dockscope::core::collectors {

class ProcessGate;
class StatusFile;

/// Who the process runs as, on the host (the status file's Uid and Gid) and inside the
/// container (through the user namespace's uid_map that collectNamespaces read), and what
/// inspect declares about the user and the file system. Reads no file of its own.
IdentityFacts collectIdentity(const ProcessGate &gate, const ContainerInspect &inspect, const StatusFile &statusFile,
                              const NamespaceFacts &namespaces);

} // namespace dockscope::core::collectors
