// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "commands.h"
#include "exitcode.h"
#include "session.h"
#include "tr.h"

#include "core/docker/endpoint.h"
#include "core/remote/connectionprofile.h"
#include "core/remote/remoteconnection.h"
#include "core/remote/sshcommand.h"
#include "ui/connection/connectionerrortext.h"

#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QMessageBox>
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
    // ssh prompts (a key's passphrase) reach the user through an askpass program: the user's
    // SSH_ASKPASS, else the desktop's. Without one, ssh runs in batch mode and says why it failed.
    if (qEnvironmentVariableIsEmpty("SSH_ASKPASS")) {
        if (const QString askPass = core::SshCommand::desktopAskPass(); !askPass.isEmpty())
            qputenv("SSH_ASKPASS", QFile::encodeName(askPass));
    }
    QCommandLineParser parser;
    addGlobalOptions(parser);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n' << Tr::tr("Run 'dockscope --help' for usage.") << Qt::endl;
        return ExitUsage;
    }
    core::EndpointOptions options;
    readEndpointOptions(parser, options);
    const auto endpoint = core::resolveEndpoint(options, QProcessEnvironment::systemEnvironment());
    if (!endpoint) {
        err << errorMessage(endpoint.error(), core::Endpoint()) << Qt::endl;
        return exitCodeFor(endpoint.error().code);
    }
    if (endpoint->kind == core::Endpoint::Kind::Ssh) {
        // An ssh:// host opens like a saved ssh profile: the remote-connection layer picks the
        // transport (forward or dial-stdio) and reads the host's files over the same ssh.
        std::unique_ptr<ui::MainWindow> window;
        int failed = -1;
        QApplication *app = qApp;
        core::RemoteConnection::open(
            core::ConnectionProfile::forSshUrl(endpoint->url()), QProcessEnvironment::systemEnvironment(), app,
            [&window, &failed, &err](core::Result<std::unique_ptr<core::RemoteConnection>> opened) {
                if (!opened) {
                    err << ui::ConnectionErrorText::withDetail(opened.error()) << Qt::endl;
                    QMessageBox::critical(nullptr, Tr::tr("Dockscope"), ui::ConnectionErrorText::withDetail(opened.error()));
                    failed = exitCodeFor(opened.error().code);
                    QApplication::exit(failed);
                    return;
                }
                window = std::make_unique<ui::MainWindow>(std::move(opened).value());
                window->show();
            });
        const int rc = QApplication::exec();
        return failed >= 0 ? failed : rc;
    }
    ui::MainWindow window(endpoint.value());
    window.show();
    return QApplication::exec();
}

} // namespace dockscope::app
