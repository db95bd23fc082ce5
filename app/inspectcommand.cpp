// SPDX-License-Identifier: GPL-3.0-or-later
// dockscope inspect NAME|ID [--format text|json]

#include "commands.h"

#include "exitcode.h"
#include "inspecttext.h"
#include "session.h"
#include "tr.h"

#include "core/facts/factscollector.h"
#include "core/textsafety.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dockscope::app {

int runInspect(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Show what Docker was asked for one container and what the kernel enforces: "
               "namespaces, capabilities, cgroup limits, the memory the container sees, mounts "
               "and user."));
    parser.addPositionalArgument(u"inspect"_s, Tr::tr("The command."), u"inspect"_s);
    parser.addPositionalArgument(u"container"_s, Tr::tr("Name or id of the container."), Tr::tr("NAME|ID"));
    const QCommandLineOption format(u"format"_s, Tr::tr("Output format: text or json."), Tr::tr("FORMAT"), u"text"_s);
    parser.addOption(format);
    if (const auto exit = parseCommand(parser, context))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(context, Tr::tr("Name the container to inspect."));
    if (positional.size() > 2)
        return usageError(context, Tr::tr("Unexpected argument: %1").arg(positional.at(2)));
    const QString fmt = parser.value(format);
    if (fmt != "text"_L1 && fmt != "json"_L1)
        return usageError(context, Tr::tr("Unknown format \"%1\" (use text or json).").arg(fmt));

    int exitCode = ExitSuccess;
    auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;

    const auto inspect = session->inspectContainer(positional.at(1));
    if (!inspect) {
        if (inspect.error().code == core::ErrorCode::NotFound) {
            *context.err << Tr::tr("No such container: %1").arg(core::escapeControls(positional.at(1))) << Qt::endl;
            return ExitUsage;
        }
        return session->fail(inspect.error());
    }
    const auto info = session->info();
    if (!info)
        return session->fail(info.error());

    const core::CollectContext collect = session->collectContext(info.value());
    const auto hostFs = session->hostFs();
    const core::HostFacts host = core::collectHostFacts(hostFs.get(), collect);
    const core::ContainerFacts facts = core::collectContainerFacts(inspect.value(), hostFs.get(), host, collect);

    if (fmt == "json"_L1) {
        QJsonObject json = core::containerFactsToJson(facts);
        // How the host files were read: by the user, or what the user may not through the
        // polkit-authorised helper (provenance stays "proc" either way).
        json.insert(u"hostFilesThroughHelper"_s, host.throughHelper);
        *context.out << core::escapeJsonControls(QJsonDocument(json).toJson(QJsonDocument::Indented));
    }
    else
        printContainerFacts(*context.out, facts, host);
    context.out->flush();
    return ExitSuccess;
}

} // namespace dockscope::app
