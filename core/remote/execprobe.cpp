// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/remote/execprobe.h"

#include "core/docker/dockerclient.h"
#include "core/facts/procparsers.h"

#include <QPointer>

#include <memory>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

const QStringList &nsTypes()
{
    static const QStringList types{u"cgroup"_s, u"ipc"_s, u"mnt"_s, u"net"_s, u"pid"_s,
                                   u"pid_for_children"_s, u"time"_s, u"time_for_children"_s,
                                   u"user"_s, u"uts"_s};
    return types;
}

QString key(const QStringList &argv)
{
    return argv.join(u' ');
}

struct RunState
{
    QPointer<DockerClient> client;
    QPointer<QObject> context;
    QString containerId;
    QList<QStringList> commands;
    int next = 0;
    ExecProbe::Outputs outputs;
    std::function<void(ExecProbe::Outputs)> callback;
};

void step(const std::shared_ptr<RunState> &state)
{
    if (!state->client || !state->context)
        return;
    if (state->next >= state->commands.size()) {
        auto callback = std::move(state->callback);
        callback(std::move(state->outputs));
        return;
    }
    const QStringList argv = state->commands.at(state->next++);
    ExecOptions options;
    options.cmd = argv;     // an argv array: no shell inside the container either
    state->client->createExec(state->containerId, options, state->context, [state, argv](Result<QString> id) {
        if (!id) {
            state->outputs.byCommand.insert(key(argv), id.error());
            step(state);
            return;
        }
        if (!state->client)
            return;
        state->client->startExec(id.value(), state->context, [state, argv](Result<ExecOutput> out) {
            state->outputs.byCommand.insert(
                key(argv), out ? ExecProbe::toResult(out->standardOutput, out->standardError, key(argv))
                               : Result<QByteArray>(out.error()));
            step(state);
        });
    });
}

} // namespace

QList<QStringList> ExecProbe::commands()
{
    QList<QStringList> list{{u"cat"_s, u"/proc/1/status"_s}, {u"cat"_s, u"/proc/meminfo"_s}};
    for (const QString &type : nsTypes())
        list.append({u"readlink"_s, u"/proc/1/ns/"_s + type});
    return list;
}

Result<QByteArray> ExecProbe::toResult(const QByteArray &standardOutput, const QByteArray &standardError,
                                       const QString &what)
{
    if (!standardOutput.isEmpty() || standardError.trimmed().isEmpty())
        return standardOutput;
    const QString message = what + u": "_s + QString::fromUtf8(standardError.trimmed());
    if (standardError.contains("Permission denied") || standardError.contains("Operation not permitted"))
        return Error{ErrorCode::PermissionDenied, message};
    if (standardError.contains("No such file") || standardError.contains("not found"))
        return Error{ErrorCode::NotFound, message};
    return Error{ErrorCode::IoError, message};
}

void ExecProbe::run(DockerClient *client, const QString &containerId, QObject *context,
                    std::function<void(Outputs)> callback)
{
    auto state = std::make_shared<RunState>();
    state->client = client;
    state->context = context;
    state->containerId = containerId;
    state->commands = commands();
    state->callback = std::move(callback);
    step(state);
}

void ExecProbe::apply(const Outputs &outputs, ContainerFacts *facts)
{
    const Result<QByteArray> status = outputs.byCommand.value(u"cat /proc/1/status"_s, Error{ErrorCode::Unavailable, {}});
    if (status) {
        if (Result<ProcStatus> parsed = parseProcStatus(status.value())) {
            if (parsed->capabilities)
                facts->capabilities.sets = Fact<CapabilitySets>::known(*parsed->capabilities, Provenance::Exec);
            if (parsed->noNewPrivs)
                facts->capabilities.noNewPrivs = Fact<bool>::known(*parsed->noNewPrivs, Provenance::Exec);
            if (parsed->seccompMode)
                facts->capabilities.seccompMode = Fact<int>::known(*parsed->seccompMode, Provenance::Exec);
            if (parsed->seccompFilters)
                facts->capabilities.seccompFilters = Fact<int>::known(*parsed->seccompFilters, Provenance::Exec);
            // Inside the container: these are the container's own ids (not the host's view).
            if (parsed->uid)
                facts->identity.containerUid = Fact<qint64>::known((*parsed->uid)[0], Provenance::Exec);
        }
    }
    const Result<QByteArray> meminfo = outputs.byCommand.value(u"cat /proc/meminfo"_s, Error{ErrorCode::Unavailable, {}});
    if (meminfo) {
        if (Result<QMap<QString, qint64>> parsed = parseMeminfo(meminfo.value()))
            facts->meminfo.container = Fact<QMap<QString, qint64>>::known(parsed.value(), Provenance::Exec);
    }
    for (const QString &type : nsTypes()) {
        const Result<QByteArray> link =
            outputs.byCommand.value(u"readlink /proc/1/ns/"_s + type, Error{ErrorCode::Unavailable, {}});
        if (!link)
            continue;
        const Result<NamespaceLink> parsed = parseNamespaceLink(QString::fromUtf8(link.value().trimmed()));
        if (!parsed || parsed->type != type)
            continue;
        auto it = std::find_if(facts->namespaces.namespaces.begin(), facts->namespaces.namespaces.end(),
                               [&type](const NamespaceFact &n) { return n.type == type; });
        if (it == facts->namespaces.namespaces.end()) {
            NamespaceFact fact;
            fact.type = type;
            facts->namespaces.namespaces.append(fact);
            it = facts->namespaces.namespaces.end() - 1;
        }
        it->inode = Fact<quint64>::known(parsed->inode, Provenance::Exec);
    }
}

} // namespace dockscope::core
