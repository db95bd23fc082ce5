// SPDX-License-Identifier: GPL-3.0-or-later
// dockscope audit [--format text|json] [--container NAME…] [--fail-on warn|fail|never]

#include "commands.h"

#include "exitcode.h"
#include "session.h"
#include "tr.h"

#include "core/audit/auditor.h"
#include "core/textsafety.h"
#include "core/audit/audittext.h"

#include <QCommandLineParser>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace dockscope::app {

int runAudit(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Check the daemon, the host and the containers against the CIS Docker Benchmark "
               "and Dockscope's own checks. Every result shows its evidence, its source and a "
               "remedy."));
    parser.addPositionalArgument(u"audit"_s, Tr::tr("The command."), u"audit"_s);
    const QCommandLineOption format(u"format"_s, Tr::tr("Output format: text or json."), Tr::tr("FORMAT"), u"text"_s);
    const QCommandLineOption container = containerOption(
        Tr::tr("Audit only this container (repeat the option or separate names with commas; "
               "default: all)."));
    const QCommandLineOption failOn = failOnOption();
    parser.addOption(format);
    parser.addOption(container);
    parser.addOption(failOn);
    if (const auto exit = parseCommand(parser, context))
        return *exit;
    if (parser.positionalArguments().size() > 1)
        return usageError(context, Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1)));
    const QString fmt = parser.value(format);
    if (fmt != "text"_L1 && fmt != "json"_L1)
        return usageError(context, Tr::tr("Unknown format \"%1\" (use text or json).").arg(fmt));
    const auto threshold = failOnValue(parser, failOn, context);
    if (!threshold)
        return ExitUsage;

    int exitCode = ExitSuccess;
    auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;

    const auto report = auditForCommand(*session, parser.values(container), context, &exitCode);
    if (!report)
        return exitCode;

    if (fmt == "json"_L1) {
        *context.out << core::escapeJsonControls(QJsonDocument(core::auditReportToJson(report.value())).toJson(QJsonDocument::Indented));
    } else {
        *context.out << core::formatAuditText(report.value(), context.colour, [](const char *source) {
            return QCoreApplication::translate("Checks", source);
        });
    }
    context.out->flush();
    return auditExitCode(report->summary, *threshold);
}

} // namespace dockscope::app
