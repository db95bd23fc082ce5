// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The security facts of one container: what Docker was asked (declared, from inspect) and what
// the kernel enforces (/proc, /sys/fs/cgroup), kept apart, each with its provenance.

#include "core/docker/types.h"
#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace dockscope::core {

/// Where a fact came from.
enum class Provenance {
    Proc,           ///< read from the kernel (/proc, /sys) on the container's host
    Api,            ///< declared: the Engine API (inspect, stats)
    Exec,           ///< probed inside the container through the exec API (opt-in, remote only)
    Unavailable,    ///< could not be had; Fact::why says why
};

/// A value with its provenance, or the reason it is unavailable.
template<class T>
struct Fact
{
    std::optional<T> value;
    Provenance source = Provenance::Unavailable;
    Error why;      ///< set when source == Unavailable: NeedsRoot, NotOnThisHost, Unavailable …

    bool isKnown() const { return value.has_value(); }
    static Fact known(T v, Provenance p) { return Fact{std::move(v), p, {}}; }
    static Fact unavailable(Error e) { return Fact{std::nullopt, Provenance::Unavailable, std::move(e)}; }
};

/// A byte or count limit; std::nullopt means "no limit" (v1 9223372036854771712, v2 "max").
using Limit = std::optional<qint64>;

// ---- host ------------------------------------------------------------------------------------

enum class CgroupVersion { Unknown, V1, V2, Hybrid };

/// Which process's namespaces stand for "the host".
enum class HostReference { Pid1, DaemonProcess, Self, None };

/// Facts about the host the containers run on, read once per refresh.
struct HostFacts
{
    bool hostAccess = false;            ///< false: remote over tcp/unix forward, nothing to read
    Error noAccessReason;
    CgroupVersion cgroupVersion = CgroupVersion::Unknown;
    int capLastCap = -1;                ///< /proc/sys/kernel/cap_last_cap
    HostReference nsReference = HostReference::None;
    qint64 nsReferencePid = 0;
    QMap<QString, quint64> hostNamespaces;  ///< type -> inode of the reference process
    Fact<QMap<QString, qint64>> meminfo;    ///< /proc/meminfo, values in bytes
    std::optional<qint64> daemonPid;        ///< dockerd, found by its socket/pidfile, if any
    /// What identified daemonPid as the daemon serving the socket in use (technical, for the
    /// evidence): "holds the listening socket …", "pidfile …", …; empty when none was found.
    QString daemonEvidence;
    /// The daemon is rootless: the reference is outside rootlesskit's namespaces, and root in
    /// a container is the daemon owner's uid (or a subordinate one) on the host.
    bool rootless = false;
    QString hostDescription;                ///< HostFs::describe(), for evidence
    /// What the user could not read came through the polkit-authorised host-facts helper
    /// (HostFs::throughHelper()); provenance stays proc.
    bool throughHelper = false;
};

// ---- namespaces ------------------------------------------------------------------------------

struct NamespaceFact
{
    QString type;                   ///< cgroup ipc mnt net pid pid_for_children time time_for_children user uts
    Fact<quint64> inode;            ///< the container's
    Fact<quint64> hostInode;        ///< the host reference's
    std::optional<bool> shared;     ///< enforced: same inode as the host; nullopt when unknown
    QString declaredMode;           ///< PidMode, NetworkMode, … verbatim ("" = daemon default)
    QString declaredPeer;           ///< the container named by "container:<id>" modes
    std::optional<bool> declaredShared; ///< what the declaration implies, nullopt if it implies nothing
    bool disagrees = false;         ///< declared and enforced disagree: a finding of its own
};

struct NamespaceFacts
{
    QList<NamespaceFact> namespaces;
    HostReference reference = HostReference::None;
    qint64 referencePid = 0;
    Fact<QString> uidMap;           ///< /proc/<pid>/uid_map verbatim
    Fact<QString> gidMap;
    std::optional<qint64> rootMapsTo;   ///< host uid of container uid 0, from uid_map
};

// ---- capabilities ----------------------------------------------------------------------------

struct CapabilitySets
{
    quint64 inheritable = 0;
    quint64 permitted = 0;
    quint64 effective = 0;
    quint64 bounding = 0;
    quint64 ambient = 0;
};

struct CapabilityFacts
{
    Fact<CapabilitySets> sets;      ///< /proc/<pid>/status CapInh … CapAmb
    int lastCap = -1;
    bool privileged = false;        ///< HostConfig.Privileged
    QStringList declaredAdd;        ///< normalised: "CAP_SYS_ADMIN" or "ALL"
    QStringList declaredDrop;
    quint64 expectedBounding = 0;   ///< what the declaration implies: default ± add/drop, or all
    QStringList addedToDefault;     ///< enforced bounding minus Docker's default set (names)
    QStringList droppedFromDefault; ///< Docker's default set minus enforced bounding (names)
    Fact<bool> noNewPrivs;
    Fact<int> seccompMode;          ///< 0 disabled, 1 strict, 2 filter
    Fact<int> seccompFilters;
    Fact<QString> lsmLabel;         ///< /proc/<pid>/attr/current; "none" when no LSM (EINVAL)
    QString declaredAppArmorProfile;
    QStringList securityOpt;        ///< HostConfig.SecurityOpt verbatim
};

// ---- control groups --------------------------------------------------------------------------

struct MemoryCgroup
{
    Fact<Limit> limit;              ///< v1 memory.limit_in_bytes | v2 memory.max
    Fact<qint64> usage;             ///< v1 memory.usage_in_bytes | v2 memory.current
    Fact<qint64> peak;              ///< v1 memory.max_usage_in_bytes | v2 memory.peak (≥ 5.19)
    Fact<qint64> limitHits;         ///< v1 memory.failcnt | v2 memory.events "max"
    Fact<Limit> softLimit;          ///< v1 memory.soft_limit_in_bytes
    Fact<Limit> high;               ///< v2 memory.high
    Fact<qint64> low;               ///< v2 memory.low
    Fact<Limit> swapLimit;          ///< v1 memory.memsw.limit_in_bytes (mem+swap) | v2 memory.swap.max
    Fact<qint64> swapUsage;         ///< v1 memory.memsw.usage_in_bytes | v2 memory.swap.current
    Fact<Limit> kmemLimit;          ///< v1 memory.kmem.limit_in_bytes
    Fact<qint64> kmemUsage;         ///< v1 memory.kmem.usage_in_bytes
    Fact<bool> oomKillDisable;      ///< v1 memory.oom_control oom_kill_disable
    Fact<bool> underOom;            ///< v1 memory.oom_control under_oom
    Fact<qint64> oomKills;          ///< v1 oom_control oom_kill | v2 memory.events oom_kill
    Fact<qint64> oomEvents;         ///< v2 memory.events oom
    Fact<QMap<QString, qint64>> stat;   ///< memory.stat
};

struct PidsCgroup
{
    Fact<Limit> limit;              ///< pids.max
    Fact<qint64> current;           ///< pids.current
};

struct CpuCgroup
{
    Fact<qint64> shares;            ///< v1 cpu.shares
    Fact<qint64> weight;            ///< v2 cpu.weight
    Fact<Limit> quota;              ///< v1 cpu.cfs_quota_us (-1 = none) | v2 cpu.max first field
    Fact<qint64> period;            ///< v1 cpu.cfs_period_us | v2 cpu.max second field
    Fact<QString> cpusetCpus;       ///< cpuset.cpus (v1) | cpuset.cpus.effective (v2)
};

struct BlkioCgroup
{
    Fact<qint64> weight;            ///< v1 blkio.weight | v2 io.weight "default"
    Fact<QStringList> throttles;    ///< v1 blkio.throttle.* lines | v2 io.max lines
};

struct CgroupFacts
{
    CgroupVersion version = CgroupVersion::Unknown;
    QString driver;                 ///< cgroupfs | systemd (from /info, else from the path shape)
    Fact<QString> path;             ///< the memory controller's path (v1) or the unified path (v2)
    QMap<QString, QString> controllerPaths; ///< v1: controller -> path; v2: "" -> path
    /// Absolute host directories: v1 controller ("memory", "pids", "cpu", "cpuset", "blkio")
    /// -> /sys/fs/cgroup/<mount>/<path>; "" -> the unified (v2) directory. sampleMemory uses it.
    QMap<QString, QString> controllerDirs;
    MemoryCgroup memory;
    PidsCgroup pids;
    CpuCgroup cpu;
    BlkioCgroup blkio;
};

// ---- meminfo demonstration -------------------------------------------------------------------

struct MeminfoFacts
{
    Fact<QMap<QString, qint64>> container;  ///< /proc/<pid>/root/proc/meminfo, bytes
    Fact<QMap<QString, qint64>> host;       ///< /proc/meminfo, bytes
    Fact<Limit> limit;                      ///< the cgroup memory limit
    std::optional<bool> seesHostMemory;     ///< container MemTotal == host MemTotal
};

// ---- mounts and identity ---------------------------------------------------------------------

enum class SensitivePath { None, Root, Boot, Dev, Etc, Lib, Proc, Sys, Usr, DockerDataRoot,
                           DockerSocket, ContainerdSocket, Other };

struct MountFact
{
    MountPoint mount;               ///< as declared (inspect Mounts)
    bool readOnly = false;
    QString propagation;
    SensitivePath sensitive = SensitivePath::None;
    bool isDockerSocket = false;    ///< matched by device and inode with the socket in use
    Provenance socketMatch = Provenance::Unavailable; ///< Proc: by inode; Api: by path only
    /// Where readOnly/propagation come from: Proc (the container's mountinfo) or Api (inspect).
    Provenance source = Provenance::Api;
};

struct IdentityFacts
{
    QString declaredUser;           ///< Config.User ("" = image default)
    Fact<qint64> uid;               ///< real uid from /proc/<pid>/status, as seen on the host
    Fact<qint64> gid;
    Fact<qint64> containerUid;      ///< uid inside the container (through uid_map)
    bool readonlyRootfs = false;
    QList<DeviceMapping> devices;
    std::optional<QStringList> maskedPaths;
    std::optional<QStringList> readonlyPaths;
};

// ---- the whole -------------------------------------------------------------------------------

/// How State.Pid was proven to be this container's process on this kernel.
enum class PidProof {
    None,       ///< not proven (see ContainerFacts::pidVerified)
    Cgroup,     ///< /proc/<pid>/cgroup names the container (its own cgroup)
    Shim,       ///< its parent is containerd-shim-… -id <full id> (no cgroup of its own:
                ///< cgroup driver "none", rootless Docker on cgroup v1)
};


struct ContainerFacts
{
    QString id;
    QString name;
    qint64 pid = 0;
    /// Does /proc/<pid>/cgroup name this container? If not, every host-side fact is
    /// Unavailable(NotOnThisHost) and never another process's data.
    Fact<bool> pidVerified;
    PidProof pidProof = PidProof::None;
    qint64 shimPid = 0;             ///< the containerd shim that is its parent, when PidProof::Shim
    QDateTime collectedAt;
    ContainerInspect inspect;
    NamespaceFacts namespaces;
    CapabilityFacts capabilities;
    CgroupFacts cgroup;
    MeminfoFacts meminfo;
    QList<MountFact> mounts;
    IdentityFacts identity;
};

} // namespace dockscope::core

Q_DECLARE_METATYPE(dockscope::core::ContainerFacts)
Q_DECLARE_METATYPE(dockscope::core::HostFacts)
