// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/collectors/cgroupcollector.h"

#include "core/facts/cgroupparsers.h"
#include "core/facts/collectcontext.h"
#include "core/facts/collectors/factreading.h"
#include "core/facts/collectors/processgate.h"
#include "core/facts/factscollector.h"  // cgroupDirectories, defined here
#include "core/facts/hostfs.h"

#include <limits>

namespace dockscope::core::collectors {

using namespace Qt::StringLiterals;

namespace {

QString joinPath(const QString &dir, const QString &sub)
{
    if (sub.isEmpty() || sub == u"/"_s)
        return dir;
    if (sub.startsWith(u'/'))
        return dir + sub;
    return dir + u'/' + sub;
}

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

void readCgroup(const HostFs &fs, const std::optional<ProcCgroup> &procCgroup,
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

ControllerDir controllerDir(const CgroupFacts &cg, const QString &controller)
{
    if (cg.controllerDirs.contains(controller))
        return {cg.controllerDirs.value(controller), true};
    if (cg.controllerDirs.contains(QString()))
        return {cg.controllerDirs.value(QString()), false};
    return {};
}

QStringList cgroupPaths(const ProcCgroup &ownCgroup, CgroupVersion version)
{
    CgroupFacts cg;
    cg.version = version;
    resolveControllerDirs(ownCgroup, cg);
    QStringList dirs = cgroupDirectories(cg);
    // v2: the ancestors too, whose memory.max may bound a container without a limit of its own.
    if (const QString unified = cg.controllerDirs.value(QString()); cg.version == CgroupVersion::V2) {
        for (QString p = unified.section(u'/', 0, -2); p.startsWith(u"/sys/fs/cgroup/"_s);
             p = p.section(u'/', 0, -2))
            dirs << p;
    }
    return dirs;
}

CgroupFacts collectCgroup(const ProcessGate &gate, CgroupVersion version, const CollectContext &context)
{
    CgroupFacts cg;
    cg.version = version;
    readCgroup(gate.fs(), gate.cgroup(), gate.cgroupError(), cg);
    cg.driver = context.cgroupDriver;
    if (cg.driver.isEmpty() && cg.path.isKnown()) {
        const QString &p = *cg.path.value;
        cg.driver = p.endsWith(u".scope"_s) || p.contains(u".slice"_s) ? u"systemd"_s : u"cgroupfs"_s;
    }
    return cg;
}

} // namespace dockscope::core::collectors

namespace dockscope::core {

QStringList cgroupDirectories(const CgroupFacts &cgroup)
{
    QStringList dirs;
    for (const char *controller : {"memory", "pids", "cpu", "cpuset", "blkio", "io"}) {
        const QString dir = collectors::controllerDir(cgroup, QString::fromLatin1(controller)).dir;
        if (!dir.isEmpty() && !dirs.contains(dir))
            dirs.append(dir);
    }
    return dirs;
}

} // namespace dockscope::core
