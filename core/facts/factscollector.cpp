// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/factscollector.h"

#include "core/facts/capabilities.h"
#include "core/facts/cgroupparsers.h"
#include "core/facts/collectors/capabilitycollector.h"
#include "core/facts/collectors/cgroupcollector.h"
#include "core/facts/collectors/factreading.h"
#include "core/facts/collectors/identitycollector.h"
#include "core/facts/collectors/meminfocollector.h"
#include "core/facts/collectors/mountcollector.h"
#include "core/facts/collectors/namespacecollector.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/collectors/statusfile.h"
#include "core/facts/daemonlocator.h"
#include "core/facts/hostfs.h"
#include "core/facts/procparsers.h"
#include "core/logging.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;
using namespace collectors;

namespace {

/// type -> inode of /proc/<pid>/ns/*, only the readable ones.
QMap<QString, quint64> readNamespaces(const HostFs &fs, const QString &procDir)
{
    QMap<QString, quint64> out;
    Result<QStringList> types = fs.listDir(procDir + u"/ns"_s);
    const QStringList list = types ? *types : namespaceTypes();
    for (const QString &t : list) {
        const Result<QString> link = fs.readLink(procDir + u"/ns/"_s + t);
        if (!link)
            continue;
        const Result<NamespaceLink> ns = parseNamespaceLink(*link);
        if (ns)
            out.insert(t, ns->inode);
    }
    return out;
}

} // namespace

// ---- host ------------------------------------------------------------------------------------

QStringList hostFactsPaths(const CollectContext &context)
{
    QStringList wanted = {u"/sys/fs/cgroup"_s, u"/sys/fs/cgroup/cgroup.controllers"_s,
                          u"/sys/fs/cgroup/unified"_s, u"/proc/sys/kernel/cap_last_cap"_s,
                          u"/proc/1/ns"_s, u"/proc/self/ns"_s, u"/proc/self"_s, u"/proc/meminfo"_s};
    wanted << daemonLocatorPaths(context.socketPath);
    return wanted;
}

HostFacts collectHostFacts(const HostFs *hostFs, const CollectContext &context)
{
    HostFacts host;
    if (!hostFs) {
        host.noAccessReason = Error{ErrorCode::Unavailable, u"no host access"_s};
        host.meminfo = Fact<QMap<QString, qint64>>::unavailable(host.noAccessReason);
        host.cgroupVersion = parseVersionText(context.cgroupVersion);
        return host;
    }
    const HostFs &fs = *hostFs;
    host.hostAccess = true;
    host.hostDescription = fs.describe();
    host.throughHelper = fs.throughHelper();

    // Everything read below in one batch (a remote host answers it with one ssh run); the
    // daemon search adds at most two more (all command lines, then the daemons' sockets).
    fs.prefetch(hostFactsPaths(context));

    if (fs.stat(u"/sys/fs/cgroup/cgroup.controllers"_s))
        host.cgroupVersion = CgroupVersion::V2;
    else if (const auto unified = fs.stat(u"/sys/fs/cgroup/unified"_s); unified && unified->isDir())
        host.cgroupVersion = CgroupVersion::Hybrid;
    else if (const auto root = fs.stat(u"/sys/fs/cgroup"_s); root && root->isDir())
        host.cgroupVersion = CgroupVersion::V1;
    else
        host.cgroupVersion = parseVersionText(context.cgroupVersion);

    if (const Result<QByteArray> last = fs.readFile(u"/proc/sys/kernel/cap_last_cap"_s)) {
        if (const Result<int> n = Capabilities::parseLastCap(*last))
            host.capLastCap = *n;
    }

    host.rootless = context.rootless;
    if (const std::optional<DaemonLocation> daemon = locateDaemon(fs, context.socketPath)) {
        host.daemonPid = daemon->pid;
        host.daemonEvidence = daemon->evidence;
    }

    // The host reference: PID 1, else the daemon, else ourselves. A rootless dockerd lives in
    // rootlesskit's user, mount and network namespaces: never the reference, and neither are
    // we when we run inside them (its user namespace is then ours).
    host.hostNamespaces = readNamespaces(fs, u"/proc/1"_s);
    if (!host.hostNamespaces.isEmpty()) {
        host.nsReference = HostReference::Pid1;
        host.nsReferencePid = 1;
    } else if (host.daemonPid && !context.rootless
               && !(host.hostNamespaces = readNamespaces(fs, u"/proc/%1"_s.arg(*host.daemonPid))).isEmpty()) {
        host.nsReference = HostReference::DaemonProcess;
        host.nsReferencePid = *host.daemonPid;
    } else if (!(host.hostNamespaces = readNamespaces(fs, u"/proc/self"_s)).isEmpty()) {
        const QMap<QString, quint64> daemonNs = context.rootless && host.daemonPid
            ? readNamespaces(fs, u"/proc/%1"_s.arg(*host.daemonPid)) : QMap<QString, quint64>();
        if (daemonNs.contains(u"user"_s) && daemonNs.value(u"user"_s) == host.hostNamespaces.value(u"user"_s)) {
            qCWarning(lcProc) << "running inside the rootless daemon's user namespace: no host reference";
            host.hostNamespaces.clear();
        } else {
            host.nsReference = HostReference::Self;
            if (const Result<QString> self = fs.readLink(u"/proc/self"_s))
                host.nsReferencePid = self->toLongLong();
        }
    }

    host.meminfo = readFact<QMap<QString, qint64>>(fs, u"/proc/meminfo"_s, parseMeminfo);
    return host;
}

// ---- container -------------------------------------------------------------------------------

QStringList containerFactsPaths(const ContainerInspect &inspect, const CollectContext &context)
{
    if (!ProcessGate::hasProcess(inspect))
        return {};
    // The first stage: each collector's own list. The cgroup files come in the second stage.
    const QString procDir = ProcessGate::procDirOf(inspect);
    return ProcessGate::paths(procDir) + namespacePaths(procDir) + StatusFile::paths(procDir)
        + capabilityPaths(procDir) + meminfoPaths(procDir) + mountPaths(procDir, inspect, context);
}

QStringList containerCgroupPaths(const ContainerInspect &inspect, const HostFs &fs, const HostFacts &host,
                                 const CollectContext &context)
{
    if (!ProcessGate::hasProcess(inspect) || !host.hostAccess)
        return {};
    const std::optional<ProcCgroup> own = ProcessGate::ownCgroup(fs, inspect);
    if (!own)
        return {};
    return cgroupPaths(*own, effectiveVersion(host, context));
}

ContainerFacts collectContainerFacts(const ContainerInspect &inspect, const HostFs *hostFs,
                                     const HostFacts &host, const CollectContext &context)
{
    ContainerFacts facts;
    facts.id = inspect.id;
    facts.name = inspect.name;
    facts.pid = inspect.state.pid;
    facts.collectedAt = QDateTime::currentDateTimeUtc();
    facts.inspect = inspect;

    // May host-side files be read for this container at all? Every collector reads through
    // the gate's answer.
    const ProcessGate gate = ProcessGate::open(inspect, hostFs, host, context,
                                               containerFactsPaths(inspect, context) + hostMeminfoPaths(host));
    facts.pidVerified = gate.pidVerified();
    facts.pidProof = gate.proof().proof;
    facts.shimPid = gate.proof().shimPid;

    // One collector per kind of fact, each reading through the gate. The order is the order of
    // the reads; the status file is read once for capabilities and identity, identity maps the
    // uid through the uid_map the namespaces read, and meminfo shows the cgroup's memory limit.
    // collectCgroup fetches its directories as the second (and last) batch.
    const CgroupVersion version = effectiveVersion(host, context);
    facts.namespaces = collectNamespaces(gate, inspect, host, context, version);
    const StatusFile status = StatusFile::read(gate);
    facts.capabilities = collectCapabilities(gate, inspect, host, status);
    facts.cgroup = collectCgroup(gate, version, context);
    facts.meminfo = collectMeminfo(gate, host, facts.cgroup.memory.limit);
    facts.mounts = collectMounts(gate, inspect, context);
    facts.identity = collectIdentity(gate, inspect, status, facts.namespaces);
    return facts;
}

// ---- live memory -----------------------------------------------------------------------------

Result<MemorySample> sampleMemory(const HostFs &hostFs, const CgroupFacts &cgroup)
{
    const ControllerDir mem = controllerDir(cgroup, u"memory"_s);
    if (mem.dir.isEmpty())
        return Error{ErrorCode::Unavailable, u"no memory cgroup"_s};
    hostFs.prefetch({mem.dir});    // one ssh run per sample on a remote host
    const auto read = [&](const char *name) { return hostFs.readFile(mem.dir + u'/' + QString::fromLatin1(name)); };
    MemorySample s;
    s.time = QDateTime::currentDateTimeUtc();
    const Result<QByteArray> usage = read(mem.v1 ? "memory.usage_in_bytes" : "memory.current");
    if (!usage)
        return hostError(usage.error());
    const Result<qint64> u = parseCgroupInteger(*usage);
    if (!u)
        return u.error();
    s.usage = *u;
    if (const Result<QByteArray> limit = read(mem.v1 ? "memory.limit_in_bytes" : "memory.max")) {
        const Result<Limit> l = mem.v1 ? parseCgroupV1Limit(*limit) : parseCgroupMaxLimit(*limit);
        if (l)
            s.limit = *l;
    }
    if (const Result<QByteArray> peak = read(mem.v1 ? "memory.max_usage_in_bytes" : "memory.peak")) {
        if (const Result<qint64> p = parseCgroupInteger(*peak))
            s.peak = *p;
    }
    if (mem.v1) {
        if (const Result<QByteArray> failcnt = read("memory.failcnt")) {
            if (const Result<qint64> f = parseCgroupInteger(*failcnt))
                s.limitHits = *f;
        }
        if (const Result<QByteArray> oom = read("memory.oom_control")) {
            if (const auto keyed = parseCgroupKeyed(*oom); keyed && keyed->contains(u"oom_kill"_s))
                s.oomKills = keyed->value(u"oom_kill"_s);
        }
    } else if (const Result<QByteArray> events = read("memory.events")) {
        if (const auto keyed = parseCgroupKeyed(*events)) {
            if (keyed->contains(u"max"_s))
                s.limitHits = keyed->value(u"max"_s);
            if (keyed->contains(u"oom_kill"_s))
                s.oomKills = keyed->value(u"oom_kill"_s);
        }
    }
    s.source = Provenance::Proc;
    return s;
}

} // namespace dockscope::core
