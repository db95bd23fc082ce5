// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/facts/capabilities.h"

#include <QtGlobal>

#include <sys/capability.h>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

constexpr CapabilityInfo s_notes[] = {
    {1, "CAP_DAC_OVERRIDE", CapabilityDanger::Medium,
     QT_TRANSLATE_NOOP("Facts", "Ignores file permissions: root in the container can read and write every file it can reach, including files of other users on bind-mounted host directories.")},
    {2, "CAP_DAC_READ_SEARCH", CapabilityDanger::Critical,
     QT_TRANSLATE_NOOP("Facts", "Allows open_by_handle_at(): root in the container can open files of the host's file system by inode handle, outside its own root (the \"shocker\" escape), and read any file regardless of permissions.")},
    {3, "CAP_FOWNER", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Bypasses ownership checks: root in the container can change the mode of any file it can reach, including on bind-mounted host directories.")},
    {6, "CAP_SETGID", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Lets a process take any group id, for example the group that owns a bind-mounted host file or socket.")},
    {7, "CAP_SETUID", CapabilityDanger::Medium,
     QT_TRANSLATE_NOOP("Facts", "Lets a process take any user id: any user in the container can become root there through a set-uid binary or its own code, and act as any host user on bind-mounted files.")},
    {9, "CAP_LINUX_IMMUTABLE", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Can set and clear the immutable and append-only flags, defeating tamper protection of log files on bind-mounted host directories.")},
    {12, "CAP_NET_ADMIN", CapabilityDanger::High,
     QT_TRANSLATE_NOOP("Facts", "Configures the network stack: interfaces, routes and firewall rules. With the host's network namespace, root in the container can reroute, sniff or cut off the host's traffic.")},
    {13, "CAP_NET_RAW", CapabilityDanger::Medium,
     QT_TRANSLATE_NOOP("Facts", "Opens raw and packet sockets: root in the container can forge packets and spoof ARP or DNS answers to its neighbours on the same bridge.")},
    {14, "CAP_IPC_LOCK", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Can lock memory so it is never swapped out, which helps exhaust the host's memory.")},
    {15, "CAP_IPC_OWNER", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Bypasses permission checks on System V IPC objects; with the host's IPC namespace it can read other processes' shared memory.")},
    {16, "CAP_SYS_MODULE", CapabilityDanger::Critical,
     QT_TRANSLATE_NOOP("Facts", "Loads and removes kernel modules: root in the container can run any code in the host's kernel. Equivalent to full control of the host.")},
    {17, "CAP_SYS_RAWIO", CapabilityDanger::Critical,
     QT_TRANSLATE_NOOP("Facts", "Raw I/O: access to /dev/mem, /dev/port, I/O ports and raw SCSI commands. Root in the container can read and change the host's memory and disks below the file system.")},
    {19, "CAP_SYS_PTRACE", CapabilityDanger::High,
     QT_TRANSLATE_NOOP("Facts", "Traces and injects code into processes. With the host's PID namespace, root in the container can take over any host process; in its own, it can read other containers' secrets in shared processes and weaken seccomp.")},
    {21, "CAP_SYS_ADMIN", CapabilityDanger::Critical,
     QT_TRANSLATE_NOOP("Facts", "The \"new root\": mount file systems, use cgroup release agents, create namespaces, many device ioctls. Root in the container can usually escape to the host (mount the host disk, cgroup v1 release_agent).")},
    {22, "CAP_SYS_BOOT", CapabilityDanger::High,
     QT_TRANSLATE_NOOP("Facts", "Can reboot the machine and load a new kernel with kexec_load: root in the container can restart or replace the host's kernel.")},
    {23, "CAP_SYS_NICE", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Raises priorities and sets real-time scheduling: a process in the container can starve the host's other processes of CPU.")},
    {24, "CAP_SYS_RESOURCE", CapabilityDanger::Medium,
     QT_TRANSLATE_NOOP("Facts", "Overrides resource limits and disk quotas, and the reserved space of ext4: a process in the container can exhaust resources meant for the host.")},
    {25, "CAP_SYS_TIME", CapabilityDanger::High,
     QT_TRANSLATE_NOOP("Facts", "Sets the system clock, which is not namespaced: root in the container changes the host's time, breaking TLS, Kerberos, logs and schedules.")},
    {26, "CAP_SYS_TTY_CONFIG", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Can hang up and configure terminals (vhangup), disturbing the host's consoles.")},
    {27, "CAP_MKNOD", CapabilityDanger::Medium,
     QT_TRANSLATE_NOOP("Facts", "Creates device nodes. The device cgroup still limits their use, but with broad device rules or a privileged cgroup root in the container can open the host's disks.")},
    {30, "CAP_AUDIT_CONTROL", CapabilityDanger::Medium,
     QT_TRANSLATE_NOOP("Facts", "Changes the kernel's audit rules: root in the container can switch off the host's auditing.")},
    {32, "CAP_MAC_OVERRIDE", CapabilityDanger::High,
     QT_TRANSLATE_NOOP("Facts", "Overrides mandatory access control (Smack): the LSM policy no longer confines the container.")},
    {33, "CAP_MAC_ADMIN", CapabilityDanger::High,
     QT_TRANSLATE_NOOP("Facts", "Changes the mandatory access control policy (AppArmor, Smack): root in the container can unload its own confinement.")},
    // High: the kernel addresses it reveals defeat KASLR, the first step of a kernel exploit.
    {34, "CAP_SYSLOG", CapabilityDanger::High,
     QT_TRANSLATE_NOOP("Facts", "Reads and clears the kernel log, which is not namespaced, and sees kernel addresses that help exploits against the host.")},
    {35, "CAP_WAKE_ALARM", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Sets alarms that wake the host from suspend.")},
    {36, "CAP_BLOCK_SUSPEND", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Can prevent the host from suspending.")},
    {37, "CAP_AUDIT_READ", CapabilityDanger::Low,
     QT_TRANSLATE_NOOP("Facts", "Reads the kernel's audit log over netlink: the host's audited activity, not just the container's.")},
    {38, "CAP_PERFMON", CapabilityDanger::High,
     QT_TRANSLATE_NOOP("Facts", "Uses perf events system-wide: root in the container can observe the host's and other containers' processes and kernel, and reach a large kernel attack surface.")},
    {39, "CAP_BPF", CapabilityDanger::Critical,
     QT_TRANSLATE_NOOP("Facts", "Loads BPF programs and maps: together with PERFMON or NET_ADMIN, root in the container can trace or alter the host kernel's behaviour, and the verifier is a frequent source of kernel exploits.")},
    {40, "CAP_CHECKPOINT_RESTORE", CapabilityDanger::Medium,
     QT_TRANSLATE_NOOP("Facts", "Checkpoint/restore helpers: choose pids of new processes and read other processes' memory maps.")},
};

constexpr CapabilityRisk riskOf(CapabilityDanger danger)
{
    if (danger >= CapabilityDanger::High)
        return CapabilityRisk::Dangerous;
    if (danger == CapabilityDanger::Medium)
        return CapabilityRisk::Risky;
    return CapabilityRisk::None;
}

constexpr quint64 maskOf(CapabilityRisk risk)
{
    quint64 m = 0;
    for (const CapabilityInfo &i : s_notes) {
        if (riskOf(i.danger) == risk)
            m |= quint64(1) << i.number;
    }
    return m;
}

constexpr quint64 s_dangerousMask = maskOf(CapabilityRisk::Dangerous);
constexpr quint64 s_riskyMask = maskOf(CapabilityRisk::Risky);
// The definition promises that a dangerous capability is never one Docker grants by default.
static_assert((s_dangerousMask & Capabilities::dockerDefault) == 0);

} // namespace

QString Capabilities::name(int number)
{
    if (number < 0 || number > 63)
        return QString();
    char *raw = cap_to_name(static_cast<cap_value_t>(number));
    QString text = raw ? QString::fromLatin1(raw) : QString();
    if (raw)
        cap_free(raw);
    bool numeric = false;
    text.toInt(&numeric);
    if (text.isEmpty() || numeric)
        return u"CAP_"_s + QString::number(number);
    return text.toUpper();
}

int Capabilities::number(const QString &capName)
{
    const QString n = normalise(capName);
    if (n.isEmpty() || n == u"ALL"_s)
        return -1;
    // "CAP_41" round-trips what name() gives for numbers libcap lacks.
    bool numeric = false;
    const int direct = n.mid(4).toInt(&numeric);
    if (numeric)
        return direct >= 0 && direct <= 63 ? direct : -1;
    cap_value_t value = 0;
    const QByteArray lower = n.toLower().toLatin1();
    if (cap_from_name(lower.constData(), &value) != 0)
        return -1;
    return static_cast<int>(value);
}

QStringList Capabilities::names(quint64 mask)
{
    QStringList out;
    for (int bit = 0; bit < 64; ++bit) {
        if (mask & (quint64(1) << bit))
            out.append(name(bit));
    }
    return out;
}

quint64 Capabilities::mask(const QStringList &capNames, QStringList *unknown)
{
    quint64 m = 0;
    for (const QString &n : capNames) {
        const int bit = number(n);
        if (bit < 0) {
            if (unknown)
                unknown->append(n);
            continue;
        }
        m |= quint64(1) << bit;
    }
    return m;
}

quint64 Capabilities::allMask(int lastCap)
{
    if (lastCap < 0)
        lastCap = knownLastCap;
    if (lastCap >= 63)
        return ~quint64(0);
    return (quint64(1) << (lastCap + 1)) - 1;
}

Result<int> Capabilities::parseLastCap(const QByteArray &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0 || n > 63)
        return Error{ErrorCode::ParseError, u"cap_last_cap: \""_s + QString::fromLatin1(text.trimmed().left(20)) + u'"'};
    return n;
}

QString Capabilities::normalise(const QString &capability)
{
    QString c = capability.trimmed().toUpper();
    if (c.isEmpty())
        return c;
    if (c == u"ALL"_s)
        return c;
    if (!c.startsWith(u"CAP_"_s))
        c.prepend(u"CAP_"_s);
    return c;
}

QStringList Capabilities::normalise(const QStringList &capabilities)
{
    QStringList out;
    for (const QString &c : capabilities) {
        const QString n = normalise(c);
        if (!n.isEmpty() && !out.contains(n))
            out.append(n);
    }
    return out;
}

quint64 Capabilities::expectedBounding(bool privileged, const QStringList &capAdd,
                                       const QStringList &capDrop, int lastCap)
{
    const quint64 all = allMask(lastCap);
    if (privileged)
        return all;
    const QStringList add = normalise(capAdd);
    const QStringList drop = normalise(capDrop);
    if (add.isEmpty() && drop.isEmpty())
        return dockerDefault;
    const quint64 addMask = mask(add);
    const quint64 dropMask = mask(drop);
    if (add.contains(u"ALL"_s))
        return all & ~dropMask;
    if (drop.contains(u"ALL"_s))
        return addMask & all;
    return ((dockerDefault & ~dropMask) | addMask) & all;
}

CapabilityInfo Capabilities::info(int capNumber)
{
    for (const CapabilityInfo &i : s_notes) {
        if (i.number == capNumber)
            return i;
    }
    return CapabilityInfo{capNumber, nullptr, CapabilityDanger::None, nullptr};
}

CapabilityInfo Capabilities::info(const QString &capName)
{
    return info(number(capName));
}

QList<CapabilityInfo> Capabilities::notable()
{
    QList<CapabilityInfo> out;
    for (const CapabilityInfo &i : s_notes)
        out.append(i);
    return out;
}

CapabilityRisk Capabilities::risk(int capNumber)
{
    return riskOf(info(capNumber).danger);
}

bool Capabilities::isDefault(int capNumber)
{
    return capNumber >= 0 && capNumber < 64 && (dockerDefault & (quint64(1) << capNumber));
}

quint64 Capabilities::dangerousMask()
{
    return s_dangerousMask;
}

quint64 Capabilities::defaultRiskyMask()
{
    return s_riskyMask & dockerDefault;
}

quint64 Capabilities::addedRiskyMask()
{
    return s_riskyMask & ~dockerDefault;
}

const char *Capabilities::riskLabel(int capNumber)
{
    switch (risk(capNumber)) {
    case CapabilityRisk::Dangerous: return QT_TRANSLATE_NOOP("Facts", "dangerous");
    case CapabilityRisk::Risky:
        return isDefault(capNumber) ? QT_TRANSLATE_NOOP("Facts", "default, risky")
                                    : QT_TRANSLATE_NOOP("Facts", "added, risky");
    case CapabilityRisk::None: break;
    }
    return nullptr;
}

} // namespace dockscope::core
