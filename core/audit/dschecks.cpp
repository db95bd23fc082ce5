// SPDX-License-Identifier: GPL-3.0-or-later
// Dockscope's own checks (DS-…): what the CIS list misses or judges from the wrong data.
#include "core/audit/checkcontext.h"
#include "core/audit/checktables.h"
#include "core/audit/filejudge.h"
#include "core/facts/capabilities.h"

#include <QCoreApplication>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

void judgeSocketAccess(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    if (!c.requireHostAccess(r))
        return;
    const QString sock = c.socketPath();
    if (sock.isEmpty()) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"connected without a local unix socket"_s});
        return;
    }
    const std::optional<quint32> owner = c.daemonOwnerUid();
    if (!owner) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"the rootless daemon's owner is unknown"_s});
        return;
    }
    const std::optional<FileStat> st = statForCheck(c, sock, r, false);
    if (!st)
        return;
    if (!st->isSocket())
        addEvidence(r, sock, u"not a socket"_s);
    // A rootless daemon's socket lives in its owner's private $XDG_RUNTIME_DIR.
    const QString dir = sock.section(u'/', 0, -2);
    std::optional<FileStat> parent;
    if (const Result<FileStat> p = c.fs()->stat(dir.isEmpty() ? u"/"_s : dir))
        parent = *p;
    if (c.daemonRootless()) {
        addEvidence(r, u"daemon owner (rootless)"_s, c.userName(*owner).isEmpty() ? QString::number(*owner)
                                                                                   : c.userName(*owner));
        if (parent)
            addEvidence(r, dir, ownerText(c, *parent) + u' ' + modeText(*parent)
                                    + (isPrivateDirectory(*parent, *owner) ? u" (private: only its owner can enter)"_s
                                                                           : QString()));
    }
    QStringList members = c.groupMembers(st->gid);
    const QString group = c.groupName(st->gid);
    addEvidence(r, u"/etc/group "_s + (group.isEmpty() ? QString::number(st->gid) : group),
                (c.groups() ? (members.isEmpty() ? u"no members"_s : members.join(u", "_s)) : u"unreadable"_s));
    const bool privateDir = parent && isPrivateDirectory(*parent, *owner);
    QStringList who{u"root"_s};
    if ((st->permissions() & 0020) && !privateDir)
        who << members;
    if ((st->permissions() & 0002) && !privateDir)
        who << u"every local user"_s;
    if (st->uid != 0)
        who << (c.userName(st->uid).isEmpty() ? QString::number(st->uid) : c.userName(st->uid));
    who.removeDuplicates();
    addEvidence(r, c.daemonRootless() ? u"can command the rootless daemon (can connect)"_s
                                      : u"root-equivalent (can connect)"_s,
                who.join(u", "_s));
    r.status = judgeSocketAccess(*st, members, *owner, parent);
    if (r.status != CheckStatus::Pass) {
        r.remedyCode = c.daemonRootless()
            ? u"chmod 700 %1 && chmod 600 %2"_s.arg(dir, sock)
            : u"chmod 660 %1 && chown root:%2 %1   # and: gpasswd -d USER %2"_s.arg(sock, group.isEmpty() ? u"docker"_s : group);
    }
}

void judgeDataRootPermissions(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    const std::optional<QString> dataRoot = c.requireDataRoot(r);
    if (!dataRoot)
        return;
    const QString &root = *dataRoot;
    const std::optional<quint32> owner = c.daemonOwnerUid();
    if (!owner) {
        setUnknown(r, Error{ErrorCode::Unavailable, u"the rootless daemon's owner is unknown"_s});
        return;
    }
    if (c.daemonRootless())
        addEvidence(r, u"daemon owner (rootless)"_s, c.userName(*owner).isEmpty() ? QString::number(*owner)
                                                                                   : c.userName(*owner));
    const std::optional<FileStat> st = statForCheck(c, root, r, false);
    if (!st)
        return;
    r.status = judgeDataRoot(*st, *owner);
    if (r.status != CheckStatus::Pass) {
        r.remedyCode = c.daemonRootless() ? u"chmod 710 %1"_s.arg(root)
                                          : u"chown root:root %1 && chmod 710 %1"_s.arg(root);
    }
}

QString nsLine(const NamespaceFact &ns)
{
    QString s = ns.shared.has_value() ? (*ns.shared ? u"shared with the host"_s : u"own"_s) : u"unknown"_s;
    if (ns.inode.isKnown())
        s += u" [%1]"_s.arg(*ns.inode.value);
    if (!ns.declaredMode.isEmpty())
        s += u", declared %1"_s.arg(ns.declaredMode);
    return s;
}

void judgeHostNamespaces(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    // Remapped or rootless: every container gets a user namespace of its own, and sharing the
    // host's is a finding. Otherwise all containers share it (judged by DS-USERNS and 2.9).
    const bool remaps = c.daemonRemapsUsers() || c.daemonRootless();
    bool anyKnown = false;
    QStringList shared;
    for (const NamespaceFact &ns : f.namespaces.namespaces) {
        if (ns.type == u"time"_s || ns.type == u"time_for_children"_s || ns.type == u"pid_for_children"_s)
            continue;   // Docker never makes time namespaces; pid_for_children follows pid
        addEvidence(r, u"/proc/%1/ns/%2"_s.arg(f.pid).arg(ns.type), nsLine(ns));
        if (!ns.shared.has_value())
            continue;
        anyKnown = true;
        if (!*ns.shared)
            continue;
        // user: shared by every container unless the daemon remaps; cgroup: the v1 default.
        if (ns.type == u"user"_s && !remaps)
            continue;
        if (ns.type == u"cgroup"_s)
            continue;
        shared << ns.type;
    }
    if (!anyKnown && f.inspect.state.running && !f.namespaces.namespaces.isEmpty()) {
        // A running container whose namespaces could not be read: what it was asked for is
        // not what the kernel enforces (that is the point of this check), so say unknown.
        const NamespaceFact &first = f.namespaces.namespaces.first();
        const Error why = !first.inode.isKnown() ? first.inode.why : first.hostInode.why;
        r.evidence.clear();
        setUnknown(r, why);
        return;
    }
    if (!anyKnown) {
        // Declared fallback (not running, or no host access at all).
        const HostConfig &h = f.inspect.hostConfig;
        r.source = EvidenceSource::Api;
        const std::pair<QString, QString> modes[] = {{u"pid"_s, h.pidMode}, {u"net"_s, h.networkMode},
                                                    {u"ipc"_s, h.ipcMode}, {u"uts"_s, h.utsMode},
                                                    {u"user"_s, h.usernsMode}};
        for (const auto &[type, mode] : modes) {
            addEvidence(r, u"HostConfig %1 mode"_s.arg(type), mode.isEmpty() ? u"\"\""_s : mode);
            if (mode == u"host"_s && (type != u"user"_s || remaps))
                shared << type;
        }
        if (!f.namespaces.namespaces.isEmpty() && shared.isEmpty() && !f.inspect.state.running) {
            r.status = CheckStatus::Pass;
            return;
        }
    } else {
        r.source = EvidenceSource::Proc;
    }
    r.status = shared.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
    if (!shared.isEmpty())
        addEvidence(r, u"shared with the host"_s, shared.join(u", "_s));
}

void judgeDisagreement(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    bool anyEnforced = false;
    r.status = CheckStatus::Pass;
    r.source = EvidenceSource::Proc;
    for (const NamespaceFact &ns : f.namespaces.namespaces) {
        if (ns.shared.has_value())
            anyEnforced = true;
        if (ns.disagrees
            || (ns.shared.has_value() && ns.declaredShared.has_value() && *ns.shared != *ns.declaredShared)) {
            addEvidence(r, u"/proc/%1/ns/%2"_s.arg(f.pid).arg(ns.type),
                        u"enforced %1, declared %2 (%3)"_s.arg(*ns.shared ? u"shared"_s : u"own"_s,
                                                               ns.declaredShared.value_or(false) ? u"shared"_s : u"own"_s,
                                                               ns.declaredMode.isEmpty() ? u"\"\""_s : ns.declaredMode));
            r.status = CheckStatus::Fail;
        }
    }
    if (!anyEnforced) {
        if (!f.inspect.state.running) {
            // No process, no namespaces: nothing can disagree.
            r.evidence.clear();
            addEvidence(r, u"State.Status"_s, f.inspect.state.status);
            r.source = EvidenceSource::Api;
            r.status = CheckStatus::Info;
            return;
        }
        setUnknown(r, Error{ErrorCode::Unavailable, u"the container's namespaces could not be read"_s});
        return;
    }
    if (r.status == CheckStatus::Pass)
        addEvidence(r, u"namespaces"_s, u"every enforced namespace matches its declaration"_s);
}

void judgeMeminfo(const CheckContext &c, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    const MeminfoFacts &m = f.meminfo;
    const Fact<Limit> &limit = m.limit.isKnown() ? m.limit : f.cgroup.memory.limit;
    if (m.container.isKnown() && m.container.value->contains(u"MemTotal"_s))
        addEvidence(r, u"/proc/%1/root/proc/meminfo MemTotal"_s.arg(f.pid), QString::number(m.container.value->value(u"MemTotal"_s)));
    if (m.host.isKnown() && m.host.value->contains(u"MemTotal"_s))
        addEvidence(r, u"/proc/meminfo MemTotal"_s, QString::number(m.host.value->value(u"MemTotal"_s)));
    r.source = EvidenceSource::Proc;
    if (!limit.isKnown() && limit.why.code == ErrorCode::NotEnforced) {
        // Declared or not, nothing bounds it: it may take all the memory it sees.
        addEvidence(r, u"HostConfig.Memory"_s, QString::number(f.inspect.hostConfig.memory));
        addEvidence(r, u"cgroup memory limit"_s, u"not enforced: "_s + limit.why.detail);
        r.status = CheckStatus::Warn;
        return;
    }
    if (!limit.isKnown()) {
        if (!m.seesHostMemory.has_value() && !f.inspect.state.running) {
            // Not running: what it will see once started is the host's memory, bounded only
            // by the declared limit.
            r.source = EvidenceSource::Api;
            addEvidence(r, u"State.Status"_s, f.inspect.state.status);
            addEvidence(r, u"HostConfig.Memory"_s, QString::number(f.inspect.hostConfig.memory));
            if (!c.input().context.hasContainerCgroups()) {
                // Cgroup driver "none": the declared limit will not bound it once started.
                addEvidence(r, u"/info CgroupDriver"_s, u"none: limits are not enforced"_s);
                r.status = CheckStatus::Warn;
                return;
            }
            r.status = f.inspect.hostConfig.memory == 0 ? CheckStatus::Warn : CheckStatus::Pass;
            return;
        }
        if (!m.seesHostMemory.has_value()) {
            setUnknown(r, limit.why.detail.isEmpty() ? Error{ErrorCode::Unavailable, u"no meminfo or cgroup facts"_s} : limit.why);
            return;
        }
        r.source = EvidenceSource::Api;
        addEvidence(r, u"HostConfig.Memory"_s, QString::number(f.inspect.hostConfig.memory));
        r.status = (*m.seesHostMemory && f.inspect.hostConfig.memory == 0) ? CheckStatus::Warn : CheckStatus::Pass;
        return;
    }
    const Limit l = *limit.value;
    addEvidence(r, u"cgroup memory limit"_s, l ? QString::number(*l) : u"unlimited"_s);
    if (m.seesHostMemory.has_value())
        addEvidence(r, u"sees the host's MemTotal"_s, *m.seesHostMemory ? u"yes"_s : u"no"_s);
    // Every container sees the host's meminfo (it is not namespaced); without a limit the
    // numbers it sees are also what it may really take.
    r.status = (!l && m.seesHostMemory.value_or(true)) ? CheckStatus::Warn : CheckStatus::Pass;
}

void judgeDangerousCaps(const CheckContext &, const CheckTarget &t, CheckResult &r)
{
    const ContainerFacts &f = *t.container;
    quint64 mask = 0;
    quint64 eff = 0;
    if (f.inspect.hostConfig.privileged) {
        r.source = EvidenceSource::Api;
        addEvidence(r, u"HostConfig.Privileged"_s, u"true"_s);
        mask = ~quint64(0);
    } else if (f.capabilities.sets.isKnown()) {
        r.source = EvidenceSource::Proc;
        mask = f.capabilities.sets.value->bounding;
        eff = f.capabilities.sets.value->effective;
        addEvidence(r, u"/proc/%1/status CapBnd"_s.arg(f.pid), hex(mask));
    } else {
        r.source = EvidenceSource::Api;
        mask = dockerDefaultCapabilities;
        for (const QString &cap : f.inspect.hostConfig.capAdd) {
            const QString n = normaliseCapability(cap);
            if (n == u"ALL"_s)
                mask = ~quint64(0);
            else if (capabilityBit(n) >= 0)
                mask |= quint64(1) << capabilityBit(n);
        }
        for (const QString &cap : f.inspect.hostConfig.capDrop) {
            const QString n = normaliseCapability(cap);
            if (n == u"ALL"_s)
                mask = 0;
            else if (capabilityBit(n) >= 0)
                mask &= ~(quint64(1) << capabilityBit(n));
        }
        addEvidence(r, u"HostConfig.CapAdd/CapDrop"_s, f.inspect.hostConfig.capAdd.join(u","_s) + u" / "_s + f.inspect.hostConfig.capDrop.join(u","_s));
    }
    // The one definition of "dangerous" (Capabilities::risk) that the Capabilities tab, the
    // badges and the reports use too; Docker's default set holds none of them.
    const auto list = [&](quint64 set) {
        QStringList out;
        for (int bit = 0; bit < 64; ++bit) {
            if (set & (quint64(1) << bit))
                out << capabilityName(bit) + ((eff & (quint64(1) << bit)) ? u" (effective)"_s : u" (bounding)"_s);
        }
        return out;
    };
    const QStringList found = list(mask & Capabilities::dangerousMask());
    const QStringList defaultRisky = list(mask & Capabilities::defaultRiskyMask());
    addEvidence(r, u"dangerous capabilities"_s, found.isEmpty() ? u"none"_s : found.join(u", "_s));
    addEvidence(r, u"default, risky capabilities"_s, defaultRisky.isEmpty() ? u"none"_s : defaultRisky.join(u", "_s));
    r.status = found.isEmpty() ? CheckStatus::Pass : CheckStatus::Fail;
    if (!found.isEmpty()) {
        r.message = QT_TRANSLATE_NOOP("Checks", "Holds dangerous capabilities: %1.");
        r.messageArgs = {found.join(u", "_s)};
    } else if (!defaultRisky.isEmpty()) {
        r.message = QT_TRANSLATE_NOOP("Checks", "No dangerous capability; it holds Docker's default, risky ones: %1.");
        r.messageArgs = {defaultRisky.join(u", "_s)};
    } else {
        r.message = QT_TRANSLATE_NOOP("Checks", "No dangerous capability.");
    }
}

void judgeUsernsRemap(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info SecurityOptions name=userns"_s, c.daemonRemapsUsers() ? u"present"_s : u"absent"_s);
    if (c.daemonRootless())
        addEvidence(r, u"/info SecurityOptions name=rootless"_s, u"present"_s);
    for (const ContainerFacts &f : c.input().containers) {
        if (f.namespaces.rootMapsTo) {
            addEvidence(r, u"/proc/%1/uid_map (%2)"_s.arg(f.pid).arg(f.name), u"root -> host uid %1"_s.arg(*f.namespaces.rootMapsTo));
            r.source = EvidenceSource::Proc;
            break;
        }
    }
    if (c.daemonRootless() && !c.daemonRemapsUsers()) {
        // Rootless already does what remapping does, and more: container root is the
        // daemon owner's uid (or one of its subordinate uids), never host root.
        r.message = QT_TRANSLATE_NOOP("Checks", "Rootless daemon: root in a container is the daemon owner's "
                                                "unprivileged uid on the host, so remapping adds nothing.");
    }
    r.status = (c.daemonRemapsUsers() || c.daemonRootless()) ? CheckStatus::Pass : CheckStatus::Warn;
}

void judgeRootlessMode(const CheckContext &c, const CheckTarget &, CheckResult &r)
{
    r.source = EvidenceSource::Api;
    addEvidence(r, u"/info SecurityOptions name=rootless"_s, c.daemonRootless() ? u"present"_s : u"absent"_s);
    if (c.daemonRootless())
        r.status = CheckStatus::Pass;
    else
        r.status = c.daemonRemapsUsers() ? CheckStatus::Info : CheckStatus::Warn;
}

const CheckDefinition s_dsCheckDefs[] = {
    {.id = "DS-SOCKET-ACCESS", .section = "DS",
     .title = QT_TRANSLATE_NOOP("Checks", "Who can reach the Docker socket in use"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Whoever can connect to the daemon's socket can start a privileged container: every such user is root-equivalent."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Keep the socket in use at root:docker 660 and keep the docker group empty of users who should not be root."),
     .scope = CheckScope::Host, .severity = Severity::Critical,
     .remedyKind = RemedyKind::Command, .remedyCode = "chmod 660 SOCKET && gpasswd -d USER docker",
     .judge = &judgeSocketAccess,
     .doc = {.source = "host-files",
             .reads = "stat of the socket in use and of its directory; /etc/group + /etc/passwd "
                      "members of its group",
             .verdict = "owner, mode, members, and the list of root-equivalent users; fail for "
                        "others' access or an owner other than the daemon's (root; a rootless "
                        "daemon's user), warn for other members. Rootless: pass when the socket is "
                        "in its owner's private directory (0700: `$XDG_RUNTIME_DIR`)"}},
    {.id = "DS-DATA-ROOT", .section = "DS",
     .title = QT_TRANSLATE_NOOP("Checks", "Access to the daemon's data root"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "The data root holds every container's file system, volumes and secrets."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Keep the data root at root:root drwx--x---."),
     .scope = CheckScope::Host, .severity = Severity::High,
     .remedyKind = RemedyKind::Command,
     .remedyCode = "chown root:root /var/lib/docker && chmod 710 /var/lib/docker",
     .judge = &judgeDataRootPermissions,
     .doc = {.source = "host-files",
             .reads = "stat of `/info` DockerRootDir",
             .verdict = "owner and mode; pass for drwx--x--- / drwx--x--x owned by the daemon's "
                        "owner (root; a rootless daemon's user, its data root is under the home), "
                        "warn for group/other read, fail for write or another owner"}},
    {.id = "DS-USERNS", .section = "DS",
     .title = QT_TRANSLATE_NOOP("Checks", "User namespace remapping of container root"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Without user namespace remapping, uid 0 in a container is uid 0 on the host."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Start the daemon with user namespace remapping."),
     .scope = CheckScope::Daemon, .severity = Severity::High,
     .remedyKind = RemedyKind::DaemonJson, .remedyCode = "{ \"userns-remap\": \"default\" }",
     .judge = &judgeUsernsRemap,
     .doc = {.source = "api + proc",
             .reads = "`/info` SecurityOptions name=userns, name=rootless; a container's uid_map",
             .verdict = "whether root maps to host uid 0; pass for a rootless daemon (its message "
                        "explains why)"}},
    {.id = "DS-ROOTLESS", .section = "DS",
     .title = QT_TRANSLATE_NOOP("Checks", "Rootless mode of the daemon"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "A rootless daemon and its containers run as an ordinary user: an escape does not give root."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Consider rootless mode; user namespace remapping is the next best thing."),
     .scope = CheckScope::Daemon, .severity = Severity::Low,
     .remedyKind = RemedyKind::Command, .remedyCode = "dockerd-rootless-setuptool.sh install",
     .judge = &judgeRootlessMode,
     .doc = {.source = "api",
             .reads = "`/info` SecurityOptions name=rootless (info when only userns)",
             .verdict = "the option"}},
    {.id = "DS-MEMINFO", .section = "DS",
     .title = QT_TRANSLATE_NOOP("Checks", "Host memory seen by the container, and its limit"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "/proc/meminfo is not namespaced: the container sees the host's memory, and without a limit it may take all of it."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Give the container a memory limit."),
     .scope = CheckScope::Container, .severity = Severity::Medium,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--memory 512m",
     .judge = &judgeMeminfo,
     .doc = {.source = "proc (fallback: api)",
             .reads = "container vs host /proc/meminfo MemTotal and the cgroup limit",
             .verdict = "both MemTotals and the limit; warn when it sees the host's memory with no "
                        "limit, or a limit that is not enforced"}},
    {.id = "DS-HOST-NS", .section = "DS",
     .title = QT_TRANSLATE_NOOP("Checks", "Namespaces shared with the host"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "Each namespace shared with the host removes one layer of isolation."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Run without --pid/--network/--ipc/--uts/--userns host."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::RunFlag,
     .remedyCode = "docker run … (without --pid/--network/--ipc/--uts host)",
     .judge = &judgeHostNamespaces,
     .doc = {.source = "proc (fallback: api, only when not running or without host access)",
             .reads = "every ns inode vs host (user only on a remapping or rootless daemon; cgroup "
                      "and time ignored)",
             .verdict = "each namespace: own/shared, inode, declared mode; unknown for a running "
                        "container whose namespaces cannot be read"}},
    {.id = "DS-NS-DISAGREE", .section = "DS",
     .title = QT_TRANSLATE_NOOP("Checks", "Enforced namespaces against the container's configuration"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "When the kernel's namespaces differ from what inspect says, the configuration cannot be trusted to describe the container."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Recreate the container and find out what changed its namespaces (a runtime, a hook, nsenter)."),
     .scope = CheckScope::Container, .severity = Severity::High,
     .remedyKind = RemedyKind::Command, .remedyCode = "docker rm -f CONTAINER && docker run …",
     .judge = &judgeDisagreement,
     .doc = {.source = "proc",
             .reads = "facts NamespaceFact.disagrees / declaredShared vs shared",
             .verdict = "the disagreeing namespaces; info when not running"}},
    {.id = "DS-DANGEROUS-CAPS", .section = "DS",
     .title = QT_TRANSLATE_NOOP("Checks", "Dangerous capabilities in the container's bounding set"),
     .rationale = QT_TRANSLATE_NOOP("Checks", "SYS_ADMIN, SYS_PTRACE, SYS_MODULE, NET_ADMIN, DAC_READ_SEARCH and similar capabilities are known container escapes, even when only in the bounding set."),
     .remedyText = QT_TRANSLATE_NOOP("Checks", "Drop the dangerous capabilities."),
     .scope = CheckScope::Container, .severity = Severity::Critical,
     .remedyKind = RemedyKind::RunFlag, .remedyCode = "--cap-drop ALL --cap-add <needed>",
     .judge = &judgeDangerousCaps,
     .doc = {.source = "proc (fallback: api)",
             .reads = "CapBnd (else declared default ± CapAdd/CapDrop, Privileged = all) ∩ "
                      "the dangerous ones (`Capabilities::risk`: DAC_READ_SEARCH, NET_ADMIN, "
                      "SYS_MODULE, SYS_RAWIO, SYS_PTRACE, SYS_ADMIN, SYS_BOOT, SYS_TIME, MAC_*, "
                      "SYSLOG, PERFMON, BPF)",
             .verdict = "each dangerous capability, marked effective or bounding (fail); the "
                        "default, risky ones it holds (DAC_OVERRIDE, SETUID, NET_RAW, MKNOD) "
                        "as evidence and in the message, without failing"}},
};

} // namespace

std::span<const CheckDefinition> dsCheckDefinitions()
{
    return s_dsCheckDefs;
}

} // namespace dockscope::core
