// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal: the check table is assembled from one table per file.

#include "core/audit/checkdefinition.h"

#include <QString>

namespace dockscope::core {

class CheckContext;

std::span<const CheckDefinition> hostCheckDefinitions();        ///< §1
std::span<const CheckDefinition> daemonCheckDefinitions();      ///< §2
std::span<const CheckDefinition> fileCheckDefinitions();        ///< §3
std::span<const CheckDefinition> imageCheckDefinitions();       ///< §4
std::span<const CheckDefinition> containerCheckDefinitions();   ///< §5
std::span<const CheckDefinition> operationsCheckDefinitions();  ///< §6, §7
std::span<const CheckDefinition> dsCheckDefinitions();          ///< DS-

/// Shared by §1 and §3: the files the daemon actually uses on this host.
QString daemonBinaryPath(const CheckContext &context);
QString systemdUnitPath(const CheckContext &context, const QString &unit);   ///< "" if none
QString containerdSocketPath(const CheckContext &context);
/// First existing of /usr/bin/<name>, /usr/sbin/<name>, /usr/local/bin/<name>, /bin/<name>.
QString binaryPath(const CheckContext &context, const QString &name);

} // namespace dockscope::core
