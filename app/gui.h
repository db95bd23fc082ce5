// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dockscope::app {

/// Starts the graphical application (QApplication already exists) on the endpoint that
/// -H/--host, --context, DOCKER_HOST … name. Returns the exit code.
int runGui(const QStringList &arguments);

/// Is there a display to open windows on (X11, Wayland, or a QT_QPA_PLATFORM chosen by hand)?
bool displayAvailable();

} // namespace dockscope::app
