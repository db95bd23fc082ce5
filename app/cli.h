// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace dockscope::app {

/// The command-line front end: global options, --help, --version and the subcommands
/// (list, inspect, audit, report). Runs inside an existing QCoreApplication (QGuiApplication
/// for `report`), whose translators are already installed.
class Cli
{
public:
    /// Returns the process exit code (see exitcode.h).
    int run(const QStringList &arguments);

private:
    int printVersion(const QStringList &arguments);
};

} // namespace dockscope::app
