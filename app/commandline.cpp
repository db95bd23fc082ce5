// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "exitcode.h"
#include "core/localization.h"
#include "session.h"
#include "tr.h"

#include "core/textsafety.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

using namespace Qt::StringLiterals;

namespace dockscope::app {

void addGlobalOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({u"H"_s, u"host"_s},
                                        Tr::tr("Docker daemon to connect to (unix:///path, "
                                               "tcp://host:port, ssh://user@host)."),
                                        Tr::tr("URL")));
    parser.addOption(QCommandLineOption(u"context"_s,
                                        Tr::tr("Docker context to use (see `docker context ls`)."),
                                        Tr::tr("NAME")));
    // The docker CLI's TLS flags, with its meaning: --tlsverify (or an https:// address)
    // verifies the daemon; --tls alone is TLS without verification.
    parser.addOption(QCommandLineOption(
        u"tls"_s,
        Tr::tr("Use TLS with a tcp:// daemon without verifying its certificate (anyone on the "
               "network path could pose as the daemon); implied by --tlsverify. Also: DOCKER_TLS.")));
    parser.addOption(QCommandLineOption(
        u"tlsverify"_s,
        Tr::tr("Use TLS and verify the daemon's certificate against --tlscacert, else ca.pem in "
               "DOCKER_CERT_PATH, else the system's CAs. An https:// address is always verified. "
               "Also: DOCKER_TLS_VERIFY.")));
    parser.addOption(QCommandLineOption(
        u"tlscacert"_s,
        Tr::tr("Trust only daemon certificates signed by this CA (default: ca.pem in "
               "DOCKER_CERT_PATH or ~/.docker)."),
        Tr::tr("FILE")));
    parser.addOption(QCommandLineOption(
        u"tlscert"_s,
        Tr::tr("Client certificate, optionally followed by its intermediate CAs (default: cert.pem "
               "in DOCKER_CERT_PATH or ~/.docker)."),
        Tr::tr("FILE")));
    parser.addOption(QCommandLineOption(
        u"tlskey"_s,
        Tr::tr("Client certificate's key (default: key.pem in DOCKER_CERT_PATH or ~/.docker)."),
        Tr::tr("FILE")));
    parser.addOption(QCommandLineOption(
        u"elevate"_s,
        Tr::tr("Also read the host facts your user may not (other users' namespaces, a container's "
               "/proc/meminfo) through the read-only helper dockscope-hostfacts, which polkit "
               "authorises: pkexec asks for a password once, on this terminal or the desktop's "
               "agent. Only for a daemon on this machine; without authorisation, what your user can "
               "read is shown.")));
    parser.addOption(QCommandLineOption(u"lang"_s,
                                        Tr::tr("Language of the output: zh_CN or en (default: "
                                               "from LC_ALL, LC_MESSAGES or LANG)."),
                                        Tr::tr("LANG")));
}

void readEndpointOptions(const QCommandLineParser &parser, core::EndpointOptions &options)
{
    if (parser.isSet(u"host"_s))
        options.host = parser.value(u"host"_s);
    if (parser.isSet(u"context"_s))
        options.context = parser.value(u"context"_s);
    if (parser.isSet(u"tls"_s))
        options.tls = true;
    if (parser.isSet(u"tlsverify"_s))
        options.tlsVerify = true;
    if (parser.isSet(u"tlscacert"_s))
        options.tlsCaCert = parser.value(u"tlscacert"_s);
    if (parser.isSet(u"tlscert"_s))
        options.tlsCert = parser.value(u"tlscert"_s);
    if (parser.isSet(u"tlskey"_s))
        options.tlsKey = parser.value(u"tlskey"_s);
}

int usageError(CommandContext &context, const QString &message)
{
    const QString command = context.arguments.isEmpty() ? QString() : context.arguments.constFirst();
    *context.err << message << u'\n';
    if (command.isEmpty())
        *context.err << Tr::tr("Run 'dockscope --help' for usage.") << Qt::endl;
    else
        *context.err << Tr::tr("Run 'dockscope %1 --help' for usage.").arg(command) << Qt::endl;
    return ExitUsage;
}

std::optional<int> parseCommand(QCommandLineParser &parser, CommandContext &context)
{
    addGlobalOptions(parser);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Tr::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{context.program} + context.arguments))
        return usageError(context, parser.errorText());
    if (parser.isSet(help)) {
        *context.out << parser.helpText();
        context.out->flush();
        return ExitSuccess;
    }
    if (parser.isSet(u"lang"_s) && !core::parseLanguage(parser.value(u"lang"_s)))
        return usageError(context, Tr::tr("Unknown language \"%1\" (use zh_CN or en).").arg(parser.value(u"lang"_s)));
    readEndpointOptions(parser, context.endpointOptions);
    if (parser.isSet(u"elevate"_s))
        context.elevate = true;
    return std::nullopt;
}

std::optional<FailOn> parseFailOn(const QString &value)
{
    if (value == "warn"_L1)
        return FailOn::Warn;
    if (value == "fail"_L1)
        return FailOn::Fail;
    if (value == "never"_L1)
        return FailOn::Never;
    return std::nullopt;
}

int auditExitCode(const core::AuditSummary &summary, FailOn failOn)
{
    switch (failOn) {
    case FailOn::Warn:
        return summary.fail + summary.warn > 0 ? ExitThresholdReached : ExitSuccess;
    case FailOn::Fail:
        return summary.fail > 0 ? ExitThresholdReached : ExitSuccess;
    case FailOn::Never:
        break;
    }
    return ExitSuccess;
}

QStringList containerNames(const QStringList &values)
{
    QStringList names;
    for (const QString &value : values) {
        for (const QString &name : value.split(u',', Qt::SkipEmptyParts))
            names << name.trimmed();
    }
    names.removeDuplicates();
    return names;
}

QCommandLineOption containerOption(const QString &containerHelp)
{
    return QCommandLineOption({u"c"_s, u"container"_s}, containerHelp, Tr::tr("NAME"));
}

QCommandLineOption failOnOption()
{
    return QCommandLineOption(u"fail-on"_s,
                              Tr::tr("Exit with 1 when a result is at least this bad: warn, "
                                     "fail or never (default: fail)."),
                              Tr::tr("STATUS"), u"fail"_s);
}

std::optional<FailOn> failOnValue(const QCommandLineParser &parser, const QCommandLineOption &failOn,
                                  CommandContext &context)
{
    const auto threshold = parseFailOn(parser.value(failOn));
    if (!threshold)
        usageError(context, Tr::tr("Unknown --fail-on value \"%1\" (use warn, fail or never).").arg(parser.value(failOn)));
    return threshold;
}

std::optional<core::AuditReport> auditForCommand(Session &session, const QStringList &containerValues,
                                                 CommandContext &context, int *exitCode)
{
    core::Result<core::AuditReport> report = session.audit(containerNames(containerValues));
    if (report)
        return std::move(report).value();
    if (report.error().code == core::ErrorCode::NotFound) {
        *context.err << Tr::tr("No such container: %1").arg(core::escapeControls(report.error().detail)) << Qt::endl;
        *exitCode = ExitUsage;
    } else {
        *exitCode = session.fail(report.error());
    }
    return std::nullopt;
}

std::unique_ptr<Session> openSession(CommandContext &context, int *exitCode)
{
    const auto endpoint = core::resolveEndpoint(context.endpointOptions, QProcessEnvironment::systemEnvironment());
    if (!endpoint) {
        *context.err << errorMessage(endpoint.error(), core::Endpoint()) << Qt::endl;
        *exitCode = exitCodeFor(endpoint.error().code);
        return nullptr;
    }
    auto session = std::make_unique<Session>(endpoint.value(), *context.err);
    if (!session->connect()) {
        *exitCode = session->exitCode();
        return nullptr;
    }
    if (context.elevate && !session->elevate())
        return nullptr;
    *exitCode = ExitSuccess;
    return session;
}

} // namespace dockscope::app
