// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditor.h"

#include <QStringList>

#include <memory>

namespace dockscope::core {
class DockerClient;
class HostFs;
}

namespace dockscope::test {

/// Runs an AuditRunner over client and fs to its end (waits on finished, no sleeps):
/// names as for AuditRunner::run; Timeout when it does not finish within timeoutMs.
core::Result<core::AuditReport> runAuditToEnd(core::DockerClient *client, std::shared_ptr<const core::HostFs> fs,
                                              const QStringList &names, int timeoutMs = 120000);

} // namespace dockscope::test
