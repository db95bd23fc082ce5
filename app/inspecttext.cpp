// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspecttext.h"

#include "texttable.h"
#include "tr.h"

#include "core/facts/capabilities.h"
#include "core/localization.h"
#include "core/textsafety.h"

#include <QLocale>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace dockscope::app {

using namespace dockscope::core;

QString unavailableReason(const Error &why)
{
    QString reason;
    switch (why.code) {
    case ErrorCode::NeedsRoot:
        reason = Tr::tr("needs root or the process owner");
        break;
    case ErrorCode::NotOnThisHost:
        reason = Tr::tr("the container's processes run on another kernel (a VM or a remote host)");
        break;
    case ErrorCode::Unavailable:
        reason = Tr::tr("no access to the daemon's host");
        break;
    case ErrorCode::NotRunning:
        reason = Tr::tr("the container is not running");
        break;
    case ErrorCode::KernelLacks:
        reason = Tr::tr("this kernel does not have it");
        break;
    case ErrorCode::NotEnforced:
        reason = Tr::tr("not enforced");
        break;
    case ErrorCode::PermissionDenied:
        reason = Tr::tr("permission denied");
        break;
    case ErrorCode::NotFound:
        reason = Tr::tr("not found");
        break;
    default:
        reason = errorCodeName(why.code);
        break;
    }
    if (why.detail.isEmpty())
        return Tr::tr("unavailable: %1").arg(reason);
    //: %1 reason, %2 technical detail (a path, an errno text)
    return Tr::tr("unavailable: %1 (%2)").arg(reason, core::translatedDetail(why.detail));
}

namespace {

QString bytes(qint64 value)
{
    return QLocale().formattedDataSize(value, 1, QLocale::DataSizeIecFormat);
}

QString limitText(const Limit &limit)
{
    return limit ? bytes(*limit) : Tr::tr("no limit");
}

QString countLimitText(const Limit &limit)
{
    return limit ? QLocale().toString(*limit) : Tr::tr("no limit");
}

template<class T, class F>
QString factText(const Fact<T> &fact, F format)
{
    if (!fact.value)
        return unavailableReason(fact.why);
    return format(*fact.value);
}

QString yesNo(bool value)
{
    return value ? Tr::tr("yes") : Tr::tr("no");
}

QString capList(quint64 mask)
{
    const QStringList names = Capabilities::names(mask);
    return names.isEmpty() ? Tr::tr("(none)") : names.join(u", "_s);
}

QString referenceText(HostReference reference, qint64 pid)
{
    switch (reference) {
    case HostReference::Pid1:
        return Tr::tr("PID 1");
    case HostReference::DaemonProcess:
        return Tr::tr("the Docker daemon (pid %1)").arg(pid);
    case HostReference::Self:
        return Tr::tr("this program (pid %1), because PID 1 cannot be read").arg(pid);
    case HostReference::None:
        break;
    }
    return Tr::tr("none");
}

QString cgroupVersionText(CgroupVersion version)
{
    switch (version) {
    case CgroupVersion::V1:
        return Tr::tr("cgroup v1");
    case CgroupVersion::V2:
        return Tr::tr("cgroup v2");
    case CgroupVersion::Hybrid:
        return Tr::tr("cgroup v1 (hybrid, with a unified hierarchy mounted too)");
    case CgroupVersion::Unknown:
        break;
    }
    return Tr::tr("unknown cgroup version");
}

QString sensitiveText(SensitivePath path)
{
    switch (path) {
    case SensitivePath::Root: return Tr::tr("the host's root directory");
    case SensitivePath::Boot: return Tr::tr("the host's /boot");
    case SensitivePath::Dev: return Tr::tr("the host's /dev");
    case SensitivePath::Etc: return Tr::tr("the host's /etc");
    case SensitivePath::Lib: return Tr::tr("the host's /lib");
    case SensitivePath::Proc: return Tr::tr("the host's /proc");
    case SensitivePath::Sys: return Tr::tr("the host's /sys");
    case SensitivePath::Usr: return Tr::tr("the host's /usr");
    case SensitivePath::DockerDataRoot: return Tr::tr("Docker's data root");
    case SensitivePath::DockerSocket: return Tr::tr("the Docker socket");
    case SensitivePath::ContainerdSocket: return Tr::tr("the containerd socket");
    case SensitivePath::Other: return Tr::tr("a sensitive host path");
    case SensitivePath::None: break;
    }
    return {};
}

void heading(QTextStream &out, const QString &title)
{
    out << u'\n' << title << u'\n';
}

/// Values carry container and daemon strings (and error details naming their paths).
void line(QTextStream &out, const QString &label, const QString &value)
{
    out << u"  "_s << label << u": "_s << escapeControls(value) << u'\n';
}

} // namespace

void printContainerFacts(QTextStream &out, const ContainerFacts &facts, const HostFacts &host)
{
    const ContainerInspect &inspect = facts.inspect;
    out << Tr::tr("Container %1 (%2)").arg(escapeControls(facts.name), escapeControls(facts.id.left(12)))
        << u'\n';
    line(out, Tr::tr("Image"), inspect.config.image);
    line(out, Tr::tr("State"), inspect.state.status);
    if (host.rootless) {
        // Said once here rather than in every row below.
        line(out, Tr::tr("Daemon"),
             Tr::tr("rootless: root in the container is the daemon owner's unprivileged user on the host; "
                    "capabilities below are those of root inside the rootless user namespace, not of host root"));
    }
    if (host.throughHelper) {
        line(out, Tr::tr("Host files"),
             Tr::tr("what your user may not read came through the host-facts helper (polkit-authorised, read-only)"));
    }
    if (facts.pid > 0) {
        const PidProof proof = facts.pidProof;
        const qint64 shim = facts.shimPid;
        const QString verified = factText(facts.pidVerified, [proof, shim](bool ok) {
            if (!ok)
                return Tr::tr("NOT this container's process on this host");
            if (proof == PidProof::Shim)
                return Tr::tr("verified: its parent is this container's shim (pid %1); it has no cgroup of its own").arg(shim);
            return Tr::tr("verified: its cgroup names this container");
        });
        line(out, Tr::tr("PID"), u"%1 (%2)"_s.arg(facts.pid).arg(verified));
    }

    // ---- identity
    const IdentityFacts &id = facts.identity;
    line(out, Tr::tr("User"),
         Tr::tr("declared \"%1\", host uid %2, uid in the container %3")
             .arg(id.declaredUser.isEmpty() ? Tr::tr("(image default)") : id.declaredUser,
                  factText(id.uid, [](qint64 v) { return QString::number(v); }),
                  factText(id.containerUid, [](qint64 v) { return QString::number(v); })));
    line(out, Tr::tr("Read-only root file system"), yesNo(id.readonlyRootfs));
    line(out, Tr::tr("Privileged"), yesNo(facts.capabilities.privileged));

    // ---- namespaces
    const NamespaceFacts &ns = facts.namespaces;
    heading(out, Tr::tr("Namespaces (host reference: %1)").arg(referenceText(ns.reference, ns.referencePid)));
    TextTable nsTable({Tr::tr("TYPE"), Tr::tr("ENFORCED"), Tr::tr("DECLARED"), Tr::tr("INODE"), Tr::tr("HOST INODE")});
    QStringList disagreements;
    for (const NamespaceFact &n : ns.namespaces) {
        QString enforced;
        if (!n.shared)
            enforced = n.inode.value ? Tr::tr("unknown") : unavailableReason(n.inode.why);
        else
            enforced = *n.shared ? Tr::tr("SHARED with the host") : Tr::tr("isolated");
        QString declared = n.declaredMode.isEmpty() ? Tr::tr("(default)") : n.declaredMode;
        if (!n.declaredPeer.isEmpty())
            declared += u" → "_s + n.declaredPeer;
        auto inode = [](const Fact<quint64> &f) {
            return f.value ? QString::number(*f.value) : u"-"_s;
        };
        nsTable.addRow({n.type, enforced, declared, inode(n.inode), inode(n.hostInode)});
        if (n.disagrees)
            disagreements << n.type;
    }
    nsTable.print(out, 2);
    if (!disagreements.isEmpty())
        out << u"  "_s
            << Tr::tr("! Declared and enforced disagree for: %1").arg(escapeControls(disagreements.join(u", "_s)))
            << u'\n';
    if (ns.uidMap.value) {
        line(out, Tr::tr("uid_map"), ns.uidMap.value->simplified());
        if (ns.rootMapsTo)
            line(out, Tr::tr("Container root is host uid"), QString::number(*ns.rootMapsTo));
    }

    // ---- capabilities
    const CapabilityFacts &caps = facts.capabilities;
    heading(out, Tr::tr("Capabilities"));
    if (caps.sets.value) {
        const CapabilitySets &s = *caps.sets.value;
        line(out, Tr::tr("Effective"), capList(s.effective));
        line(out, Tr::tr("Permitted"), capList(s.permitted));
        line(out, Tr::tr("Bounding"), capList(s.bounding));
        line(out, Tr::tr("Inheritable"), capList(s.inheritable));
        line(out, Tr::tr("Ambient"), capList(s.ambient));
        if (s.effective == 0 && s.bounding != 0)
            out << u"  "_s
                << Tr::tr("Note: the effective set is empty because the process does not run as "
                          "root; the bounding set still holds what a setuid program could regain.")
                << u'\n';
    } else {
        line(out, Tr::tr("Sets"), unavailableReason(caps.sets.why));
    }
    line(out, Tr::tr("Added to Docker's default"),
         caps.addedToDefault.isEmpty() ? Tr::tr("(none)") : caps.addedToDefault.join(u", "_s));
    line(out, Tr::tr("Dropped from Docker's default"),
         caps.droppedFromDefault.isEmpty() ? Tr::tr("(none)") : caps.droppedFromDefault.join(u", "_s));
    if (!caps.declaredAdd.isEmpty() || !caps.declaredDrop.isEmpty())
        line(out, Tr::tr("Declared"),
             Tr::tr("--cap-add %1, --cap-drop %2")
                 .arg(caps.declaredAdd.isEmpty() ? u"-"_s : caps.declaredAdd.join(u','),
                      caps.declaredDrop.isEmpty() ? u"-"_s : caps.declaredDrop.join(u',')));
    line(out, Tr::tr("NoNewPrivs"), factText(caps.noNewPrivs, [](bool v) { return yesNo(v); }));
    line(out, Tr::tr("Seccomp"), factText(caps.seccompMode, [&caps](int mode) {
             switch (mode) {
             case 0: return Tr::tr("disabled");
             case 1: return Tr::tr("strict");
             default:
                 return Tr::tr("filter (%1)").arg(caps.seccompFilters.value ? QString::number(*caps.seccompFilters.value) : u"?"_s);
             }
         }));
    line(out, Tr::tr("LSM label"), factText(caps.lsmLabel, [](const QString &v) { return v; }));
    for (const QString &name : caps.addedToDefault) {
        const CapabilityInfo info = Capabilities::info(Capabilities::number(name));
        if (info.note)
            out << u"  ! "_s << escapeControls(name) << u": "_s << QCoreApplication::translate("Facts", info.note)
                << u'\n';
    }

    // ---- cgroups
    const CgroupFacts &cg = facts.cgroup;
    heading(out, Tr::tr("Control group (%1, driver %2)")
                     .arg(cgroupVersionText(cg.version),
                          cg.driver.isEmpty() ? Tr::tr("unknown") : escapeControls(cg.driver)));
    line(out, Tr::tr("Path"), factText(cg.path, [](const QString &v) { return v; }));
    const MemoryCgroup &mem = cg.memory;
    line(out, Tr::tr("Memory limit"), factText(mem.limit, limitText));
    line(out, Tr::tr("Memory usage"), factText(mem.usage, bytes));
    line(out, Tr::tr("Memory peak"), factText(mem.peak, bytes));
    line(out, Tr::tr("Times the limit was hit"), factText(mem.limitHits, [](qint64 v) { return QLocale().toString(v); }));
    line(out, Tr::tr("OOM kills"), factText(mem.oomKills, [](qint64 v) { return QLocale().toString(v); }));
    line(out, Tr::tr("Swap limit"), factText(mem.swapLimit, limitText));
    line(out, Tr::tr("PIDs in use"), factText(cg.pids.current, [](qint64 v) { return QLocale().toString(v); }));
    line(out, Tr::tr("PIDs limit"), factText(cg.pids.limit, countLimitText));
    line(out, Tr::tr("CPU quota"), factText(cg.cpu.quota, [&cg](const Limit &quota) {
             if (!quota)
                 return Tr::tr("no limit");
             const qint64 period = cg.cpu.period.value.value_or(100000);
             return Tr::tr("%1 µs per %2 µs").arg(*quota).arg(period);
         }));
    if (cg.cpu.shares.value)
        line(out, Tr::tr("CPU shares"), QString::number(*cg.cpu.shares.value));
    if (cg.cpu.weight.value)
        line(out, Tr::tr("CPU weight"), QString::number(*cg.cpu.weight.value));
    const HostConfig &hc = inspect.hostConfig;
    line(out, Tr::tr("Declared"),
         Tr::tr("--memory %1, --pids-limit %2")
             .arg(hc.memory > 0 ? bytes(hc.memory) : Tr::tr("no limit"),
                  hc.pidsLimit ? QString::number(*hc.pidsLimit) : Tr::tr("no limit")));

    // ---- meminfo
    const MeminfoFacts &mi = facts.meminfo;
    heading(out, Tr::tr("Memory as the container sees it (/proc/meminfo)"));
    auto memTotal = [](const Fact<QMap<QString, qint64>> &f) {
        return factText(f, [](const QMap<QString, qint64> &m) {
            return m.contains(u"MemTotal"_s) ? bytes(m.value(u"MemTotal"_s)) : Tr::tr("no MemTotal");
        });
    };
    line(out, Tr::tr("MemTotal inside the container"), memTotal(mi.container));
    line(out, Tr::tr("MemTotal of the host"), memTotal(mi.host));
    line(out, Tr::tr("cgroup memory limit"), factText(mi.limit, limitText));
    if (mi.seesHostMemory && *mi.seesHostMemory)
        out << u"  ! "_s << Tr::tr("The container sees the host's memory, not its limit.") << u'\n';

    // ---- mounts
    heading(out, Tr::tr("Mounts"));
    if (facts.mounts.isEmpty())
        out << u"  "_s << Tr::tr("(none)") << u'\n';
    for (const MountFact &m : facts.mounts) {
        const QString source = m.mount.source.isEmpty() ? m.mount.name : m.mount.source;
        //: %1 source, %2 destination, %3 type (bind, volume), %4 "read-only" or "read-write"
        out << u"  "_s
            << Tr::tr("%1 → %2 (%3, %4)")
                   .arg(escapeControls(source), escapeControls(m.mount.destination),
                        escapeControls(m.mount.type),
                        m.readOnly ? Tr::tr("read-only") : Tr::tr("read-write"));
        if (m.isDockerSocket)
            out << u"  ! "_s << Tr::tr("the Docker socket: root on the host");
        else if (m.sensitive != SensitivePath::None)
            out << u"  ! "_s << Tr::tr("sensitive: %1").arg(sensitiveText(m.sensitive));
        out << u'\n';
    }
    Q_UNUSED(host)
    out.flush();
}

} // namespace dockscope::app
