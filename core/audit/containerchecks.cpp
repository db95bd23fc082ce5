// SPDX-License-Identifier: GPL-3.0-or-later
// §5 Container runtime. Enforced facts (/proc, cgroup files, ns inodes) first, declared
// (inspect) as the fallback; `source` says which one decided.
#include "core/audit/checkcontext.h"
#include "core/audit/checktables.h"
#include "core/facts/containerprocesses.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 s_unlimitedV1 = 9223372036854771712LL;

QString procKey(const ContainerFacts &f, const QString &file)
{
    return u"/proc/%1/%2"_s.arg(f.pid).arg(file);
}

QString orPrivate(const QString &mode)
{
    return mode.isEmpty() ? u"\"\" (daemon default)"_s : mode;
}

QString limitText(const Limit &l)
{
    return l ? QString::number(*l) : u"unlimited"_s;
}

QString referenceText(const ContainerFacts &f)
{
    switch (f.namespaces.reference) {
    case HostReference::Pid1: return u"/proc/1/ns"_s;
    case HostReference::DaemonProcess: return u"/proc/%1/ns (dockerd)"_s.arg(f.namespaces.referencePid);
    case HostReference::Self: return u"/proc/self/ns"_s;
    case HostReference::None: break;
    }
    return u"host"_s;
}

void judgeNamespace(const CheckContext &, const ContainerFacts &f, CheckResult &r, const QString &type,
                    const QString &declaredKey, const QString &declared)
{
    addEvidence(r, u"HostConfig."_s + declaredKey, orPrivate(declared));
    const NamespaceFact *ns = namespaceFact(f, type);
    if (ns && ns->shared.has_value() && ns->inode.isKnown() && ns->hostInode.isKnown()) {
        r.source = EvidenceSource::Proc;
        addEvidence(r, procKey(f, u"ns/"_s + type),
                    u"%1:[%2] vs %3 %1:[%4]"_s.arg(type).arg(*ns->inode.value).arg(referenceText(f)).arg(*ns->hostInode.value));
        r.status = *ns->shared ? CheckStatus::Fail : CheckStatus::Pass;
        return;
    }
    r.source = EvidenceSource::Api;
    r.status = declared == u"host"_s ? CheckStatus::Fail : CheckStatus::Pass;
}

QList<MountFact> mountsOf(const ContainerFacts &f)
{
    if (!f.mounts.isEmpty())
        return f.mounts;
    QList<MountFact> out;
    for (const MountPoint &m : f.inspect.mounts) {
        MountFact mf;
        mf.mount = m;
        mf.readOnly = !m.rw;
        mf.propagation = m.propagation;
        out << mf;
    }
    return out;
}

QString mountText(const MountFact &m)
{
    return u"%1 -> %2 (%3%4)"_s.arg(m.mount.source, m.mount.destination, m.readOnly ? u"ro"_s : u"rw"_s,
                                     m.propagation.isEmpty() ? QString() : u", "_s + m.propagation);
}

bool isSensitiveSource(const QString &source, const QString &dataRoot)
{
    static const char *const dirs[] = {"/boot", "/dev", "/etc", "/lib", "/proc", "/sys", "/usr"};
    if (source == u"/"_s)
        return true;
    for (const char *d : dirs) {
        const QString dir = QString::fromLatin1(d);
        if (source == dir || source.startsWith(dir + u'/'))
            return true;
    }
    return !dataRoot.isEmpty() && (source == dataRoot || source.startsWith(dataRoot + u'/'));
}

void judgeCapabilities(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    const CapabilityFacts &caps = f.capabilities;
    addEvidence(r, u"HostConfig.CapAdd"_s, f.inspect.hostConfig.capAdd.join(u", "_s));
    addEvidence(r, u"HostConfig.CapDrop"_s, f.inspect.hostConfig.capDrop.join(u", "_s));
    if (f.inspect.hostConfig.privileged) {
        addEvidence(r, u"HostConfig.Privileged"_s, u"true"_s);
        r.message = QT_TRANSLATE_NOOP("Checks", "Privileged: the container holds every capability.");
        r.source = EvidenceSource::Api;
        r.status = CheckStatus::Fail;
        r.remedyCode = u"docker run --cap-drop ALL --cap-add <needed> … (without --privileged)"_s;
        return;
    }
    if (caps.sets.isKnown()) {
        // The bounding set, not CapEff: a --user 1000 process has CapEff 0 but can regain
        // every bounding capability through a setuid or file-capability binary.
        const CapabilitySets s = *caps.sets.value;
        const quint64 added = s.bounding & ~dockerDefaultCapabilities;
        r.source = EvidenceSource::Proc;
        addEvidence(r, procKey(f, u"status CapBnd"_s), hex(s.bounding));
        addEvidence(r, procKey(f, u"status CapEff"_s), hex(s.effective));
        addEvidence(r, u"added to Docker's default set"_s, added ? capabilityNames(added).join(u", "_s) : u"none"_s);
        r.status = added ? CheckStatus::Fail : CheckStatus::Pass;
        if (added) {
            QStringList drops;
            for (const QString &n : capabilityNames(added))
                drops << u"--cap-drop "_s + n;
            r.remedyCode = drops.join(u' ');
        }
        return;
    }
    r.source = EvidenceSource::Api;
    QStringList extra;
    for (const QString &cap : f.inspect.hostConfig.capAdd) {
        const QString n = normaliseCapability(cap);
        const int bit = capabilityBit(n);
        if (n == u"ALL"_s || bit < 0 || !(dockerDefaultCapabilities & (quint64(1) << bit)))
            extra << n;
    }
    r.status = extra.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
    if (!extra.isEmpty())
        r.remedyCode = u"--cap-drop "_s + extra.join(u" --cap-drop "_s);
}

void judgeSensitiveMounts(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    r.source = EvidenceSource::Api;
    r.status = CheckStatus::Pass;
    for (const MountFact &m : mountsOf(f)) {
        if (m.mount.type != u"bind"_s && !m.mount.type.isEmpty())
            continue;
        // The daemon's and containerd's sockets are 5.32's (and 3.x's) business, not 5.6's.
        if (m.isDockerSocket || m.sensitive == SensitivePath::DockerSocket || m.sensitive == SensitivePath::ContainerdSocket)
            continue;
        const bool sensitive = (m.sensitive != SensitivePath::None && m.sensitive != SensitivePath::Other)
                               || isSensitiveSource(m.mount.source, c.input().info.dockerRootDir);
        if (!sensitive)
            continue;
        addEvidence(r, u"Mounts"_s, mountText(m));
        if (!m.readOnly)
            r.status = CheckStatus::Fail;
        else if (r.status == CheckStatus::Pass)
            r.status = CheckStatus::Warn;
    }
    if (r.evidence.isEmpty())
        addEvidence(r, u"Mounts"_s, u"no host system directory"_s);
}

void judgeSshd(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    r.source = EvidenceSource::Api;
    if (!f.inspect.state.running) {
        addEvidence(r, u"State.Status"_s, f.inspect.state.status);
        r.status = CheckStatus::Info;   // no processes to look at
        return;
    }
    if (c.input().topErrors.contains(f.id)) {
        setUnknown(r, c.input().topErrors.value(f.id));
        return;
    }
    if (t.index < 0 || t.index >= c.input().tops.size() || c.input().tops.at(t.index).titles.isEmpty()) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"/containers/%1/top was not collected"_s.arg(f.id.left(12))});
        return;
    }
    const TopResult &top = c.input().tops.at(t.index);
    const bool fromProc = c.input().topsFromProc.contains(f.id);
    if (fromProc)
        r.source = EvidenceSource::Proc;
    const qsizetype col = top.titles.indexOf(u"CMD"_s) >= 0 ? top.titles.indexOf(u"CMD"_s) : top.titles.indexOf(u"COMMAND"_s);
    if (col < 0) {
        setUnknown(r, Error{ErrorCode::ParseError, u"top has no CMD column"_s});
        return;
    }
    static const QRegularExpression sshd(u"(^|[/\\s])sshd(\\s|:|$)"_s);
    QStringList found;
    for (const QStringList &p : top.processes) {
        if (col < p.size() && sshd.match(p.at(col)).hasMatch())
            found << p.at(col);
    }
    addEvidence(r, fromProc ? containerProcessesSource(f) : u"/containers/%1/top CMD"_s.arg(f.id.left(12)),
                found.isEmpty() ? u"%1 processes, none is sshd"_s.arg(top.processes.size()) : found.join(u"; "_s));
    r.status = found.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
}

QList<PortBinding> portsOf(const ContainerFacts &f)
{
    QList<PortBinding> out;
    for (const PortBinding &p : f.inspect.state.running ? f.inspect.ports : f.inspect.hostConfig.portBindings) {
        if (!p.hostPort.isEmpty())
            out << p;
    }
    return out;
}

QString portText(const PortBinding &p)
{
    return u"%1:%2 -> %3"_s.arg(p.hostIp.isEmpty() ? u"0.0.0.0"_s : p.hostIp, p.hostPort, p.containerPort);
}

/// Limits that the kernel may not enforce: a fact that is NotEnforced (no cgroup of its own,
/// a controller not delegated) decides `unenforced`; on a daemon that may not enforce limits
/// (rootless, cgroup driver "none"), an unknown fact decides Unknown, since the declaration
/// alone proves nothing. Returns true when it decided.
constexpr const char *s_notEnforced = QT_TRANSLATE_NOOP("Checks", "The limit is recorded in the container's configuration, but the "
    "kernel does not enforce it: the container has no cgroup of its own "
    "for it (rootless Docker without cgroup delegation).");

template<class T>
bool judgeUnenforced(const CheckContext &c, const ContainerFacts &f, const Fact<T> &fact, CheckStatus unenforced,
                     CheckResult &r)
{
    if (fact.isKnown())
        return false;
    if (!c.input().context.hasContainerCgroups() && fact.why.code != ErrorCode::NotEnforced) {
        // Cgroup driver "none": whether running or not, nothing will ever enforce it.
        r.source = EvidenceSource::Api;
        addEvidence(r, u"/info CgroupDriver"_s, u"none: no container gets a cgroup of its own, limits are not enforced"_s);
        r.message = s_notEnforced;
        r.status = unenforced;
        return true;
    }
    if (fact.why.code == ErrorCode::NotEnforced) {
        r.source = EvidenceSource::Proc;
        addEvidence(r, u"enforced"_s, u"not enforced: "_s + fact.why.detail);
        r.message = s_notEnforced;
        r.status = unenforced;
        return true;
    }
    if (f.inspect.state.running && (c.daemonRootless() || !c.input().context.hasContainerCgroups())) {
        setUnknown(r, fact.why);
        return true;
    }
    return false;
}

void judgeMemory(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    addEvidence(r, u"HostConfig.Memory"_s, QString::number(f.inspect.hostConfig.memory));
    const MemoryCgroup &m = f.cgroup.memory;
    if (judgeUnenforced(c, f, m.limit, CheckStatus::Fail, r))
        return;
    const bool v2 = f.cgroup.version == CgroupVersion::V2;
    const QString dir = f.cgroup.controllerDirs.value(u"memory"_s, f.cgroup.controllerDirs.value(QString()));
    if (m.limit.isKnown()) {
        r.source = EvidenceSource::Proc;
        const Limit l = *m.limit.value;
        addEvidence(r, dir + (v2 ? u"/memory.max"_s : u"/memory.limit_in_bytes"_s), limitText(l));
        if (l) {
            r.status = CheckStatus::Pass;
            return;
        }
        // No limit of its own: a parent cgroup (--cgroup-parent, a slice) may still bound it.
        if (m.stat.isKnown() && m.stat.value->contains(u"hierarchical_memory_limit"_s)) {
            const qint64 h = m.stat.value->value(u"hierarchical_memory_limit"_s);
            addEvidence(r, dir + u"/memory.stat hierarchical_memory_limit"_s, QString::number(h));
            r.status = (h > 0 && h < s_unlimitedV1) ? CheckStatus::Pass : CheckStatus::Fail;
            return;
        }
        if (v2 && c.fs() && !dir.isEmpty()) {
            QString p = dir;
            while (p.count(u'/') > 1) {
                p = p.left(p.lastIndexOf(u'/'));
                if (!p.startsWith(u"/sys/fs/cgroup/"_s))
                    break;
                const Result<QByteArray> v = c.fs()->readFile(p + u"/memory.max"_s);
                if (v && v->trimmed() != "max") {
                    addEvidence(r, p + u"/memory.max"_s, QString::fromUtf8(v->trimmed()));
                    r.status = CheckStatus::Pass;
                    return;
                }
            }
        }
        r.status = CheckStatus::Fail;
        return;
    }
    r.source = EvidenceSource::Api;
    r.status = f.inspect.hostConfig.memory > 0 ? CheckStatus::Pass : CheckStatus::Fail;
}

void judgeCpu(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    const HostConfig &h = f.inspect.hostConfig;
    addEvidence(r, u"HostConfig.CpuShares"_s, QString::number(h.cpuShares));
    addEvidence(r, u"HostConfig.NanoCpus"_s, QString::number(h.nanoCpus));
    const CpuCgroup &cpu = f.cgroup.cpu;
    if (!cpu.shares.isKnown() && !cpu.weight.isKnown() && judgeUnenforced(c, f, cpu.quota, CheckStatus::Warn, r))
        return;
    if (cpu.shares.isKnown() || cpu.weight.isKnown() || cpu.quota.isKnown()) {
        r.source = EvidenceSource::Proc;
        bool set = false;
        if (cpu.shares.isKnown()) {
            addEvidence(r, u"cpu.shares"_s, QString::number(*cpu.shares.value));
            set = set || *cpu.shares.value != 1024;
        }
        if (cpu.weight.isKnown()) {
            addEvidence(r, u"cpu.weight"_s, QString::number(*cpu.weight.value));
            set = set || *cpu.weight.value != 100;
        }
        if (cpu.quota.isKnown()) {
            addEvidence(r, u"cpu quota"_s, limitText(*cpu.quota.value));
            set = set || cpu.quota.value->has_value();
        }
        r.status = set ? CheckStatus::Pass : CheckStatus::Warn;
        return;
    }
    r.source = EvidenceSource::Api;
    const bool set = (h.cpuShares != 0 && h.cpuShares != 1024) || h.nanoCpus > 0 || h.cpuQuota > 0;
    r.status = set ? CheckStatus::Pass : CheckStatus::Warn;
}

bool declaresNoNewPrivileges(const QStringList &securityOpt)
{
    for (const QString &o : securityOpt) {
        if (o == u"no-new-privileges"_s || o == u"no-new-privileges:true"_s || o == u"no-new-privileges=true"_s)
            return true;
    }
    return false;
}

void judgeNoNewPrivs(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    addEvidence(r, u"HostConfig.SecurityOpt"_s, f.capabilities.securityOpt.join(u", "_s));
    if (f.capabilities.noNewPrivs.isKnown()) {
        // Set daemon-wide, it shows here even when SecurityOpt is empty.
        r.source = EvidenceSource::Proc;
        addEvidence(r, procKey(f, u"status NoNewPrivs"_s), *f.capabilities.noNewPrivs.value ? u"1"_s : u"0"_s);
        r.status = *f.capabilities.noNewPrivs.value ? CheckStatus::Pass : CheckStatus::Warn;
        return;
    }
    if (declaresNoNewPrivileges(f.capabilities.securityOpt)) {
        r.source = EvidenceSource::Api;
        r.status = CheckStatus::Pass;
        return;
    }
    if (c.fs()) {
        const DaemonConfig::Setting s = c.config().setting(u"no-new-privileges"_s);
        if (s.known && s.boolValue(false)) {
            r.source = s.source;
            addEvidence(r, s.evidenceKey, s.evidenceValue);
            r.status = CheckStatus::Pass;
            return;
        }
    }
    r.source = EvidenceSource::Api;
    r.status = CheckStatus::Warn;
}

void judgeSeccomp(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    addEvidence(r, u"HostConfig.SecurityOpt"_s, f.capabilities.securityOpt.join(u", "_s));
    if (f.capabilities.seccompMode.isKnown()) {
        r.source = EvidenceSource::Proc;
        const int mode = *f.capabilities.seccompMode.value;
        addEvidence(r, procKey(f, u"status Seccomp"_s), QString::number(mode));
        r.status = mode == 0 ? CheckStatus::Fail : CheckStatus::Pass;
        return;
    }
    r.source = EvidenceSource::Api;
    bool unconfined = f.inspect.hostConfig.privileged;
    for (const QString &o : f.capabilities.securityOpt)
        unconfined = unconfined || o == u"seccomp=unconfined"_s || o == u"seccomp:unconfined"_s;
    if (f.inspect.hostConfig.privileged)
        addEvidence(r, u"HostConfig.Privileged"_s, u"true (no seccomp filter)"_s);
    r.status = unconfined ? CheckStatus::Fail : CheckStatus::Pass;
}

void judgePids(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    const auto &decl = f.inspect.hostConfig.pidsLimit;
    addEvidence(r, u"HostConfig.PidsLimit"_s, decl ? QString::number(*decl) : u"null (unlimited)"_s);
    if (judgeUnenforced(c, f, f.cgroup.pids.limit, CheckStatus::Fail, r))
        return;
    if (f.cgroup.pids.limit.isKnown()) {
        r.source = EvidenceSource::Proc;
        const Limit l = *f.cgroup.pids.limit.value;
        addEvidence(r, f.cgroup.controllerDirs.value(u"pids"_s, f.cgroup.controllerDirs.value(QString())) + u"/pids.max"_s,
                    l ? QString::number(*l) : u"max"_s);
        if (l && !(decl && *decl > 0)) {
            // Nobody asked for this limit. Under the systemd cgroup driver the container's
            // scope gets the service manager's DefaultTasksMax (15 % of the kernel's pid/thread
            // maximum, e.g. 4681): a host-wide default in the thousands, shared in size by every
            // scope, that does not stop a fork bomb from starving its neighbours.
            const bool systemd = f.cgroup.driver == u"systemd"_s;
            addEvidence(r, u"pids.max origin"_s,
                        systemd ? u"%1 = service manager default (systemd TasksMax of the scope), "
                                  "not a container-specific limit"_s.arg(*l)
                                : u"%1 = not set through Docker (--pids-limit unset), "
                                  "not a container-specific limit"_s.arg(*l));
            if (systemd) {
                r.message = QT_TRANSLATE_NOOP("Checks", "The enforced PIDs limit %1 is the service manager's default "
                                                        "(systemd TasksMax), not a limit set for this container.");
                r.messageArgs = {QString::number(*l)};
            }
            r.status = CheckStatus::Fail;
            return;
        }
        r.status = l ? CheckStatus::Pass : CheckStatus::Fail;
        return;
    }
    r.source = EvidenceSource::Api;
    r.status = decl && *decl > 0 ? CheckStatus::Pass : CheckStatus::Fail;
}

void judgeUserns(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    const QString mode = f.inspect.hostConfig.usernsMode;
    // Rootless: every container is inside the rootless daemon's user namespace, never the host's.
    const bool remaps = c.daemonRemapsUsers() || c.daemonRootless();
    addEvidence(r, u"HostConfig.UsernsMode"_s, orPrivate(mode));
    addEvidence(r, u"/info SecurityOptions name=userns"_s, c.daemonRemapsUsers() ? u"present"_s : u"absent (no remapping)"_s);
    if (c.daemonRootless())
        addEvidence(r, u"/info SecurityOptions name=rootless"_s, u"present"_s);
    const NamespaceFact *ns = namespaceFact(f, u"user"_s);
    if (ns && ns->shared.has_value() && ns->inode.isKnown() && ns->hostInode.isKnown()) {
        r.source = EvidenceSource::Proc;
        addEvidence(r, procKey(f, u"ns/user"_s),
                    u"user:[%1] vs %2 user:[%3]"_s.arg(*ns->inode.value).arg(referenceText(f)).arg(*ns->hostInode.value));
        if (remaps) {
            // A remapping daemon gives each container its own user namespace; sharing the
            // host's is --userns=host, and root inside is root outside.
            r.status = *ns->shared ? CheckStatus::Fail : CheckStatus::Pass;
            return;
        }
    } else {
        r.source = EvidenceSource::Api;
    }
    if (mode == u"host"_s)
        r.status = remaps ? CheckStatus::Fail : CheckStatus::Warn;
    else
        r.status = CheckStatus::Pass;
}

void judgeSocketMount(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    r.status = CheckStatus::Pass;
    r.source = EvidenceSource::Api;
    bool byInode = false;
    for (const MountFact &m : mountsOf(f)) {
        bool hit = false;
        if (m.socketMatch == Provenance::Proc) {
            byInode = true;
            hit = m.isDockerSocket;     // same device and inode as the socket in use, any name
        } else {
            hit = m.isDockerSocket || m.mount.source.endsWith(u"/docker.sock"_s)
                  || (!c.socketPath().isEmpty() && m.mount.source == c.socketPath());
        }
        if (hit) {
            addEvidence(r, u"Mounts"_s, mountText(m) + (m.socketMatch == Provenance::Proc ? u" [same inode as %1]"_s.arg(c.socketPath())
                                                                                            : QString()));
            r.status = CheckStatus::Fail;
        }
    }
    if (byInode)
        r.source = EvidenceSource::Proc;
    if (r.status == CheckStatus::Pass)
        addEvidence(r, u"Mounts"_s, byInode ? u"no mount has the socket's inode"_s : u"no mount of a docker.sock"_s);
}

void judgeSwarmMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    const QString s = c.input().info.swarmState;
    addEvidence(r, u"/info Swarm.LocalNodeState"_s, s);
    r.status = s == u"active"_s ? CheckStatus::Warn : CheckStatus::Pass;
}

void judgeAppArmor(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    bool apparmor = false;
    for (const SecurityOption &o : c.input().info.securityOptions)
        apparmor = apparmor || o.name == u"apparmor"_s;
    addEvidence(r, u"AppArmorProfile"_s, f.inspect.appArmorProfile.isEmpty() ? u"\"\""_s : f.inspect.appArmorProfile);
    r.source = EvidenceSource::Api;
    if (f.capabilities.lsmLabel.isKnown()) {
        addEvidence(r, procKey(f, u"attr/current"_s), *f.capabilities.lsmLabel.value);
        r.source = EvidenceSource::Proc;
    }
    if (!apparmor) {
        addEvidence(r, u"/info SecurityOptions"_s, u"no name=apparmor: AppArmor is not available"_s);
        r.status = CheckStatus::Info;
        return;
    }
    const QString p = f.inspect.appArmorProfile;
    r.status = (p.isEmpty() || p == u"unconfined"_s || f.inspect.hostConfig.privileged) ? CheckStatus::Fail : CheckStatus::Pass;
}

void judgeSelinux(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    bool selinux = false;
    for (const SecurityOption &o : c.input().info.securityOptions)
        selinux = selinux || o.name == u"selinux"_s;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"HostConfig.SecurityOpt"_s, f.capabilities.securityOpt.join(u", "_s));
    addEvidence(r, u"ProcessLabel"_s, f.inspect.processLabel);
    if (!selinux) {
        addEvidence(r, u"/info SecurityOptions"_s, u"no name=selinux: SELinux is not enabled in the daemon"_s);
        r.status = CheckStatus::Info;
        return;
    }
    const bool disabled = f.capabilities.securityOpt.contains(u"label=disable"_s)
                          || f.capabilities.securityOpt.contains(u"label:disable"_s);
    r.status = disabled || f.inspect.processLabel.isEmpty() ? CheckStatus::Fail : CheckStatus::Pass;
}

void judgePrivileged(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"HostConfig.Privileged"_s, t.container->inspect.hostConfig.privileged ? u"true"_s : u"false"_s);
    r.status = t.container->inspect.hostConfig.privileged ? CheckStatus::Fail : CheckStatus::Pass;
}

void judgePrivilegedPorts(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    r.status = CheckStatus::Pass;
    for (const PortBinding &p : portsOf(*t.container)) {
        const int port = p.hostPort.toInt();
        if (port > 0 && port < 1024) {
            addEvidence(r, u"NetworkSettings.Ports"_s, portText(p));
            r.status = CheckStatus::Fail;
        }
    }
    if (r.status == CheckStatus::Pass)
        addEvidence(r, u"NetworkSettings.Ports"_s, u"no host port below 1024"_s);
}

void judgePublishedPorts(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    r.source = EvidenceSource::Api;
    QStringList ports;
    for (const PortBinding &p : portsOf(f))
        ports << portText(p);
    addEvidence(r, u"NetworkSettings.Ports"_s, ports.isEmpty() ? u"none published"_s : ports.join(u", "_s));
    addEvidence(r, u"HostConfig.PublishAllPorts"_s, f.inspect.hostConfig.publishAllPorts ? u"true"_s : u"false"_s);
    r.status = f.inspect.hostConfig.publishAllPorts ? CheckStatus::Warn : CheckStatus::Info;
}

void judgeNetworkNamespace(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    judgeNamespace(c, *t.container, r, u"net"_s, u"NetworkMode"_s, t.container->inspect.hostConfig.networkMode);
}

void judgeReadOnlyRootfs(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"HostConfig.ReadonlyRootfs"_s, t.container->inspect.hostConfig.readonlyRootfs ? u"true"_s : u"false"_s);
    r.status = t.container->inspect.hostConfig.readonlyRootfs ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgePortsOnAllInterfaces(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    r.status = CheckStatus::Pass;
    for (const PortBinding &p : portsOf(*t.container)) {
        if (p.hostIp.isEmpty() || p.hostIp == u"0.0.0.0"_s || p.hostIp == u"::"_s) {
            addEvidence(r, u"NetworkSettings.Ports"_s, portText(p));
            r.status = CheckStatus::Warn;
        }
    }
    if (r.status == CheckStatus::Pass)
        addEvidence(r, u"NetworkSettings.Ports"_s, u"no port on all interfaces"_s);
}

void judgeRestartPolicy(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const HostConfig &h = t.container->inspect.hostConfig;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"HostConfig.RestartPolicy"_s,
                u"%1, MaximumRetryCount %2"_s.arg(h.restartPolicyName.isEmpty() ? u"\"\""_s : h.restartPolicyName)
                    .arg(h.restartPolicyMaximumRetryCount));
    if (h.restartPolicyName == u"always"_s || h.restartPolicyName == u"unless-stopped"_s)
        r.status = CheckStatus::Warn;
    else if (h.restartPolicyName == u"on-failure"_s)
        r.status = (h.restartPolicyMaximumRetryCount > 0 && h.restartPolicyMaximumRetryCount <= 5) ? CheckStatus::Pass
                                                                                                    : CheckStatus::Warn;
    else
        r.status = CheckStatus::Pass;
}

void judgePidNamespace(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    judgeNamespace(c, *t.container, r, u"pid"_s, u"PidMode"_s, t.container->inspect.hostConfig.pidMode);
}

void judgeIpcNamespace(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    judgeNamespace(c, *t.container, r, u"ipc"_s, u"IpcMode"_s, t.container->inspect.hostConfig.ipcMode);
}

void judgeDevices(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const HostConfig &h = t.container->inspect.hostConfig;
    r.source = EvidenceSource::Api;
    QStringList d;
    for (const DeviceMapping &m : h.devices)
        d << u"%1 -> %2 (%3)"_s.arg(m.pathOnHost, m.pathInContainer, m.cgroupPermissions);
    addEvidence(r, u"HostConfig.Devices"_s, d.isEmpty() ? u"[]"_s : d.join(u", "_s));
    if (!h.deviceCgroupRules.isEmpty())
        addEvidence(r, u"HostConfig.DeviceCgroupRules"_s, h.deviceCgroupRules.join(u", "_s));
    if (h.privileged)
        addEvidence(r, u"HostConfig.Privileged"_s, u"true (every host device)"_s);
    r.status = (d.isEmpty() && h.deviceCgroupRules.isEmpty() && !h.privileged) ? CheckStatus::Info : CheckStatus::Warn;
}

void judgeUlimits(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const QJsonObject &u = t.container->inspect.hostConfig.ulimits;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"HostConfig.Ulimits"_s, u.isEmpty() ? u"[] (daemon default)"_s : u.keys().join(u", "_s));
    r.status = u.isEmpty() ? CheckStatus::Note : CheckStatus::Info;
}

void judgeMountPropagation(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    r.status = CheckStatus::Pass;
    for (const MountFact &m : mountsOf(*t.container)) {
        const QString p = m.propagation.isEmpty() ? m.mount.propagation : m.propagation;
        if (p == u"shared"_s || p == u"rshared"_s) {
            addEvidence(r, u"Mounts"_s, mountText(m));
            r.status = CheckStatus::Fail;
        }
    }
    if (r.status == CheckStatus::Pass)
        addEvidence(r, u"Mounts[].Propagation"_s, u"no shared mount"_s);
}

void judgeUtsNamespace(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    judgeNamespace(c, *t.container, r, u"uts"_s, u"UTSMode"_s, t.container->inspect.hostConfig.utsMode);
}

/// 5.23, 5.24: how often the container was exec'd into; the exec options need the events.
void judgeExecNote(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    r.status = CheckStatus::Note;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"ExecIDs"_s, QString::number(t.container->inspect.execIds.size()));
}

void judgeCgroupParent(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"HostConfig.CgroupParent"_s, f.inspect.hostConfig.cgroupParent.isEmpty() ? u"\"\""_s : f.inspect.hostConfig.cgroupParent);
    if (f.cgroup.path.isKnown())
        addEvidence(r, procKey(f, u"cgroup"_s), *f.cgroup.path.value);
    r.status = f.inspect.hostConfig.cgroupParent.isEmpty() ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeRuntimeHealth(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"State.Health.Status"_s, f.inspect.state.health.isEmpty() ? u"(no health check)"_s : f.inspect.state.health);
    addEvidence(r, u"Config.Healthcheck"_s, f.inspect.config.hasHealthcheck ? u"set"_s : u"none"_s);
    const bool has = f.inspect.config.hasHealthcheck || !f.inspect.state.health.isEmpty();
    r.status = (has && f.inspect.state.health != u"unhealthy"_s) ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeLatestImage(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    r.status = CheckStatus::Note;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"Config.Image"_s, t.container->inspect.config.image);
    addEvidence(r, u"Image"_s, t.container->inspect.imageId);
}

void judgeDefaultBridge(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    r.source = EvidenceSource::Api;
    addEvidence(r, u"NetworkSettings.Networks"_s, f.inspect.networks.isEmpty() ? u"none"_s : f.inspect.networks.join(u", "_s));
    r.status = f.inspect.networks.contains(u"bridge"_s) ? CheckStatus::Warn : CheckStatus::Info;
}

const CheckDefinition s_containerCheckDefs[] = {
    {.id = "5.1", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure swarm mode is not Enabled, if not needed"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A swarm manager opens management ports and keeps cluster secrets."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Leave the swarm if this host does not need it."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker swarm leave",
     .judge = &judgeSwarmMode,
     .doc = {.source = "api", .reads = "`/info` Swarm.LocalNodeState", .verdict = "the state"}},
    {.id = "5.2", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that, if applicable, an AppArmor Profile is enabled"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "An AppArmor profile limits what the container's processes may touch even as root."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Run the container with an AppArmor profile (docker-default or your own)."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--security-opt apparmor=docker-default",
     .judge = &judgeAppArmor,
     .doc = {.source = "api + proc",
             .reads = "AppArmorProfile; `/proc/<pid>/attr/current`; info when the daemon has no "
                      "AppArmor",
             .verdict = "the profile and the label"}},
    {.id = "5.3", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that, if applicable, SELinux security options are set"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "SELinux labels confine what the container's processes may touch even as root."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Run the container with SELinux labels (do not disable labelling)."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--security-opt label=level:s0:c100,c200",
     .judge = &judgeSelinux,
     .doc = {.source = "api",
             .reads = "SecurityOpt label=…, ProcessLabel; info when the daemon has no SELinux",
             .verdict = "the options"}},
    {.id = "5.4", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that Linux kernel capabilities are restricted within containers"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Each capability beyond Docker's default set is a piece of root on the host (SYS_ADMIN is nearly all of it)."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Drop every capability the container does not need; add back only the needed ones."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--cap-drop ALL --cap-add <needed>",
     .judge = &judgeCapabilities,
     .doc = {.source = "proc (fallback: api)",
             .reads = "`/proc/<pid>/status` CapBnd − Docker default 0xa80425fb (not CapEff: a "
                      "--user 1000 process has CapEff 0); Privileged; else CapAdd",
             .verdict = "CapBnd, CapEff, the added capability names"}},
    {.id = "5.5", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that privileged containers are not used"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A privileged container has every capability, every device and no seccomp or LSM confinement: it is root on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Run the container without --privileged; grant only the capabilities and devices it needs."),
     .scope = CheckScope::Container, .severity = Severity::Critical,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "docker run … (without --privileged)",
     .judge = &judgePrivileged,
     .doc = {.source = "api", .reads = "HostConfig.Privileged", .verdict = "the value"}},
    {.id = "5.6", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure sensitive host system directories are not mounted on containers"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A writable /, /etc, /usr, /boot, /dev, /proc or /sys from the host lets the container change the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Do not bind-mount host system directories; if one is needed, mount it read-only."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "-v /host/dir:/dir:ro",
     .judge = &judgeSensitiveMounts,
     .doc = {.source = "api",
             .reads = "Mounts (bind) from /, /boot, /dev, /etc, /lib, /proc, /sys, /usr or the "
                      "data root; rw fail, ro warn (sockets: 5.32)",
             .verdict = "source → destination (ro/rw, propagation)"}},
    {.id = "5.7", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure sshd is not run within containers"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "An SSH server in a container is one more service to patch and one more way in."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Remove sshd from the container; use docker exec to get a shell."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker exec -it CONTAINER sh",
     .judge = &judgeSshd,
     .doc = {.source = "api",
             .reads = "`/containers/{id}/top` CMD column, or — when the host files are local — "
                      "every process of the container: `cgroup.procs` of its cgroup **and every "
                      "child cgroup** (systemd, Docker-in-Docker), or, without a cgroup of its own "
                      "(cgroup driver `none`), every descendant of its shim; `/proc/<pid>/cmdline` "
                      "(source proc)",
             .verdict = "the sshd command lines"}},
    {.id = "5.8", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure privileged ports are not mapped within containers"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Ports below 1024 are reserved for privileged services; mapping one lets a container pose as one."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Publish on a host port of 1024 or above."),
     .scope = CheckScope::Container, .severity = Severity::Low,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "-p 8080:80",
     .judge = &judgePrivilegedPorts,
     .doc = {.source = "api",
             .reads = "NetworkSettings.Ports (running) / PortBindings (stopped): host port < 1024",
             .verdict = "the bindings"}},
    {.id = "5.9", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that only needed ports are open on the container"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Every published port is reachable from outside the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Publish only the ports the service needs; avoid -P, which publishes every exposed port."),
     .scope = CheckScope::Container, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "-p 127.0.0.1:8080:80",
     .judge = &judgePublishedPorts,
     .doc = {.source = "api",
             .reads = "published ports, PublishAllPorts (warn)",
             .verdict = "the bindings (manual)"}},
    {.id = "5.10", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the host's network namespace is not shared"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "With the host's network namespace the container sees and can bind every host interface and talk to local-only services."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Do not run the container with --network host."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--network <bridge-network>",
     .judge = &judgeNetworkNamespace,
     .doc = {.source = "proc (fallback: api)",
             .reads = "ns/net inode vs the host reference (dockerd's or /proc/1); else NetworkMode",
             .verdict = "both inodes and the declared mode"}},
    {.id = "5.11", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the memory usage for containers is limited"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Without a memory limit one container can take all the host's memory and get others killed."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Give the container a memory limit."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--memory 512m",
     .judge = &judgeMemory,
     .doc = {.source = "proc (fallback: api)",
             .reads = "memory.limit_in_bytes / memory.max; when unlimited: v1 memory.stat "
                      "hierarchical_memory_limit, v2 parents' memory.max (cgroup-parent); else "
                      "HostConfig.Memory",
             .verdict = "the enforced and declared limits; fail when not enforced (cgroup driver "
                        "none, memory not delegated); unknown on a rootless daemon when the cgroup "
                        "cannot be read"}},
    {.id = "5.12", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that CPU priority is set appropriately on containers"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Without CPU shares or a quota every container competes equally and one can starve the rest."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Set CPU shares or a CPU quota."),
     .scope = CheckScope::Container, .severity = Severity::Low,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--cpu-shares 512  # or --cpus 1.5",
     .judge = &judgeCpu,
     .doc = {.source = "proc (fallback: api)",
             .reads = "cpu.shares / cpu.weight / quota; else CpuShares, NanoCpus, CpuQuota",
             .verdict = "the values; warn when not enforced (no cgroup of its own, or cpu not "
                        "delegated); unknown on a rootless daemon when the cgroup cannot be read"}},
    {.id = "5.13", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the container's root filesystem is mounted as read only"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A read-only root file system stops an intruder from changing the container's programs."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Run with a read-only root file system and explicit writable volumes or tmpfs."),
     .scope = CheckScope::Container, .severity = Severity::Low,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--read-only --tmpfs /tmp",
     .judge = &judgeReadOnlyRootfs,
     .doc = {.source = "api", .reads = "HostConfig.ReadonlyRootfs", .verdict = "the value"}},
    {.id = "5.14", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that incoming container traffic is bound to a specific host interface"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A port published on 0.0.0.0 is reachable on every interface of the host, including public ones."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Publish ports on a specific host address."),
     .scope = CheckScope::Container, .severity = Severity::Low,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "-p 127.0.0.1:8080:80",
     .judge = &judgePortsOnAllInterfaces,
     .doc = {.source = "api",
             .reads = "port bindings on 0.0.0.0, :: or empty",
             .verdict = "the bindings"}},
    {.id = "5.15", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the 'on-failure' container restart policy is set to '5'"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Endless restarts of a failing container can be used to exhaust the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Use the on-failure restart policy with at most 5 retries."),
     .scope = CheckScope::Container, .severity = Severity::Low,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--restart on-failure:5",
     .judge = &judgeRestartPolicy,
     .doc = {.source = "api",
             .reads = "RestartPolicy (always/unless-stopped warn; on-failure 1–5 pass)",
             .verdict = "the policy"}},
    {.id = "5.16", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the host's process namespace is not shared"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "With the host's PID namespace the container sees, and as root can signal or trace, every host process."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Do not run the container with --pid host."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "docker run … (without --pid host)",
     .judge = &judgePidNamespace,
     .doc = {.source = "proc (fallback: api)",
             .reads = "ns/pid inode vs host; else PidMode",
             .verdict = "both inodes"}},
    {.id = "5.17", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the host's IPC namespace is not shared"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "With the host's IPC namespace the container can read and change host shared memory."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Do not run the container with --ipc host."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "docker run … (without --ipc host)",
     .judge = &judgeIpcNamespace,
     .doc = {.source = "proc (fallback: api)",
             .reads = "ns/ipc inode vs host; else IpcMode",
             .verdict = "both inodes"}},
    {.id = "5.18", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that host devices are not directly exposed to containers"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A host device in a container can be read, written or used to escape."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Expose only the devices that are needed, with the fewest permissions (r, w, m)."),
     .scope = CheckScope::Container, .severity = Severity::Medium, .manual = true,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--device /dev/xyz:/dev/xyz:r",
     .judge = &judgeDevices,
     .doc = {.source = "api",
             .reads = "Devices, DeviceCgroupRules, Privileged",
             .verdict = "the devices (manual)"}},
    {.id = "5.19", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the default ulimit is overwritten at runtime if needed"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Per-container ulimits bound open files and processes more tightly than the daemon default."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Set ulimits for containers that need other bounds than the daemon's default."),
     .scope = CheckScope::Container, .severity = Severity::Info, .manual = true,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--ulimit nofile=1024:2048",
     .judge = &judgeUlimits,
     .doc = {.source = "api",
             .reads = "HostConfig.Ulimits",
             .verdict = "note when daemon default, info when set (manual)"}},
    {.id = "5.20", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure mount propagation mode is not set to shared"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "With shared propagation, mounts made inside the container appear on the host and the other way round."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Use private or slave propagation."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "-v /src:/dst:rprivate",
     .judge = &judgeMountPropagation,
     .doc = {.source = "api",
             .reads = "Mounts[].Propagation shared/rshared",
             .verdict = "the mounts"}},
    {.id = "5.21", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the host's UTS namespace is not shared"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "With the host's UTS namespace the container can change the host's name."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Do not run the container with --uts host."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "docker run … (without --uts host)",
     .judge = &judgeUtsNamespace,
     .doc = {.source = "proc (fallback: api)",
             .reads = "ns/uts inode vs host; else UTSMode",
             .verdict = "both inodes"}},
    {.id = "5.22", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure the default seccomp profile is not Disabled"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "The seccomp filter blocks system calls that are the usual way out of a container."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Do not run with seccomp=unconfined."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::RunFlag,
     .remedyCode = "docker run … (without --security-opt seccomp=unconfined)",
     .judge = &judgeSeccomp,
     .doc = {.source = "proc (fallback: api)",
             .reads = "`/proc/<pid>/status` Seccomp (0 = disabled, even with empty SecurityOpt); "
                      "else seccomp=unconfined / Privileged",
             .verdict = "the mode"}},
    {.id = "5.23", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that docker exec commands are not used with the privileged option"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A privileged exec gives the new process every capability, whatever the container was started with."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Review the daemon's exec events (docker events --filter event=exec_create) for --privileged execs."),
     .scope = CheckScope::Container, .severity = Severity::Medium, .manual = true,
     .remedyKind = RemedyKind::Command,
     .remedyCode = "docker events --since 24h --filter event=exec_create",
     .judge = &judgeExecNote,
     .doc = {.source = "api",
             .reads = "ExecIDs count; exec history needs events",
             .verdict = "note"}},
    {.id = "5.24", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that docker exec commands are not used with the user=root option"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "An exec as root undoes a container's non-root user."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Review the daemon's exec events for execs as root."),
     .scope = CheckScope::Container, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command,
     .remedyCode = "docker events --since 24h --filter event=exec_create",
     .judge = &judgeExecNote,
     .doc = {.source = "api", .reads = "ExecIDs count", .verdict = "note"}},
    {.id = "5.25", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that cgroup usage is confirmed"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A non-default cgroup parent changes which limits apply to the container."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Keep the default cgroup parent unless a different one is intended."),
     .scope = CheckScope::Container, .severity = Severity::Low,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "docker run … (without --cgroup-parent)",
     .judge = &judgeCgroupParent,
     .doc = {.source = "api",
             .reads = "HostConfig.CgroupParent and the enforced cgroup path",
             .verdict = "the values"}},
    {.id = "5.26", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the container is restricted from acquiring additional privileges"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Without no-new-privileges a setuid binary in the container can raise a process to root."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Run with no-new-privileges (per container or daemon-wide)."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--security-opt no-new-privileges",
     .judge = &judgeNoNewPrivs,
     .doc = {.source = "proc (fallback: api, config)",
             .reads = "`/proc/<pid>/status` NoNewPrivs (shows a daemon-wide setting even with "
                      "empty SecurityOpt); else SecurityOpt, else daemon no-new-privileges",
             .verdict = "the values"}},
    {.id = "5.27", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that container health is checked at runtime"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A health check lets the daemon and orchestrators notice a broken or hijacked service."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Give the image or the container a health check."),
     .scope = CheckScope::Container, .severity = Severity::Low,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--health-cmd 'CMD' --health-interval 30s",
     .judge = &judgeRuntimeHealth,
     .doc = {.source = "api",
             .reads = "State.Health.Status, Config.Healthcheck; unhealthy warns",
             .verdict = "the values"}},
    {.id = "5.28", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that Docker commands always make use of the latest version of their image"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A cached old image keeps running old, vulnerable code."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Pull images before running them, or pin digests that you update deliberately."),
     .scope = CheckScope::Container, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker pull IMAGE",
     .judge = &judgeLatestImage,
     .doc = {.source = "api",
             .reads = "Config.Image, Image id",
             .verdict = "note: needs a registry"}},
    {.id = "5.29", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the PIDs cgroup limit is used"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Without a PIDs limit a fork bomb in one container exhausts the host's process table."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Give the container a PIDs limit."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--pids-limit 200",
     .judge = &judgePids,
     .doc = {.source = "proc (fallback: api)",
             .reads = "pids.max; else PidsLimit (null/0/-1 = unlimited)",
             .verdict = "the limits; fail when not enforced (cgroup driver none, pids not "
                        "delegated); unknown on a rootless daemon when the cgroup cannot be read"}},
    {.id = "5.30", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that Docker's default bridge 'docker0' is not used"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "On the default bridge containers reach each other without restriction; user-defined networks isolate."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Attach containers to user-defined networks."),
     .scope = CheckScope::Container, .severity = Severity::Low, .manual = true,
     .remedyKind = RemedyKind::Command,
     .remedyCode = "docker network create app && docker run --network app …",
     .judge = &judgeDefaultBridge,
     .doc = {.source = "api",
             .reads = "NetworkSettings.Networks contains bridge",
             .verdict = "the networks (manual)"}},
    {.id = "5.31", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the host's user namespaces are not shared"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Sharing the host's user namespace undoes user namespace remapping: root in the container is root on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Do not run with --userns host on a daemon with user namespace remapping."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "docker run … (without --userns host)",
     .judge = &judgeUserns,
     .doc = {.source = "proc + api",
             .reads = "ns/user inode vs host on a remapping or rootless daemon (shared = fail); "
                      "UsernsMode host: fail with remapping, warn without",
             .verdict = "mode, userns and rootless options, inodes"}},
    {.id = "5.32", .section = "5",
     .title = QT_TRANSLATE_NOOP("Checks", "Ensure that the Docker socket is not mounted inside any containers"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A container with the daemon's socket can start a privileged container: it is root on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Do not mount the Docker socket into containers, under any name."),
     .scope = CheckScope::Container, .severity = Severity::Critical,
     .remedyKind = RemedyKind::RunFlag,
     .remedyCode = "docker run … (without -v /var/run/docker.sock:…)",
     .judge = &judgeSocketMount,
     .doc = {.source = "proc (fallback: api)",
             .reads = "mounts whose device+inode equal the socket in use (any name: facts "
                      "isDockerSocket); without inode data: a source ending in docker.sock or "
                      "equal to the socket path",
             .verdict = "the mounts"}},
};

} // namespace

std::span<const CheckDefinition> containerCheckDefinitions()
{
    return s_containerCheckDefs;
}

} // namespace dockscope::core
