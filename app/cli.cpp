// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "commands.h"
#include "exitcode.h"
#include "session.h"
#include "tr.h"

#include "core/docker/dockerclient.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace dockscope::app {

namespace {

bool colourWanted()
{
    if (qEnvironmentVariableIsSet("NO_COLOR"))
        return false;
    if (qEnvironmentVariable("TERM") == "dumb"_L1)
        return false;
    return ::isatty(STDOUT_FILENO) == 1;
}

QString highlighterName()
{
#ifdef DOCKSCOPE_KSYNTAXHIGHLIGHTING_VERSION
    return u"KSyntaxHighlighting %1"_s.arg(QStringLiteral(DOCKSCOPE_KSYNTAXHIGHLIGHTING_VERSION));
#else
    return Tr::tr("built-in highlighter");
#endif
}

} // namespace

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.setApplicationDescription(
        Tr::tr("Dockscope shows how Docker isolates, limits and empowers each container, and how "
               "well the Docker daemon itself is protected. Without a command it starts the "
               "graphical application.")
        + u"\n\n"_s
        + Tr::tr("Commands:\n"
                 "  list      List containers with security hints\n"
                 "  inspect   Show one container's namespaces, capabilities, cgroup limits, "
                 "memory view and mounts\n"
                 "  audit     Check the daemon and the containers against the CIS Docker "
                 "Benchmark and Dockscope's own checks\n"
                 "  report    Write the audit and the containers' facts as PDF, HTML or JSON")
        + u"\n\n"_s
        + Tr::tr("Run 'dockscope COMMAND --help' for the options of a command.")
        + u"\n\n"_s
        + Tr::tr("Exit codes: 0 success, 1 a result reached --fail-on, 2 usage error or no such "
                 "container, 3 the daemon is unreachable or permission was denied, 4 other "
                 "failures."));
    addGlobalOptions(parser);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    const QCommandLineOption version({u"v"_s, u"version"_s},
                                     Tr::tr("Show the versions of Dockscope, Qt, its libraries and "
                                            "the Docker API."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(u"command"_s, Tr::tr("list, inspect, audit or report."),
                                 Tr::tr("[command] [options]"));

    CommandContext context;
    context.program = arguments.isEmpty() ? u"dockscope"_s : arguments.constFirst();
    context.out = &out;
    context.err = &err;
    context.colour = colourWanted();

    if (!parser.parse(arguments))
        return usageError(context, parser.errorText());
    readEndpointOptions(parser, context.endpointOptions);
    context.elevate = parser.isSet(u"elevate"_s);

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(help) || (positional.isEmpty() && !parser.isSet(version))) {
        out << parser.helpText();
        return ExitSuccess;
    }
    if (parser.isSet(version))
        return printVersion(arguments);

    context.arguments = positional;
    const QString &command = positional.constFirst();
    if (command == "list"_L1 || command == "ls"_L1 || command == "ps"_L1)
        return runList(context);
    if (command == "inspect"_L1)
        return runInspect(context);
    if (command == "audit"_L1)
        return runAudit(context);
    if (command == "report"_L1)
        return runReport(context);
    context.arguments.clear();
    return usageError(context, Tr::tr("Unknown command \"%1\" (use list, inspect, audit or report).").arg(command));
}

int Cli::printVersion(const QStringList &arguments)
{
    QTextStream out(stdout);
    out << Tr::tr("Dockscope %1").arg(QCoreApplication::applicationVersion()) << u'\n';
    //: %1 runtime Qt version, %2 the version it was built with
    out << Tr::tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) << u'\n';
    out << Tr::tr("HTTP parser: %1").arg(QStringLiteral(DOCKSCOPE_HTTP_PARSER_NAME)) << u'\n';
    out << Tr::tr("Syntax highlighting: %1").arg(highlighterName()) << u'\n';
    out << Tr::tr("Docker Engine API: up to %1 (at least %2)")
               .arg(core::DockerClient::maximumApiVersion(), core::DockerClient::minimumApiVersion())
        << u'\n';
    out.flush();

    // The negotiated version needs the daemon; --version still succeeds without one.
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(parser);
    parser.addOption(QCommandLineOption(QStringList{u"h"_s, u"help"_s}));
    parser.addOption(QCommandLineOption(QStringList{u"v"_s, u"version"_s}));
    core::EndpointOptions options;
    if (parser.parse(arguments))
        readEndpointOptions(parser, options);
    const auto endpoint = core::resolveEndpoint(options, QProcessEnvironment::systemEnvironment());
    if (!endpoint) {
        out << Tr::tr("Docker daemon: no endpoint (%1)").arg(endpoint.error().detail) << Qt::endl;
        return ExitSuccess;
    }
    QString ignored;
    QTextStream quiet(&ignored);
    Session session(endpoint.value(), quiet);
    session.client().setRequestTimeout(std::chrono::seconds(3));
    if (session.connect()) {
        //: %1 daemon version, %2 endpoint URL, %3 negotiated API version
        out << Tr::tr("Docker daemon: %1 at %2, API %3 negotiated")
                   .arg(session.version().version, endpoint->url(), session.client().apiVersion())
            << Qt::endl;
    } else {
        //: %1 endpoint URL
        out << Tr::tr("Docker daemon: not reachable at %1").arg(endpoint->url()) << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace dockscope::app
