// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/facts/containerfacts.h"

class QTextStream;

namespace dockscope::app {

/// `dockscope inspect --format text`: a readable summary of one container's facts, declared
/// beside enforced, each unavailable fact with its reason.
void printContainerFacts(QTextStream &out, const core::ContainerFacts &facts, const core::HostFacts &host);

/// "needs root (…)", "remote host (…)": why a fact could not be had, translated.
QString unavailableReason(const core::Error &why);

} // namespace dockscope::app
