// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"

#include <QString>
#include <QStringList>

namespace dockscope::core::collectors {

class ProcessGate;

/// What collectMeminfo reads of the process: /proc/meminfo as the container sees it.
QStringList meminfoPaths(const QString &procDir);
/// The host's /proc/meminfo when the host facts lack it (collectMeminfo then reads it).
QStringList hostMeminfoPaths(const HostFacts &host);

/// The meminfo demonstration: the container's /proc/meminfo against the host's, and the
/// cgroup memory limit (from the cgroup collector) that actually bounds it.
MeminfoFacts collectMeminfo(const ProcessGate &gate, const HostFacts &host, const Fact<Limit> &limit);

} // namespace dockscope::core::collectors
