// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/processgate.h"

#include "core/facts/collectcontext.h"
#include "core/facts/collectors/factreading.h"
#include "core/facts/daemonlocator.h"
#include "core/facts/hostfs.h"

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

namespace {

/// Every call fails with one reason: stands in for the host when host-side facts must not be
/// read (no host access, pid not verified), so each fact carries that reason.
class FailingHostFs final : public HostFs
{
public:
    explicit FailingHostFs(Error why) : m_why(std::move(why)) {}
    Result<QByteArray> readFile(const QString &) const override { return m_why; }
    Result<QString> readLink(const QString &) const override { return m_why; }
    Result<FileStat> stat(const QString &) const override { return m_why; }
    Result<QStringList> listDir(const QString &) const override { return m_why; }
    bool isLocal() const override { return false; }
    QString describe() const override { return QString(); }

private:
    Error m_why;
};

/// containerd's runc shim for exactly this container: "containerd-shim-runc-v2 -namespace moby
/// -id <full id> -address …" (the v1 shim and other runtimes' shims name it the same way).
bool isShimOf(const QByteArrayList &args, const QString &containerId)
{
    if (args.isEmpty() || containerId.size() < 64)
        return false;
    const QByteArray &argv0 = args.first();
    const QByteArray base = argv0.mid(argv0.lastIndexOf('/') + 1);
    if (!base.startsWith("containerd-shim"))
        return false;
    const QByteArray id = containerId.toLatin1();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if ((args.at(i) == "-id" || args.at(i) == "--id") && i + 1 < args.size())
            return args.at(i + 1) == id;
        if (args.at(i) == "-id=" + id || args.at(i) == "--id=" + id)
            return true;
    }
    return false;
}

/// The cgroup lines cut after the component that names the container: a process that the
/// container moved into a child cgroup (systemd's init.scope, Docker-in-Docker) is still
/// limited by the container's own cgroup, and that is the one to read.
ProcCgroup containerLevel(ProcCgroup cgroup, const QString &containerId)
{
    for (CgroupEntry &e : cgroup.entries) {
        const QStringList parts = e.path.split(u'/');
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i).contains(containerId)) {
                e.path = parts.mid(0, i + 1).join(u'/');
                break;
            }
        }
    }
    return cgroup;
}

/// Proves that State.Pid is this container's process on the kernel that hostFs reads: its
/// cgroup names the container, or (no cgroup of its own) its parent is the container's shim.
ProcessProof proveContainerProcess(const HostFs &fs, const ContainerInspect &inspect, const CollectContext &context)
{
    ProcessProof p;
    const QString procDir = u"/proc/%1"_s.arg(inspect.state.pid);
    const QString path = procDir + u"/cgroup"_s;
    const Result<QByteArray> text = fs.readFile(path);
    if (!text) {
        p.gate = text.error().code == ErrorCode::NotFound
            ? Error{ErrorCode::NotOnThisHost, path + u": no such process on this host"_s}
            : hostError(text.error());
        return p;
    }
    const Result<ProcCgroup> parsed = parseProcCgroup(*text);
    if (!parsed) {
        p.gate = Error{ErrorCode::ParseError, path + u": "_s + parsed.error().detail};
        return p;
    }
    if (parsed->namesContainer(inspect.id)) {
        p.verified = true;
        p.proof = PidProof::Cgroup;
        p.cgroup = containerLevel(*parsed, inspect.id);
        return p;
    }
    // No cgroup names it: a daemon without per-container cgroups (driver "none") still runs
    // each container under its own shim, whose command line carries the full id.
    const Result<QByteArray> stat = fs.readFile(procDir + u"/stat"_s);
    const std::optional<qint64> ppid = stat ? parseStatParentPid(*stat) : std::nullopt;
    if (ppid) {
        const Result<QByteArray> cmdline = fs.readFile(u"/proc/%1/cmdline"_s.arg(*ppid));
        if (cmdline && isShimOf(cmdlineArgs(*cmdline), inspect.id)) {
            p.verified = true;
            p.proof = PidProof::Shim;
            p.shimPid = *ppid;
            p.noCgroupReason = context.hasContainerCgroups()
                ? u"%1 names no cgroup of container %2 (cgroup driver %3)"_s.arg(path, inspect.id.left(12),
                                                                                 context.cgroupDriver)
                : u"cgroup driver none: the daemon gives containers no cgroup, so limits are recorded but not enforced"_s;
            return p;
        }
    }
    p.verified = false;
    p.gate = Error{ErrorCode::NotOnThisHost, path + u" does not name container "_s + inspect.id
                                                  + u", and its parent is not the container's shim"_s};
    return p;
}

} // namespace

ProcessGate ProcessGate::open(const ContainerInspect &inspect, const HostFs *hostFs, const HostFacts &host,
                              const CollectContext &context, const QStringList &firstStage)
{
    ProcessGate g;
    g.m_pid = inspect.state.pid;
    g.m_procDir = procDirOf(inspect);
    g.m_hostFs = hostFs;
    if (!hostFs) {
        g.m_closed = Error{ErrorCode::Unavailable, u"no host access"_s};
    } else if (!host.hostAccess) {
        g.m_closed = host.noAccessReason;
    } else if (!hasProcess(inspect)) {
        g.m_closed = Error{ErrorCode::NotRunning, u"container %1 has no process"_s.arg(inspect.id)};
    } else {
        // First batch of a container's refresh: every per-process file the collectors read.
        hostFs->prefetch(firstStage);
        g.m_proof = proveContainerProcess(*hostFs, inspect, context);
        g.m_closed = g.m_proof.gate;
        if (g.m_proof.verified)
            g.m_pidVerified = proc(*g.m_proof.verified);
        if (!g.m_proof.cgroup && g.m_proof.proof == PidProof::Shim) {
            // Proven by its shim, but it has no cgroup of its own: whatever cgroup it sits in
            // (the daemon owner's session) is not the container's and must not be read as such.
            g.m_cgroupError = Error{ErrorCode::NotEnforced, g.m_proof.noCgroupReason};
        }
    }
    if (g.m_closed) {
        if (!g.m_pidVerified.isKnown())
            g.m_pidVerified = Fact<bool>::unavailable(*g.m_closed);
        g.m_cgroupError = *g.m_closed;
        g.m_closedFs = std::make_shared<const FailingHostFs>(*g.m_closed);
    }
    return g;
}

bool ProcessGate::hasProcess(const ContainerInspect &inspect)
{
    return inspect.state.pid > 0 && inspect.state.running;
}

QString ProcessGate::procDirOf(const ContainerInspect &inspect)
{
    return u"/proc/%1"_s.arg(inspect.state.pid);
}

QStringList ProcessGate::paths(const QString &procDir)
{
    return {procDir + u"/cgroup"_s, procDir + u"/stat"_s};
}

std::optional<ProcCgroup> ProcessGate::ownCgroup(const HostFs &fs, const ContainerInspect &inspect)
{
    const Result<QByteArray> text = fs.readFile(procDirOf(inspect) + u"/cgroup"_s);
    if (!text)
        return std::nullopt;
    const Result<ProcCgroup> parsed = parseProcCgroup(*text);
    if (!parsed || !parsed->namesContainer(inspect.id))
        return std::nullopt;
    return containerLevel(*parsed, inspect.id);
}

const HostFs &ProcessGate::fs() const
{
    return m_closedFs ? *m_closedFs : *m_hostFs;
}

} // namespace dockscope::core::collectors
