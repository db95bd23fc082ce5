// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "commands.h"
#include "exitcode.h"
#include "session.h"
#include "tr.h"

#include "core/docker/endpoint.h"

#ifdef DOCKSCOPE_HAVE_MAINWINDOW
#include "ui/mainwindow.h"
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace dockscope::app {

bool displayAvailable()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

int runGui(const QStringList &arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    addGlobalOptions(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n' << Tr::tr("Run 'dockscope --help' for usage.") << Qt::endl;
        return ExitUsage;
    }
    const auto endpoint = core::resolveEndpoint({parser.value(u"host"_s), parser.value(u"context"_s)},
                                                QProcessEnvironment::systemEnvironment());
    if (!endpoint) {
        err << errorMessage(endpoint.error(), core::Endpoint()) << Qt::endl;
        return exitCodeFor(endpoint.error().code);
    }
#ifdef DOCKSCOPE_HAVE_MAINWINDOW
    ui::MainWindow window(endpoint.value());
    window.show();
    return QApplication::exec();
#else
    err << Tr::tr("This build has no graphical interface yet; use a command (see dockscope --help).") << Qt::endl;
    return ExitUsage;
#endif
}

} // namespace dockscope::app
