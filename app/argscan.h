// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace dockscope::app {

/// What main() must know before the application object exists (which kind to create) and before
/// the parser's texts exist (which language to load). The real parsing is Cli's.
struct ArgScan
{
    QString command;        ///< the first positional argument: list, inspect, audit, report … ("" = GUI)
    QString lang;           ///< the value of --lang, if given
    bool help = false;      ///< -h/--help/-? before or after the command
    bool version = false;   ///< -v/--version

    /// No command and nothing to print: start the GUI.
    bool wantsGui() const { return command.isEmpty() && !help && !version; }
};

ArgScan scanArguments(const QStringList &arguments);

} // namespace dockscope::app
