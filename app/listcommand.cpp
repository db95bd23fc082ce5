// SPDX-License-Identifier: GPL-3.0-or-later
// dockscope list [--all] [--format table|json]

#include "commands.h"

#include "exitcode.h"
#include "session.h"
#include "texttable.h"
#include "tr.h"

#include "core/facts/capabilities.h"
#include "core/textsafety.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace dockscope::app {

namespace {

/// The namespaces a container was asked to share with the host (declared, from inspect).
/// cgroupns is left out: "host" is the daemon's default on cgroup v1, not a choice.
QStringList hostNamespaces(const core::HostConfig &hc)
{
    QStringList shared;
    if (hc.pidMode == "host"_L1)
        shared << u"pid"_s;
    if (hc.networkMode == "host"_L1)
        shared << u"net"_s;
    if (hc.ipcMode == "host"_L1)
        shared << u"ipc"_s;
    if (hc.utsMode == "host"_L1)
        shared << u"uts"_s;
    if (hc.usernsMode == "host"_L1)
        shared << u"user"_s;
    return shared;
}

QString shortId(const QString &id)
{
    return id.left(12);
}

QString withoutCapPrefix(const QString &name)
{
    return name.startsWith("CAP_"_L1) ? name.mid(4) : name;
}

} // namespace

int runList(CommandContext &context)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("List containers with three security hints each: privileged, capabilities added "
               "to Docker's default set, and namespaces shared with the host."));
    parser.addPositionalArgument(u"list"_s, Tr::tr("The command."), u"list"_s);
    const QCommandLineOption all({u"a"_s, u"all"_s}, Tr::tr("Show all containers (default: running ones only)."));
    const QCommandLineOption format(u"format"_s, Tr::tr("Output format: table or json."), Tr::tr("FORMAT"), u"table"_s);
    parser.addOption(all);
    parser.addOption(format);
    if (const auto exit = parseCommand(parser, context))
        return *exit;
    if (parser.positionalArguments().size() > 1)
        return usageError(context, Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().at(1)));
    const QString fmt = parser.value(format);
    if (fmt != "table"_L1 && fmt != "json"_L1)
        return usageError(context, Tr::tr("Unknown format \"%1\" (use table or json).").arg(fmt));

    int exitCode = ExitSuccess;
    auto session = openSession(context, &exitCode);
    if (!session)
        return exitCode;

    const auto containers = session->listContainers(parser.isSet(all));
    if (!containers)
        return session->fail(containers.error());
    QStringList ids;
    for (const core::ContainerSummary &c : containers.value())
        ids << c.id;
    const auto inspects = session->inspectContainers(ids);

    QJsonArray json;
    TextTable table({Tr::tr("CONTAINER ID"), Tr::tr("NAME"), Tr::tr("IMAGE"), Tr::tr("STATE"),
                     Tr::tr("PID"), Tr::tr("PRIVILEGED"), Tr::tr("ADDED CAPABILITIES"),
                     Tr::tr("HOST NAMESPACES")});
    for (qsizetype i = 0; i < containers->size(); ++i) {
        const core::ContainerSummary &summary = containers->at(i);
        const auto &inspect = inspects.at(i);
        if (!inspect) {
            // Removed between the list call and the inspect: it is simply gone.
            if (inspect.error().code == core::ErrorCode::NotFound)
                continue;
            return session->fail(inspect.error());
        }
        const core::HostConfig &hc = inspect->hostConfig;
        const QStringList capAdd = core::Capabilities::normalise(hc.capAdd);
        const QStringList shared = hostNamespaces(hc);
        const qint64 pid = inspect->state.pid;
        const QString state = inspect->state.status.isEmpty() ? summary.state : inspect->state.status;

        QJsonObject o;
        o.insert(u"id"_s, summary.id);
        o.insert(u"name"_s, summary.name);
        o.insert(u"image"_s, summary.image);
        o.insert(u"state"_s, state);
        o.insert(u"status"_s, summary.status);
        o.insert(u"pid"_s, pid);
        o.insert(u"privileged"_s, hc.privileged);
        o.insert(u"capAdd"_s, QJsonArray::fromStringList(capAdd));
        o.insert(u"capDrop"_s, QJsonArray::fromStringList(core::Capabilities::normalise(hc.capDrop)));
        o.insert(u"hostNamespaces"_s, QJsonArray::fromStringList(shared));
        json.append(o);

        QStringList capCells;
        for (const QString &cap : capAdd)
            capCells << withoutCapPrefix(cap);
        table.addRow({shortId(summary.id), summary.name, summary.image, state,
                      pid > 0 ? QString::number(pid) : u"-"_s,
                      hc.privileged ? Tr::tr("yes") : Tr::tr("no"),
                      capCells.isEmpty() ? u"-"_s : capCells.join(u','),
                      shared.isEmpty() ? u"-"_s : shared.join(u',')});
    }

    if (fmt == "json"_L1) {
        *context.out << core::escapeJsonControls(QJsonDocument(json).toJson(QJsonDocument::Indented));
        context.out->flush();
    } else {
        table.print(*context.out);
    }
    return ExitSuccess;
}

} // namespace dockscope::app
