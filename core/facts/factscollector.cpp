// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/factscollector.h"

#include "core/facts/capabilities.h"
#include "core/facts/daemonlocator.h"
#include "core/facts/cgroupparsers.h"
#include "core/facts/hostfs.h"
#include "core/facts/procparsers.h"
#include "core/logging.h"

#include <limits>

namespace dockscope::core {

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

const QStringList &namespaceTypes()
{
    static const QStringList types = {u"cgroup"_s, u"ipc"_s, u"mnt"_s, u"net"_s, u"pid"_s,
                                      u"pid_for_children"_s, u"time"_s, u"time_for_children"_s,
                                      u"user"_s, u"uts"_s};
    return types;
}

/// PermissionDenied on another process's /proc entry means "needs root (or the owner)".
Error hostError(const Error &e)
{
    if (e.code == ErrorCode::PermissionDenied)
        return Error{ErrorCode::NeedsRoot, e.detail};
    return e;
}

template<class T>
Fact<T> proc(T value)
{
    return Fact<T>::known(std::move(value), Provenance::Proc);
}

template<class T>
Fact<T> missing(ErrorCode code, const QString &detail)
{
    return Fact<T>::unavailable(Error{code, detail});
}

/// Reads and parses one file into a Fact; parse errors name the path.
template<class T, class Parse>
Fact<T> readFact(const HostFs &fs, const QString &path, Parse parse)
{
    const Result<QByteArray> data = fs.readFile(path);
    if (!data)
        return Fact<T>::unavailable(hostError(data.error()));
    auto parsed = parse(*data);
    if (!parsed)
        return missing<T>(ErrorCode::ParseError, path + u": "_s + parsed.error().detail);
    return proc<T>(T(*parsed));
}

QString joinPath(const QString &dir, const QString &sub)
{
    if (sub.isEmpty() || sub == u"/"_s)
        return dir;
    if (sub.startsWith(u'/'))
        return dir + sub;
    return dir + u'/' + sub;
}

bool sameFile(const Result<FileStat> &a, const Result<FileStat> &b)
{
    return a && b && a->device == b->device && a->inode == b->inode;
}

bool isDefaultSocket(const QString &path)
{
    return path == u"/var/run/docker.sock"_s || path == u"/run/docker.sock"_s;
}

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

CgroupVersion parseVersionText(const QString &v)
{
    if (v == u"1"_s)
        return CgroupVersion::V1;
    if (v == u"2"_s)
        return CgroupVersion::V2;
    return CgroupVersion::Unknown;
}

// ---- the process gate --------------------------------------------------------------------------

/// containerd's runc shim for exactly this container: "containerd-shim-runc-v2 -namespace moby
/// -id <full id> -address …" (the v1 shim and other runtimes' shims name it the same way).
bool isShimOf(const QByteArrayList &args, const QString &containerId)
{
    if (args.isEmpty() || containerId.size() < 64)
        return false;
    const QByteArray argv0 = args.first();
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

struct ProcessProof
{
    std::optional<Error> gate;              ///< set: host-side facts must not be read
    std::optional<bool> verified;           ///< known answer to "is State.Pid this container's?"
    PidProof proof = PidProof::None;
    std::optional<ProcCgroup> cgroup;       ///< the container's own cgroup (PidProof::Cgroup)
    qint64 shimPid = 0;
    QString noCgroupReason;                 ///< PidProof::Shim: why it has no cgroup of its own
};

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

// ---- declared --------------------------------------------------------------------------------

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
        if (hc.cgroupnsMode == u"host"_s)
            d.shared = true;
        else if (hc.cgroupnsMode == u"private"_s)
            d.shared = false;
        else if (version == CgroupVersion::V2)
            d.shared = false;   // the daemon default: private on v2, host on v1
        else if (version == CgroupVersion::V1 || version == CgroupVersion::Hybrid)
            d.shared = true;
    } else if (type == u"mnt"_s) {
        d.shared = false;       // Docker always gives a container its own mount namespace
    }
    // time, time_for_children: no declaration; Docker never creates them
    return d;
}

SensitivePath classifyPath(const QString &source, const CollectContext &context)
{
    QString s = source;
    while (s.size() > 1 && s.endsWith(u'/'))
        s.chop(1);
    if (s == u"/"_s)
        return SensitivePath::Root;
    const auto under = [&s](const QString &prefix) {
        return s == prefix || s.startsWith(prefix + u'/');
    };
    if (under(u"/run/containerd"_s) || under(u"/var/run/containerd"_s))
        return SensitivePath::ContainerdSocket;
    const QString dataRoot = context.dockerRootDir.isEmpty() ? u"/var/lib/docker"_s : context.dockerRootDir;
    if (under(dataRoot))
        return SensitivePath::DockerDataRoot;
    if (under(u"/boot"_s))
        return SensitivePath::Boot;
    if (under(u"/dev"_s))
        return SensitivePath::Dev;
    if (under(u"/etc"_s))
        return SensitivePath::Etc;
    if (under(u"/lib"_s) || under(u"/lib64"_s) || under(u"/lib32"_s) || under(u"/usr/lib"_s))
        return SensitivePath::Lib;
    if (under(u"/proc"_s))
        return SensitivePath::Proc;
    if (under(u"/sys"_s))
        return SensitivePath::Sys;
    if (under(u"/usr"_s))
        return SensitivePath::Usr;
    // A parent of the data root or of the sockets exposes them too.
    const QStringList exposing = {dataRoot, u"/var/run/docker.sock"_s, u"/run/docker.sock"_s,
                                  context.socketPath, u"/root"_s};
    for (const QString &p : exposing) {
        if (!p.isEmpty() && (p == s || p.startsWith(s + u'/')))
            return SensitivePath::Other;
    }
    return SensitivePath::None;
}

// ---- cgroups ---------------------------------------------------------------------------------

template<class T>
Fact<T> notInVersion(const char *file, bool v1)
{
    return missing<T>(ErrorCode::Unavailable,
                      (v1 ? u"cgroup v1 has no "_s : u"cgroup v2 has no "_s) + QString::fromLatin1(file));
}

Fact<qint64> keyedValue(const Fact<QMap<QString, qint64>> &map, const QString &key, const QString &path)
{
    if (!map.isKnown())
        return Fact<qint64>::unavailable(map.why);
    if (!map.value->contains(key))
        return missing<qint64>(ErrorCode::KernelLacks, path + u": no \""_s + key + u"\" line"_s);
    return proc(map.value->value(key));
}

Fact<bool> keyedFlag(const Fact<QMap<QString, qint64>> &map, const QString &key, const QString &path)
{
    const Fact<qint64> v = keyedValue(map, key, path);
    if (!v.isKnown())
        return Fact<bool>::unavailable(v.why);
    return proc(*v.value != 0);
}

Result<qint64> parseLow(const QByteArray &text)
{
    if (text.trimmed() == "max")
        return std::numeric_limits<qint64>::max();
    return parseCgroupInteger(text);
}

void readMemory(const HostFs &fs, const QString &dir, bool v1, MemoryCgroup &m)
{
    const auto f = [&dir](const char *name) -> QString { return dir + u'/' + QString::fromLatin1(name); };
    if (v1) {
        m.limit = readFact<Limit>(fs, f("memory.limit_in_bytes"), parseCgroupV1Limit);
        m.usage = readFact<qint64>(fs, f("memory.usage_in_bytes"), parseCgroupInteger);
        m.peak = readFact<qint64>(fs, f("memory.max_usage_in_bytes"), parseCgroupInteger);
        m.limitHits = readFact<qint64>(fs, f("memory.failcnt"), parseCgroupInteger);
        m.softLimit = readFact<Limit>(fs, f("memory.soft_limit_in_bytes"), parseCgroupV1Limit);
        m.high = notInVersion<Limit>("memory.high", true);
        m.low = notInVersion<qint64>("memory.low", true);
        m.swapLimit = readFact<Limit>(fs, f("memory.memsw.limit_in_bytes"), parseCgroupV1Limit);
        m.swapUsage = readFact<qint64>(fs, f("memory.memsw.usage_in_bytes"), parseCgroupInteger);
        m.kmemLimit = readFact<Limit>(fs, f("memory.kmem.limit_in_bytes"), parseCgroupV1Limit);
        m.kmemUsage = readFact<qint64>(fs, f("memory.kmem.usage_in_bytes"), parseCgroupInteger);
        const auto oom = readFact<QMap<QString, qint64>>(fs, f("memory.oom_control"), parseCgroupKeyed);
        m.oomKillDisable = keyedFlag(oom, u"oom_kill_disable"_s, f("memory.oom_control"));
        m.underOom = keyedFlag(oom, u"under_oom"_s, f("memory.oom_control"));
        m.oomKills = keyedValue(oom, u"oom_kill"_s, f("memory.oom_control")); // kernel >= 4.13
        m.oomEvents = notInVersion<qint64>("memory.events", true);
    } else {
        m.limit = readFact<Limit>(fs, f("memory.max"), parseCgroupMaxLimit);
        m.usage = readFact<qint64>(fs, f("memory.current"), parseCgroupInteger);
        m.peak = readFact<qint64>(fs, f("memory.peak"), parseCgroupInteger); // kernel >= 5.19
        const auto events = readFact<QMap<QString, qint64>>(fs, f("memory.events"), parseCgroupKeyed);
        m.limitHits = keyedValue(events, u"max"_s, f("memory.events"));
        m.oomKills = keyedValue(events, u"oom_kill"_s, f("memory.events"));
        m.oomEvents = keyedValue(events, u"oom"_s, f("memory.events"));
        m.softLimit = notInVersion<Limit>("memory.soft_limit_in_bytes", false);
        m.high = readFact<Limit>(fs, f("memory.high"), parseCgroupMaxLimit);
        m.low = readFact<qint64>(fs, f("memory.low"), parseLow);
        m.swapLimit = readFact<Limit>(fs, f("memory.swap.max"), parseCgroupMaxLimit);
        m.swapUsage = readFact<qint64>(fs, f("memory.swap.current"), parseCgroupInteger);
        m.kmemLimit = notInVersion<Limit>("memory.kmem.limit_in_bytes", false);
        m.kmemUsage = notInVersion<qint64>("memory.kmem.usage_in_bytes", false);
        m.oomKillDisable = notInVersion<bool>("memory.oom_control", false);
        m.underOom = notInVersion<bool>("memory.oom_control", false);
    }
    m.stat = readFact<QMap<QString, qint64>>(fs, f("memory.stat"), parseCgroupKeyed);
}

template<class T>
void setAll(const Error &why, std::initializer_list<Fact<T> *> facts)
{
    for (Fact<T> *fact : facts)
        *fact = Fact<T>::unavailable(why);
}

void memoryUnavailable(MemoryCgroup &m, const Error &why)
{
    setAll<Limit>(why, {&m.limit, &m.softLimit, &m.high, &m.swapLimit, &m.kmemLimit});
    setAll<qint64>(why, {&m.usage, &m.peak, &m.limitHits, &m.low, &m.swapUsage, &m.kmemUsage,
                         &m.oomKills, &m.oomEvents});
    setAll<bool>(why, {&m.oomKillDisable, &m.underOom});
    m.stat = Fact<QMap<QString, qint64>>::unavailable(why);
}

/// Where a controller lives: its own v1 directory, else the unified one; empty if neither.
struct ControllerDir
{
    QString dir;
    bool v1 = false;
};

ControllerDir controllerDir(const CgroupFacts &cg, const QString &controller)
{
    if (cg.controllerDirs.contains(controller))
        return {cg.controllerDirs.value(controller), true};
    if (cg.controllerDirs.contains(QString()))
        return {cg.controllerDirs.value(QString()), false};
    return {};
}

/// Where each controller of the container lives, from its /proc/<pid>/cgroup lines.
void resolveControllerDirs(const ProcCgroup &procCgroup, CgroupFacts &cg)
{
    const bool unified = cg.version == CgroupVersion::V2;
    for (const CgroupEntry &e : procCgroup.entries) {
        if (e.hierarchyId == 0 && e.controllers.isEmpty()) {
            if (cg.version == CgroupVersion::V1)
                continue;   // a stray v2 line on a pure v1 host has no mount to read
            cg.controllerPaths.insert(QString(), e.path);
            cg.controllerDirs.insert(QString(), joinPath(unified ? u"/sys/fs/cgroup"_s
                                                                 : u"/sys/fs/cgroup/unified"_s, e.path));
            continue;
        }
        if (unified)
            continue;
        // The v1 mount is named after the joined controller list ("cpu,cpuacct");
        // named hierarchies ("name=systemd") are mounted under their name.
        QString mount = e.controllers.join(u',');
        if (mount.startsWith(u"name="_s))
            mount = mount.mid(5);
        for (const QString &c : e.controllers) {
            cg.controllerPaths.insert(c, e.path);
            cg.controllerDirs.insert(c, joinPath(u"/sys/fs/cgroup/"_s + mount, e.path));
        }
    }
}

CgroupVersion effectiveVersion(const HostFacts &host, const CollectContext &context)
{
    return host.cgroupVersion == CgroupVersion::Unknown ? parseVersionText(context.cgroupVersion)
                                                        : host.cgroupVersion;
}

void collectCgroup(const HostFs &fs, const std::optional<ProcCgroup> &procCgroup,
                   const Error &procCgroupError, CgroupFacts &cg)
{
    if (procCgroup) {
        resolveControllerDirs(*procCgroup, cg);
        if (cg.controllerPaths.contains(u"memory"_s))
            cg.path = proc(cg.controllerPaths.value(u"memory"_s));
        else if (cg.controllerPaths.contains(QString()))
            cg.path = proc(cg.controllerPaths.value(QString()));
        else
            cg.path = missing<QString>(ErrorCode::NotFound, u"no memory or unified cgroup line"_s);
    } else {
        cg.path = Fact<QString>::unavailable(procCgroupError);
    }

    // Second batch of a container's refresh: each controller directory read below, with its
    // files (only now known: resolved from /proc/<pid>/cgroup, never built from the id).
    if (procCgroup) {
        if (const QStringList dirs = cgroupDirectories(cg); !dirs.isEmpty())
            fs.prefetch(dirs);
    }

    const auto noDir = [&](const QString &controller) {
        return procCgroup ? Error{ErrorCode::KernelLacks, u"no "_s + controller + u" controller in /proc/<pid>/cgroup"_s}
                          : procCgroupError;
    };
    // cgroup v2: a controller that the parent does not enable for this cgroup (rootless Docker
    // without delegation of memory, pids, cpu or io) has no files here and limits nothing.
    std::optional<QList<QByteArray>> enabled;
    const QString unifiedDir = cg.controllerDirs.value(QString());
    if (procCgroup && !unifiedDir.isEmpty() && cg.version == CgroupVersion::V2) {
        if (const Result<QByteArray> text = fs.readFile(unifiedDir + u"/cgroup.controllers"_s))
            enabled = text->simplified().split(' ');
    }
    const auto notDelegated = [&](const ControllerDir &d, const char *controller) -> std::optional<Error> {
        if (d.v1 || !enabled || enabled->contains(QByteArray(controller)))
            return std::nullopt;
        return Error{ErrorCode::NotEnforced,
                     u"%1/cgroup.controllers has no %2: the controller is not delegated to the container's cgroup"_s
                         .arg(unifiedDir, QString::fromLatin1(controller))};
    };

    // memory
    const ControllerDir mem = controllerDir(cg, u"memory"_s);
    if (mem.dir.isEmpty())
        memoryUnavailable(cg.memory, noDir(u"memory"_s));
    else if (const auto why = notDelegated(mem, "memory"))
        memoryUnavailable(cg.memory, *why);
    else
        readMemory(fs, mem.dir, mem.v1, cg.memory);

    // pids: same file names in v1 and v2
    const ControllerDir pids = controllerDir(cg, u"pids"_s);
    const std::optional<Error> pidsNotDelegated = notDelegated(pids, "pids");
    if (pids.dir.isEmpty() || pidsNotDelegated) {
        const Error why = pidsNotDelegated ? *pidsNotDelegated : noDir(u"pids"_s);
        cg.pids.limit = Fact<Limit>::unavailable(why);
        cg.pids.current = Fact<qint64>::unavailable(why);
    } else {
        cg.pids.limit = readFact<Limit>(fs, pids.dir + u"/pids.max"_s, parseCgroupMaxLimit);
        cg.pids.current = readFact<qint64>(fs, pids.dir + u"/pids.current"_s, parseCgroupInteger);
    }

    // cpu
    const ControllerDir cpu = controllerDir(cg, u"cpu"_s);
    const std::optional<Error> cpuNotDelegated = notDelegated(cpu, "cpu");
    if (cpu.dir.isEmpty() || cpuNotDelegated) {
        const Error why = cpuNotDelegated ? *cpuNotDelegated : noDir(u"cpu"_s);
        cg.cpu.shares = cg.cpu.weight = cg.cpu.period = Fact<qint64>::unavailable(why);
        cg.cpu.quota = Fact<Limit>::unavailable(why);
    } else if (cpu.v1) {
        cg.cpu.shares = readFact<qint64>(fs, cpu.dir + u"/cpu.shares"_s, parseCgroupInteger);
        cg.cpu.weight = notInVersion<qint64>("cpu.weight", true);
        cg.cpu.quota = readFact<Limit>(fs, cpu.dir + u"/cpu.cfs_quota_us"_s, parseCgroupV1Limit);
        cg.cpu.period = readFact<qint64>(fs, cpu.dir + u"/cpu.cfs_period_us"_s, parseCgroupInteger);
    } else {
        cg.cpu.shares = notInVersion<qint64>("cpu.shares", false);
        cg.cpu.weight = readFact<qint64>(fs, cpu.dir + u"/cpu.weight"_s, parseCgroupInteger);
        const auto max = readFact<CpuMax>(fs, cpu.dir + u"/cpu.max"_s, parseCpuMax);
        if (max.isKnown()) {
            cg.cpu.quota = proc(max.value->quota);
            cg.cpu.period = proc(max.value->period);
        } else {
            cg.cpu.quota = Fact<Limit>::unavailable(max.why);
            cg.cpu.period = Fact<qint64>::unavailable(max.why);
        }
    }
    const ControllerDir cpuset = controllerDir(cg, u"cpuset"_s);
    const auto trimmed = [](const QByteArray &t) { return Result<QString>(QString::fromLatin1(t.trimmed())); };
    if (cpuset.dir.isEmpty())
        cg.cpu.cpusetCpus = Fact<QString>::unavailable(noDir(u"cpuset"_s));
    else if (const auto why = notDelegated(cpuset, "cpuset"))
        cg.cpu.cpusetCpus = Fact<QString>::unavailable(*why);
    else
        cg.cpu.cpusetCpus = readFact<QString>(fs, cpuset.dir + (cpuset.v1 ? u"/cpuset.cpus"_s
                                                                           : u"/cpuset.cpus.effective"_s), trimmed);

    // block I/O
    const ControllerDir blkio = controllerDir(cg, u"blkio"_s);
    const ControllerDir io = blkio.dir.isEmpty() ? controllerDir(cg, u"io"_s) : blkio;
    const std::optional<Error> ioNotDelegated = notDelegated(io, "io");
    if (io.dir.isEmpty() || ioNotDelegated) {
        const Error why = ioNotDelegated ? *ioNotDelegated : noDir(u"blkio"_s);
        cg.blkio.weight = Fact<qint64>::unavailable(why);
        cg.blkio.throttles = Fact<QStringList>::unavailable(why);
    } else if (io.v1) {
        cg.blkio.weight = readFact<qint64>(fs, io.dir + u"/blkio.weight"_s, parseCgroupInteger);
        if (!cg.blkio.weight.isKnown() && cg.blkio.weight.why.code == ErrorCode::NotFound) {
            // CFQ is gone from current kernels; BFQ's file says "default 100"
            const auto bfq = readFact<QMap<QString, qint64>>(fs, io.dir + u"/blkio.bfq.weight"_s, parseCgroupKeyed);
            if (bfq.isKnown())
                cg.blkio.weight = keyedValue(bfq, u"default"_s, io.dir + u"/blkio.bfq.weight"_s);
        }
        QStringList lines;
        Error firstError;
        bool anyRead = false;
        for (const char *name : {"read_bps_device", "write_bps_device", "read_iops_device", "write_iops_device"}) {
            const QString path = io.dir + u"/blkio.throttle."_s + QString::fromLatin1(name);
            const Result<QByteArray> data = fs.readFile(path);
            if (!data) {
                if (!anyRead)
                    firstError = hostError(data.error());
                continue;
            }
            anyRead = true;
            for (const QString &line : parseCgroupLines(*data))
                lines.append(QString::fromLatin1(name) + u' ' + line);
        }
        cg.blkio.throttles = anyRead ? proc(lines) : Fact<QStringList>::unavailable(firstError);
    } else {
        const auto weight = readFact<QMap<QString, qint64>>(fs, io.dir + u"/io.weight"_s, parseCgroupKeyed);
        cg.blkio.weight = keyedValue(weight, u"default"_s, io.dir + u"/io.weight"_s);
        cg.blkio.throttles = readFact<QStringList>(fs, io.dir + u"/io.max"_s, [](const QByteArray &t) {
            return Result<QStringList>(parseCgroupLines(t));
        });
    }
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

QStringList containerFactsPaths(const ContainerInspect &inspect, const CollectContext &context)
{
    if (inspect.state.pid <= 0 || !inspect.state.running)
        return {};
    const QString procDir = u"/proc/%1"_s.arg(inspect.state.pid);
    QStringList wanted;
    for (const char *name : {"cgroup", "stat", "status", "uid_map", "gid_map", "mountinfo", "attr/current",
                             "ns", "root/proc/meminfo"})
        wanted.append(procDir + u'/' + QString::fromLatin1(name));
    if (!context.socketPath.isEmpty()) {
        // stat() only: the socket and the bind mounts' sources (matched by device and inode)
        wanted.append(context.socketPath);
        for (const MountPoint &m : inspect.mounts) {
            const bool bind = m.type == u"bind"_s || m.type.isEmpty();
            if (bind && !m.source.isEmpty() && !wanted.contains(m.source))
                wanted.append(m.source);
        }
    }
    return wanted;
}

QStringList cgroupDirectories(const CgroupFacts &cgroup)
{
    QStringList dirs;
    for (const char *controller : {"memory", "pids", "cpu", "cpuset", "blkio", "io"}) {
        const QString dir = controllerDir(cgroup, QString::fromLatin1(controller)).dir;
        if (!dir.isEmpty() && !dirs.contains(dir))
            dirs.append(dir);
    }
    return dirs;
}

QStringList containerCgroupPaths(const ContainerInspect &inspect, const HostFs &fs, const HostFacts &host,
                                 const CollectContext &context)
{
    if (inspect.state.pid <= 0 || !inspect.state.running || !host.hostAccess)
        return {};
    const Result<QByteArray> text = fs.readFile(u"/proc/%1/cgroup"_s.arg(inspect.state.pid));
    if (!text)
        return {};
    const Result<ProcCgroup> parsed = parseProcCgroup(*text);
    if (!parsed || !parsed->namesContainer(inspect.id))
        return {};
    CgroupFacts cg;
    cg.version = effectiveVersion(host, context);
    resolveControllerDirs(containerLevel(*parsed, inspect.id), cg);
    QStringList dirs = cgroupDirectories(cg);
    // v2: the ancestors too, whose memory.max may bound a container without a limit of its own.
    if (const QString unified = cg.controllerDirs.value(QString()); cg.version == CgroupVersion::V2) {
        for (QString p = unified.section(u'/', 0, -2); p.startsWith(u"/sys/fs/cgroup/"_s);
             p = p.section(u'/', 0, -2))
            dirs << p;
    }
    return dirs;
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

ContainerFacts collectContainerFacts(const ContainerInspect &inspect, const HostFs *hostFs,
                                     const HostFacts &host, const CollectContext &context)
{
    ContainerFacts facts;
    facts.id = inspect.id;
    facts.name = inspect.name;
    facts.pid = inspect.state.pid;
    facts.collectedAt = QDateTime::currentDateTimeUtc();
    facts.inspect = inspect;
    const HostConfig &hc = inspect.hostConfig;
    const QString procDir = u"/proc/%1"_s.arg(facts.pid);

    // Gate: may host-side files be read for this container at all?
    std::optional<Error> gate;
    std::optional<ProcCgroup> procCgroup;
    Error procCgroupError;
    if (!hostFs) {
        gate = Error{ErrorCode::Unavailable, u"no host access"_s};
    } else if (!host.hostAccess) {
        gate = host.noAccessReason;
    } else if (facts.pid <= 0 || !inspect.state.running) {
        gate = Error{ErrorCode::NotRunning, u"container %1 has no process"_s.arg(inspect.id)};
    } else {
        // First batch of a container's refresh: every per-process file read below.
        QStringList wanted = containerFactsPaths(inspect, context);
        if (!host.meminfo.isKnown())
            wanted.append(u"/proc/meminfo"_s);
        hostFs->prefetch(wanted);
        const ProcessProof proof = proveContainerProcess(*hostFs, inspect, context);
        gate = proof.gate;
        procCgroup = proof.cgroup;
        facts.pidProof = proof.proof;
        facts.shimPid = proof.shimPid;
        if (proof.verified)
            facts.pidVerified = proc(*proof.verified);
        if (!procCgroup && facts.pidProof == PidProof::Shim) {
            // Proven by its shim, but it has no cgroup of its own: whatever cgroup it sits in
            // (the daemon owner's session) is not the container's and must not be read as such.
            procCgroupError = Error{ErrorCode::NotEnforced, proof.noCgroupReason};
        }
    }
    if (gate && !facts.pidVerified.isKnown())
        facts.pidVerified = Fact<bool>::unavailable(*gate);
    if (gate)
        procCgroupError = *gate;
    const FailingHostFs failing(gate.value_or(Error{}));
    const HostFs &fs = gate ? static_cast<const HostFs &>(failing) : *hostFs;

    // ---- namespaces
    NamespaceFacts &ns = facts.namespaces;
    ns.reference = gate ? HostReference::None : host.nsReference;
    ns.referencePid = gate ? 0 : host.nsReferencePid;
    const CgroupVersion version = effectiveVersion(host, context);
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
        if (gate)
            n.hostInode = Fact<quint64>::unavailable(*gate);
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
    std::optional<IdMap> uidMap;
    if (ns.uidMap.isKnown()) {
        if (Result<IdMap> m = parseIdMap(ns.uidMap.value->toLatin1())) {
            uidMap = *m;
            ns.rootMapsTo = m->toHost(0);
        }
    }

    // ---- capabilities
    CapabilityFacts &caps = facts.capabilities;
    caps.lastCap = host.capLastCap;
    caps.privileged = hc.privileged;
    caps.declaredAdd = Capabilities::normalise(hc.capAdd);
    caps.declaredDrop = Capabilities::normalise(hc.capDrop);
    caps.expectedBounding = Capabilities::expectedBounding(hc.privileged, hc.capAdd, hc.capDrop,
                                                           host.capLastCap);
    caps.declaredAppArmorProfile = inspect.appArmorProfile;
    caps.securityOpt = hc.securityOpt;

    const QString statusPath = procDir + u"/status"_s;
    std::optional<ProcStatus> status;
    Error statusError;
    if (const Result<QByteArray> text = fs.readFile(statusPath)) {
        if (Result<ProcStatus> parsed = parseProcStatus(*text)) {
            status = *parsed;
            if (!status->problems.isEmpty())
                qCDebug(lcProc) << statusPath << status->problems;
        } else {
            statusError = Error{ErrorCode::ParseError, statusPath + u": "_s + parsed.error().detail};
        }
    } else {
        statusError = hostError(text.error());
    }
    const auto statusProblem = [&](const QString &field) {
        if (!status)
            return statusError;
        QString detail = statusPath + u": "_s + field + u" missing"_s;
        for (const QString &p : std::as_const(status->problems)) {
            if (p.startsWith(field)) {
                detail = statusPath + u": "_s + p;
                break;
            }
        }
        return Error{ErrorCode::ParseError, detail};
    };
    if (status && status->capabilities)
        caps.sets = proc(*status->capabilities);
    else
        caps.sets = Fact<CapabilitySets>::unavailable(statusProblem(u"Cap"_s));
    caps.noNewPrivs = status && status->noNewPrivs ? proc(*status->noNewPrivs)
                                                   : Fact<bool>::unavailable(statusProblem(u"NoNewPrivs"_s));
    caps.seccompMode = status && status->seccompMode ? proc(*status->seccompMode)
                                                     : Fact<int>::unavailable(statusProblem(u"Seccomp"_s));
    caps.seccompFilters = status && status->seccompFilters
        ? proc(*status->seccompFilters)
        : Fact<int>::unavailable(statusProblem(u"Seccomp_filters"_s));
    const quint64 bounding = caps.sets.isKnown() ? caps.sets.value->bounding : caps.expectedBounding;
    caps.addedToDefault = Capabilities::names(bounding & ~Capabilities::dockerDefault);
    caps.droppedFromDefault = Capabilities::names(Capabilities::dockerDefault & ~bounding);

    const QString attrPath = procDir + u"/attr/current"_s;
    if (const Result<QByteArray> label = fs.readFile(attrPath)) {
        QByteArray l = *label;
        while (!l.isEmpty() && (l.endsWith('\0') || l.endsWith('\n')))
            l.chop(1);
        caps.lsmLabel = proc(l.isEmpty() ? u"none"_s : QString::fromUtf8(l));
    } else if (label.error().code == ErrorCode::KernelLacks) {
        caps.lsmLabel = proc(u"none"_s);    // EINVAL: no LSM loaded
    } else {
        caps.lsmLabel = Fact<QString>::unavailable(hostError(label.error()));
    }

    // ---- cgroup
    CgroupFacts &cg = facts.cgroup;
    cg.version = version;
    collectCgroup(fs, procCgroup, procCgroupError, cg);
    cg.driver = context.cgroupDriver;
    if (cg.driver.isEmpty() && cg.path.isKnown()) {
        const QString &p = *cg.path.value;
        cg.driver = p.endsWith(u".scope"_s) || p.contains(u".slice"_s) ? u"systemd"_s : u"cgroupfs"_s;
    }

    // ---- meminfo
    MeminfoFacts &mi = facts.meminfo;
    mi.container = readFact<QMap<QString, qint64>>(fs, procDir + u"/root/proc/meminfo"_s, parseMeminfo);
    if (gate)
        mi.host = Fact<QMap<QString, qint64>>::unavailable(*gate);
    else
        mi.host = host.meminfo.isKnown() ? host.meminfo
                                         : readFact<QMap<QString, qint64>>(fs, u"/proc/meminfo"_s, parseMeminfo);
    mi.limit = cg.memory.limit;
    if (mi.container.isKnown() && mi.host.isKnown() && mi.container.value->contains(u"MemTotal"_s))
        mi.seesHostMemory = mi.container.value->value(u"MemTotal"_s) == mi.host.value->value(u"MemTotal"_s);

    // ---- mounts
    std::optional<QList<MountInfoEntry>> mountInfo;
    if (const Result<QByteArray> text = fs.readFile(procDir + u"/mountinfo"_s)) {
        if (Result<QList<MountInfoEntry>> parsed = parseMountInfo(*text))
            mountInfo = *parsed;
    }
    const Result<FileStat> socketStat = context.socketPath.isEmpty()
        ? Result<FileStat>(Error{ErrorCode::Unavailable, u"no local socket"_s})
        : fs.stat(context.socketPath);
    for (const MountPoint &m : inspect.mounts) {
        MountFact mf;
        mf.mount = m;
        mf.readOnly = !m.rw;
        mf.propagation = m.propagation;
        mf.source = Provenance::Api;
        const bool bind = m.type == u"bind"_s || m.type.isEmpty();
        if (bind) {
            mf.sensitive = classifyPath(m.source, context);
            if (socketStat) {
                const Result<FileStat> sourceStat = fs.stat(m.source);
                bool match = sameFile(socketStat, sourceStat);
                // A bind of a directory above the socket exposes it too.
                if (!match && sourceStat && sourceStat->isDir() && context.socketPath.startsWith(m.source + u'/'))
                    match = sameFile(socketStat, fs.stat(context.socketPath));
                mf.isDockerSocket = match && sourceStat && !sourceStat->isDir();
                mf.socketMatch = Provenance::Proc;
                if (match && sourceStat && sourceStat->isDir())
                    mf.sensitive = SensitivePath::Other;
            } else {
                mf.isDockerSocket = m.source == context.socketPath || isDefaultSocket(m.source);
                mf.socketMatch = Provenance::Api;
            }
            if (mf.isDockerSocket)
                mf.sensitive = SensitivePath::DockerSocket;
        }
        if (mountInfo) {
            for (const MountInfoEntry &e : std::as_const(*mountInfo)) {
                if (e.mountPoint == m.destination) {  // the last one wins: mounts stack
                    mf.readOnly = e.readOnly();
                    mf.propagation = e.propagation();
                    mf.source = Provenance::Proc;
                }
            }
        }
        facts.mounts.append(mf);
    }

    // ---- identity
    IdentityFacts &id = facts.identity;
    id.declaredUser = inspect.config.user;
    id.readonlyRootfs = hc.readonlyRootfs;
    id.devices = hc.devices;
    id.maskedPaths = hc.maskedPaths;
    id.readonlyPaths = hc.readonlyPaths;
    id.uid = status && status->uid ? proc(status->uid->at(0)) : Fact<qint64>::unavailable(statusProblem(u"Uid"_s));
    id.gid = status && status->gid ? proc(status->gid->at(0)) : Fact<qint64>::unavailable(statusProblem(u"Gid"_s));
    if (id.uid.isKnown() && uidMap) {
        if (const auto inside = uidMap->toInside(*id.uid.value))
            id.containerUid = proc(*inside);
        else
            id.containerUid = missing<qint64>(ErrorCode::NotFound, u"uid %1 is not mapped in %2/uid_map"_s
                                                                        .arg(*id.uid.value).arg(procDir));
    } else {
        id.containerUid = Fact<qint64>::unavailable(id.uid.isKnown() ? ns.uidMap.why : id.uid.why);
    }
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
