// SPDX-License-Identifier: GPL-3.0-or-later
#include "argscan.h"

using namespace Qt::StringLiterals;

namespace dockscope::app {

ArgScan scanArguments(const QStringList &arguments)
{
    ArgScan scan;
    // Global options that take a value in the next argument.
    static const QStringList withValue = {u"-H"_s, u"--host"_s, u"--context"_s, u"--lang"_s};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == "--"_L1)
            break;
        if (arg == "--lang"_L1 && i + 1 < arguments.size()) {
            scan.lang = arguments.at(i + 1);
            ++i;
            continue;
        }
        if (arg.startsWith("--lang="_L1)) {
            scan.lang = arg.mid(7);
            continue;
        }
        if (withValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg == "-h"_L1 || arg == "--help"_L1 || arg == "-?"_L1 || arg == "--help-all"_L1) {
            scan.help = true;
            continue;
        }
        if (arg == "-v"_L1 || arg == "--version"_L1) {
            scan.version = true;
            continue;
        }
        if (arg.startsWith(u'-'))
            continue;
        if (scan.command.isEmpty())
            scan.command = arg;
    }
    return scan;
}

} // namespace dockscope::app
