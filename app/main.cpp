// SPDX-License-Identifier: GPL-3.0-or-later
// dockscope: the GUI without a command, the CLI with one (see cli.h).

#include "argscan.h"
#include "cli.h"
#include "exitcode.h"
#include "gui.h"
#include "core/localization.h"
#include "tr.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;
using namespace dockscope::app;

int main(int argc, char *argv[])
{
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments << QString::fromLocal8Bit(argv[i]);
    const ArgScan scan = scanArguments(rawArguments);
    const bool gui = scan.wantsGui() && displayAvailable();
    // `report` draws charts and lays out text (QtGui) but never needs a screen.
    if (scan.command == "report"_L1 && !scan.help && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QCoreApplication::setOrganizationName(u"dockscope"_s);
    QCoreApplication::setApplicationName(u"dockscope"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DOCKSCOPE_VERSION));

    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else if (scan.command == "report"_L1 && !scan.help)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    QLocale locale = dockscope::core::systemLanguage();
    bool badLanguage = false;
    if (!scan.lang.isEmpty()) {
        if (const auto chosen = dockscope::core::parseLanguage(scan.lang))
            locale = *chosen;
        else
            badLanguage = true;
    }
    dockscope::core::installTranslators(locale);

    if (badLanguage) {
        QTextStream(stderr) << Tr::tr("Unknown language \"%1\" (use zh_CN or en).").arg(scan.lang) << u'\n'
                            << Tr::tr("Run 'dockscope --help' for usage.") << Qt::endl;
        return ExitUsage;
    }
    if (gui)
        return runGui(QCoreApplication::arguments());
    if (scan.wantsGui()) {
        QTextStream(stderr) << Tr::tr("No display: the graphical application needs X11 or Wayland "
                                      "(DISPLAY or WAYLAND_DISPLAY). Use a command instead, see "
                                      "'dockscope --help'.")
                            << Qt::endl;
        return ExitUsage;
    }
    Cli cli;
    return cli.run(QCoreApplication::arguments());
}
