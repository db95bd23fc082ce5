// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfixture.h"

#include "core/facts/capabilities.h"


namespace dockscope::test {

using namespace Qt::StringLiterals;
using namespace dockscope::core;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 HostMemTotal = 8'000'000 * 1024LL;

template<class T>
Fact<T> known(T v)
{
    return Fact<T>::known(std::move(v), Provenance::Proc);
}

template<class T>
Fact<T> missing(ErrorCode code, const QString &detail = {})
{
    return Fact<T>::unavailable(Error{code, detail});
}

CheckResult result(const QString &id, const QString &section, const char *title, CheckStatus status,
                   Severity severity, CheckScope scope = CheckScope::Daemon)
{
    CheckResult r;
    r.id = id;
    r.section = section;
    r.title = title;
    r.status = status;
    r.severity = severity;
    r.scope = scope;
    return r;
}

CheckResult forContainer(CheckResult r, const ContainerFacts &c)
{
    r.scope = CheckScope::Container;
    r.containerId = c.id;
    r.containerName = c.name;
    return r;
}

QList<NamespaceFact> namespaces(bool hostPid, bool hostNet, bool known_)
{
    static const QStringList types{u"cgroup"_s, u"ipc"_s, u"mnt"_s, u"net"_s, u"pid"_s,
                                   u"pid_for_children"_s, u"time"_s, u"time_for_children"_s,
                                   u"user"_s, u"uts"_s};
    QList<NamespaceFact> list;
    quint64 hostInode = 4026531835;
    quint64 containerInode = 4026532200;
    for (const QString &t : types) {
        NamespaceFact n;
        n.type = t;
        const bool shared = t.startsWith(u"time"_s) || t == u"user"_s
            || (hostPid && t.startsWith(u"pid"_s)) || (hostNet && t == u"net"_s);
        if (known_) {
            n.hostInode = known(hostInode);
            n.inode = known(shared ? hostInode : containerInode++);
            n.shared = shared;
        } else {
            n.inode = missing<quint64>(ErrorCode::NeedsRoot, u"/proc/4242/ns/"_s + t);
            n.hostInode = known(hostInode);
        }
        if (t.startsWith(u"pid"_s))
            n.declaredMode = hostPid ? u"host"_s : QString();
        if (t == u"net"_s)
            n.declaredMode = hostNet ? u"host"_s : u"bridge"_s;
        list.append(n);
        ++hostInode;
    }
    return list;
}

QMap<QString, qint64> meminfo(qint64 total, qint64 free)
{
    return {{u"MemTotal"_s, total}, {u"MemFree"_s, free}, {u"MemAvailable"_s, free + 900 * MiB}};
}

} // namespace

QStringList fixtureContainerNames()
{
    return {u"web-frontend"_s, u"debug-tools"_s, u"batch-stopped"_s};
}

report::ReportData makeReportData()
{
    report::ReportData data;
    const QDateTime t0(QDate(2026, 11, 29), QTime(18, 30, 0), Qt::UTC);
    data.generatedAt = t0.addSecs(60);
    data.endpointLabel = u"unix:///var/run/docker.sock"_s;

    AuditReport &a = data.audit;
    a.startedAt = t0;
    a.finishedAt = t0.addSecs(2);
    a.endpoint.kind = Endpoint::Kind::Unix;
    a.endpoint.socketPath = u"/var/run/docker.sock"_s;
    a.version.version = u"20.10.24+dfsg1"_s;
    a.version.apiVersion = u"1.41"_s;
    a.version.kernelVersion = u"6.1.0-27-amd64"_s;
    a.info.name = u"buildhost-07"_s;
    a.info.operatingSystem = u"Debian GNU/Linux 12 (bookworm)"_s;
    a.info.kernelVersion = a.version.kernelVersion;
    a.info.cgroupDriver = u"cgroupfs"_s;
    a.info.cgroupVersion = u"1"_s;
    a.host.hostAccess = true;
    a.host.cgroupVersion = CgroupVersion::Hybrid;
    a.host.capLastCap = 40;
    a.host.nsReference = HostReference::Self;
    a.host.meminfo = known(meminfo(HostMemTotal, 3'100'000 * 1024LL));

    // --- container 1: limited, default capabilities, sees the host's memory
    ContainerFacts web;
    web.id = u"3f9a1c2b7d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcd"_s;
    web.name = u"web-frontend"_s;
    web.pid = 4242;
    web.pidVerified = known(true);
    web.inspect.state.status = u"running"_s;
    web.inspect.config.image = u"dockscope-test:1"_s;
    web.inspect.hostConfig.memory = 48 * MiB;
    web.inspect.hostConfig.pidsLimit = 77;
    web.inspect.hostConfig.nanoCpus = 1'500'000'000;
    web.namespaces.namespaces = namespaces(false, false, true);
    web.namespaces.reference = HostReference::Self;
    web.namespaces.referencePid = 1000;
    web.namespaces.uidMap = known(u"         0          0 4294967295"_s);
    web.namespaces.rootMapsTo = 0;
    web.capabilities.sets = known(CapabilitySets{0, Capabilities::dockerDefault, Capabilities::dockerDefault,
                                                 Capabilities::dockerDefault, 0});
    web.capabilities.lastCap = 40;
    web.capabilities.noNewPrivs = known(false);
    web.capabilities.seccompMode = known(2);
    web.capabilities.lsmLabel = known(u"none"_s);
    web.cgroup.version = CgroupVersion::V1;
    web.cgroup.driver = u"cgroupfs"_s;
    web.cgroup.path = known(QString(u"/docker/"_s + web.id));
    web.cgroup.memory.limit = known(Limit(48 * MiB));
    web.cgroup.memory.usage = known(qint64(21 * MiB));
    web.cgroup.memory.peak = known(qint64(39 * MiB));
    web.cgroup.memory.limitHits = known(qint64(3));
    web.cgroup.memory.softLimit = known(Limit());
    web.cgroup.memory.swapLimit = known(Limit(96 * MiB));
    web.cgroup.memory.oomKills = missing<qint64>(ErrorCode::KernelLacks, u"memory.oom_control: no oom_kill"_s);
    web.cgroup.pids.limit = known(Limit(77));
    web.cgroup.pids.current = known(qint64(4));
    web.cgroup.cpu.shares = known(qint64(1024));
    web.cgroup.cpu.quota = known(Limit(150000));
    web.cgroup.cpu.period = known(qint64(100000));
    web.cgroup.cpu.cpusetCpus = known(u"0-1"_s);
    web.cgroup.blkio.weight = missing<qint64>(ErrorCode::KernelLacks, u"blkio.weight"_s);
    web.meminfo.container = known(meminfo(HostMemTotal, 3'000'000 * 1024LL));
    web.meminfo.host = a.host.meminfo;
    web.meminfo.limit = known(Limit(48 * MiB));
    web.meminfo.seesHostMemory = true;

    // --- container 2: privileged, host pid and network, every capability
    ContainerFacts debug;
    debug.id = u"9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b1a0f9e8d"_s;
    debug.name = u"debug-tools"_s;
    debug.pid = 5151;
    debug.pidVerified = known(true);
    debug.inspect.state.status = u"running"_s;
    debug.inspect.config.image = u"dockscope-test:1"_s;
    debug.inspect.hostConfig.privileged = true;
    debug.inspect.hostConfig.pidMode = u"host"_s;
    debug.inspect.hostConfig.networkMode = u"host"_s;
    debug.namespaces.namespaces = namespaces(true, true, true);
    debug.namespaces.reference = HostReference::Self;
    debug.namespaces.uidMap = known(u"0 0 4294967295"_s);
    debug.namespaces.rootMapsTo = 0;
    const quint64 all = Capabilities::allMask(40);
    debug.capabilities.sets = known(CapabilitySets{0, all, all, all, 0});
    debug.capabilities.lastCap = 40;
    debug.capabilities.privileged = true;
    debug.capabilities.declaredAdd = {u"CAP_SYS_ADMIN"_s, u"CAP_NET_ADMIN"_s};
    debug.capabilities.addedToDefault = Capabilities::names(all & ~Capabilities::dockerDefault);
    debug.capabilities.noNewPrivs = known(false);
    debug.capabilities.seccompMode = known(0);
    debug.capabilities.lsmLabel = missing<QString>(ErrorCode::KernelLacks, u"EINVAL"_s);
    debug.cgroup.version = CgroupVersion::V1;
    debug.cgroup.driver = u"cgroupfs"_s;
    debug.cgroup.path = known(QString(u"/docker/"_s + debug.id));
    debug.cgroup.memory.limit = known(Limit());
    debug.cgroup.memory.usage = known(qint64(5 * MiB));
    debug.cgroup.memory.peak = known(qint64(9 * MiB));
    debug.cgroup.memory.limitHits = known(qint64(0));
    debug.cgroup.pids.limit = known(Limit());
    debug.cgroup.cpu.quota = known(Limit());
    debug.meminfo.container = known(meminfo(HostMemTotal, 3'000'000 * 1024LL));
    debug.meminfo.host = a.host.meminfo;
    debug.meminfo.limit = known(Limit());
    debug.meminfo.seesHostMemory = true;

    // --- container 3: stopped; nothing of the kernel can be read
    ContainerFacts stopped;
    stopped.id = u"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"_s;
    stopped.name = u"batch-stopped"_s;
    stopped.pidVerified = missing<bool>(ErrorCode::NotRunning);
    stopped.inspect.state.status = u"exited"_s;
    stopped.inspect.config.image = u"dockscope-test:1"_s;
    stopped.inspect.hostConfig.memory = 256 * MiB;
    stopped.capabilities.sets = missing<CapabilitySets>(ErrorCode::NotRunning);
    stopped.capabilities.expectedBounding = Capabilities::dockerDefault;
    stopped.capabilities.noNewPrivs = missing<bool>(ErrorCode::NotRunning);
    stopped.capabilities.seccompMode = missing<int>(ErrorCode::NotRunning);
    stopped.capabilities.lsmLabel = missing<QString>(ErrorCode::NotRunning);
    stopped.namespaces.uidMap = missing<QString>(ErrorCode::NotRunning);
    stopped.cgroup.version = CgroupVersion::V1;
    stopped.cgroup.path = missing<QString>(ErrorCode::NotRunning);
    stopped.cgroup.memory.limit = missing<Limit>(ErrorCode::NotRunning);
    stopped.meminfo.container = missing<QMap<QString, qint64>>(ErrorCode::NotRunning);
    stopped.meminfo.host = a.host.meminfo;
    stopped.meminfo.limit = missing<Limit>(ErrorCode::NotRunning);

    a.containers = {web, debug, stopped};

    // --- results: every verdict, host/daemon and container scopes
    auto socket = result(u"DS-SOCKET-GROUP"_s, u"DS"_s, "Only trusted users can reach the Docker socket",
                         CheckStatus::Warn, Severity::High, CheckScope::Host);
    socket.evidence = {{u"/var/run/docker.sock"_s, u"srw-rw---- root:docker"_s},
                       {u"/etc/group docker"_s, u"alice, bob, ci-runner"_s},
                       {u"label"_s, u"生产环境 宿主机"_s}};
    socket.remedyKind = RemedyKind::Command;
    socket.remedyCode = u"gpasswd -d ci-runner docker"_s;
    socket.remedyText = "Remove users who do not need to run containers from the docker group.";
    socket.rationale = "Whoever reaches the Docker socket is root on the host.";
    auto icc = result(u"2.2"_s, u"2"_s, "Network traffic is restricted between containers on the default bridge",
                      CheckStatus::Fail, Severity::Medium);
    icc.evidence = {{u"daemon.json icc"_s, u"(not set: true)"_s}};
    icc.remedyKind = RemedyKind::DaemonJson;
    icc.remedyCode = u"{\n  \"icc\": false\n}"_s;
    auto live = result(u"2.15"_s, u"2"_s, "Live restore is enabled", CheckStatus::Pass, Severity::Low);
    live.evidence = {{u"/info LiveRestoreEnabled"_s, u"true"_s}};
    auto audit = result(u"1.1.3"_s, u"1"_s, "Auditing is configured for the Docker daemon",
                        CheckStatus::Unknown, Severity::Medium, CheckScope::Host);
    audit.unknownReason = Error{ErrorCode::NeedsRoot, u"/etc/audit/audit.rules"_s};
    auto partition = result(u"1.1.1"_s, u"1"_s, "A separate partition for containers has been created",
                            CheckStatus::Note, Severity::Low, CheckScope::Host);
    partition.evidence = {{u"/proc/self/mountinfo"_s, u"/var/lib/docker is on /"_s}};
    partition.manual = true;
    auto images = result(u"4.6"_s, u"4"_s, "HEALTHCHECK instructions have been added to container images",
                         CheckStatus::Info, Severity::Info, CheckScope::Image);
    auto longEvidence = result(u"3.1"_s, u"3"_s, "The docker.service file ownership is set to root:root",
                               CheckStatus::Pass, Severity::Medium, CheckScope::Host);
    longEvidence.evidence = {{u"/lib/systemd/system/docker.service"_s,
                              u"root:root 0644 sha256:"_s + QString(u'a').repeated(64)}};

    QList<CheckResult> results{partition, audit, icc, live, longEvidence, images, socket};
    // Many daemon checks, so that the checklist spans pages and tables meet page breaks.
    for (int i = 1; i <= 14; ++i) {
        auto r = result(u"3.%1"_s.arg(i + 1), u"3"_s, "Configuration file ownership and permissions are restrictive",
                        i % 3 == 0 ? CheckStatus::Warn : CheckStatus::Pass, Severity::Medium, CheckScope::Host);
        r.evidence = {{u"/etc/docker/file-%1.json"_s.arg(i), u"root:root 0644"_s},
                      {u"stat"_s, u"regular file, 1.2 KiB"_s}};
        results.append(r);
    }

    auto memLimit = forContainer(result(u"5.11"_s, u"5"_s, "Memory usage for containers is limited",
                                        CheckStatus::Pass, Severity::Medium), web);
    auto ro = forContainer(result(u"5.13"_s, u"5"_s, "The container's root filesystem is mounted as read only",
                                  CheckStatus::Warn, Severity::Low), web);
    ro.remedyKind = RemedyKind::RunFlag;
    ro.remedyCode = u"--read-only"_s;
    auto priv = forContainer(result(u"5.5"_s, u"5"_s, "Privileged containers are not used",
                                    CheckStatus::Fail, Severity::Critical), debug);
    priv.evidence = {{u"HostConfig.Privileged"_s, u"true"_s}};
    priv.remedyKind = RemedyKind::RunFlag;
    priv.remedyCode = u"docker run --cap-add SYS_PTRACE …   # instead of --privileged"_s;
    auto pidns = forContainer(result(u"5.16"_s, u"5"_s, "The host's process namespace is not shared",
                                     CheckStatus::Fail, Severity::High), debug);
    pidns.evidence = {{u"HostConfig.PidMode"_s, u"host"_s}, {u"/proc/5151/ns/pid"_s, u"pid:[4026531836] = host"_s}};
    auto debugMem = forContainer(result(u"5.11"_s, u"5"_s, "Memory usage for containers is limited",
                                        CheckStatus::Fail, Severity::Medium), debug);
    debugMem.remedyCode = u"--memory 512m"_s;
    auto stoppedCaps = forContainer(result(u"DS-CAPS"_s, u"DS"_s, "Capabilities beyond Docker's default are not granted",
                                           CheckStatus::Unknown, Severity::High), stopped);
    stoppedCaps.unknownReason = Error{ErrorCode::NotRunning, {}};
    results << memLimit << ro << priv << pidns << debugMem << stoppedCaps;
    a.results = results;
    a.summary = summarize(results);

    // Memory samples for the first two containers.
    QList<MemorySample> webSamples;
    for (int i = 0; i < 40; ++i) {
        MemorySample s;
        s.time = t0.addSecs(i);
        s.usage = (18 + (i * 7) % 21) * MiB;
        s.limit = 48 * MiB;
        s.peak = 39 * MiB;
        s.limitHits = 3;
        webSamples.append(s);
    }
    data.memory.insert(web.id, webSamples);
    QList<MemorySample> debugSamples;
    for (int i = 0; i < 10; ++i) {
        MemorySample s;
        s.time = t0.addSecs(i * 2);
        s.usage = (4 + i % 4) * MiB;
        s.peak = 9 * MiB;
        debugSamples.append(s);
    }
    data.memory.insert(debug.id, debugSamples);
    return data;
}

report::ReportData withContainers(const report::ReportData &base, int count, const QString &prefix)
{
    report::ReportData data = base;
    data.audit.containers.clear();
    data.memory.clear();
    QList<core::CheckResult> results;
    for (const auto &r : base.audit.results) {
        if (r.containerId.isEmpty())
            results.append(r);
    }
    for (int i = 0; i < count; ++i) {
        const auto &original = base.audit.containers.at(i % base.audit.containers.size());
        auto copy = original;
        copy.name = prefix + u"%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        copy.id = u"%1"_s.arg(i + 1, 64, 16, QChar(u'a'));
        data.audit.containers.append(copy);
        if (base.memory.contains(original.id))
            data.memory.insert(copy.id, base.memory.value(original.id));
        for (const auto &result : base.audit.results) {
            if (result.containerId != original.id)
                continue;
            core::CheckResult r = result;
            r.containerId = copy.id;
            r.containerName = copy.name;
            results.append(r);
        }
    }
    data.audit.results = results;
    return data;
}

} // namespace dockscope::test
