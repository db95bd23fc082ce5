// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/namespacecollector.h"

#include "core/facts/collectcontext.h"
#include "core/facts/collectors/factreading.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/procparsers.h"

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

namespace {

struct DeclaredNamespace
{
    QString mode;
    QString peer;
    std::optional<bool> shared;
};

QString peerOf(const QString &mode)
{
    return mode.startsWith(u"container:"_s) ? mode.mid(10) : QString();
}

DeclaredNamespace declaredNamespace(const QString &type, const ContainerInspect &inspect,
                                    CgroupVersion version, const CollectContext &context)
{
    const HostConfig &hc = inspect.hostConfig;
    DeclaredNamespace d;
    const auto hostOrPrivate = [&d](const QString &mode) {
        d.mode = mode;
        d.peer = peerOf(mode);
        if (mode == u"host"_s)
            d.shared = true;
        else if (d.peer.isEmpty())
            d.shared = false;   // private, shareable, none, a network name: own namespace
        // container:<id> shares with the peer; relative to the host it implies nothing
    };
    if (type == u"pid"_s || type == u"pid_for_children"_s) {
        hostOrPrivate(hc.pidMode);
    } else if (type == u"net"_s) {
        hostOrPrivate(hc.networkMode);
    } else if (type == u"ipc"_s) {
        hostOrPrivate(hc.ipcMode);
    } else if (type == u"uts"_s) {
        hostOrPrivate(hc.utsMode);
    } else if (type == u"user"_s) {
        d.mode = hc.usernsMode;
        if (hc.usernsMode == u"host"_s)
            d.shared = true;
        else if (hc.usernsMode.isEmpty())
            d.shared = !(context.usernsRemap || context.rootless);
        else
            d.shared = false;
    } else if (type == u"cgroup"_s) {
        d.mode = hc.cgroupnsMode;
        // Unset: the daemon's default, private on v2, host on v1.
        if (hc.cgroupnsMode == u"host"_s || hc.cgroupnsMode == u"private"_s)
            d.shared = hc.cgroupnsMode == u"host"_s;
        else if (version == CgroupVersion::V2 || version == CgroupVersion::V1 || version == CgroupVersion::Hybrid)
            d.shared = version != CgroupVersion::V2;
    } else if (type == u"mnt"_s) {
        d.shared = false;       // Docker always gives a container its own mount namespace
    }
    // time, time_for_children: no declaration; Docker never creates them
    return d;
}

} // namespace

const QStringList &namespaceTypes()
{
    static const QStringList types = {u"cgroup"_s, u"ipc"_s, u"mnt"_s, u"net"_s, u"pid"_s,
                                      u"pid_for_children"_s, u"time"_s, u"time_for_children"_s,
                                      u"user"_s, u"uts"_s};
    return types;
}

QStringList namespacePaths(const QString &procDir)
{
    return {procDir + u"/ns"_s, procDir + u"/uid_map"_s, procDir + u"/gid_map"_s};
}

NamespaceFacts collectNamespaces(const ProcessGate &gate, const ContainerInspect &inspect, const HostFacts &host,
                                 const CollectContext &context, CgroupVersion version)
{
    const HostFs &fs = gate.fs();
    const QString &procDir = gate.procDir();
    NamespaceFacts ns;
    ns.reference = gate.isOpen() ? host.nsReference : HostReference::None;
    ns.referencePid = gate.isOpen() ? host.nsReferencePid : 0;
    QStringList types;
    if (const Result<QStringList> listed = fs.listDir(procDir + u"/ns"_s)) {
        types = *listed;
    } else if (!host.hostNamespaces.isEmpty()) {
        types = host.hostNamespaces.keys();
    } else {
        types = namespaceTypes();
    }
    // kernel order of the canonical list first, unknown newcomers after
    QStringList ordered;
    for (const QString &t : namespaceTypes()) {
        if (types.contains(t))
            ordered.append(t);
    }
    for (const QString &t : std::as_const(types)) {
        if (!ordered.contains(t))
            ordered.append(t);
    }
    for (const QString &type : std::as_const(ordered)) {
        NamespaceFact n;
        n.type = type;
        const QString path = procDir + u"/ns/"_s + type;
        if (const Result<QString> link = fs.readLink(path)) {
            if (const Result<NamespaceLink> parsed = parseNamespaceLink(*link))
                n.inode = proc(parsed->inode);
            else
                n.inode = missing<quint64>(ErrorCode::ParseError, path + u": "_s + parsed.error().detail);
        } else {
            n.inode = Fact<quint64>::unavailable(hostError(link.error()));
        }
        if (!gate.isOpen())
            n.hostInode = Fact<quint64>::unavailable(*gate.closedReason());
        else if (host.hostNamespaces.contains(type))
            n.hostInode = proc(host.hostNamespaces.value(type));
        else
            n.hostInode = missing<quint64>(ErrorCode::Unavailable, u"no readable host reference for "_s + type);
        if (n.inode.isKnown() && n.hostInode.isKnown())
            n.shared = *n.inode.value == *n.hostInode.value;
        const DeclaredNamespace d = declaredNamespace(type, inspect, version, context);
        n.declaredMode = d.mode;
        n.declaredPeer = d.peer;
        n.declaredShared = d.shared;
        n.disagrees = n.shared && n.declaredShared && *n.shared != *n.declaredShared;
        ns.namespaces.append(n);
    }
    const auto mapText = [](const QByteArray &t) { return Result<QString>(QString::fromLatin1(t)); };
    ns.uidMap = readFact<QString>(fs, procDir + u"/uid_map"_s, mapText);
    ns.gidMap = readFact<QString>(fs, procDir + u"/gid_map"_s, mapText);
    if (ns.uidMap.isKnown()) {
        if (Result<IdMap> m = parseIdMap(ns.uidMap.value->toLatin1()))
            ns.rootMapsTo = m->toHost(0);
    }
    return ns;
}

} // namespace dockscope::core::collectors
