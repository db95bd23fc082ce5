// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The gate every container collector goes through: is State.Pid this container's process on
// the kernel whose files we read? Decided once per collection; the collectors then read the
// process's files through the gate and never look at the pid themselves.

#include "core/facts/containerfacts.h"
#include "core/facts/procparsers.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace dockscope::core {

class HostFs;
struct CollectContext;

namespace collectors {

/// What proving State.Pid found.
struct ProcessProof
{
    std::optional<Error> gate;              ///< set: host-side facts must not be read
    std::optional<bool> verified;           ///< known answer to "is State.Pid this container's?"
    PidProof proof = PidProof::None;
    std::optional<ProcCgroup> cgroup;       ///< the container's own cgroup (PidProof::Cgroup)
    qint64 shimPid = 0;
    QString noCgroupReason;                 ///< PidProof::Shim: why it has no cgroup of its own
};

/// The container's verified process and the host access to read it with. Closed (no host
/// access, no process, or a pid that is not the container's), fs() still answers, every call
/// failing with closedReason(), so each host-side fact carries that reason.
class ProcessGate
{
public:
    /// Proves inspect's State.Pid on the kernel hostFs reads: its cgroup names the container,
    /// or (no cgroup of its own) its parent is the container's shim. firstStage is fetched in
    /// one batch (a remote host: one ssh run) before the proof's reads, once there is a process.
    static ProcessGate open(const ContainerInspect &inspect, const HostFs *hostFs, const HostFacts &host,
                            const CollectContext &context, const QStringList &firstStage);

    /// Does the container have a process to read at all (running, with a pid)?
    static bool hasProcess(const ContainerInspect &inspect);
    /// "/proc/<State.Pid>".
    static QString procDirOf(const ContainerInspect &inspect);
    /// What open() reads itself: the process's cgroup and stat (the shim's command line is
    /// known only from the stat).
    static QStringList paths(const QString &procDir);
    /// The process's cgroup lines, cut at the container's level, if /proc/<pid>/cgroup names
    /// the container: the cheap half of the proof, for listing the cgroup files to fetch
    /// before a collection. Reads nothing else.
    static std::optional<ProcCgroup> ownCgroup(const HostFs &fs, const ContainerInspect &inspect);

    qint64 pid() const { return m_pid; }
    const QString &procDir() const { return m_procDir; }
    bool isOpen() const { return !m_closed.has_value(); }
    const std::optional<Error> &closedReason() const { return m_closed; }
    /// The host's files when open; when closed, a stand-in whose every call fails with
    /// closedReason().
    const HostFs &fs() const;

    const ProcessProof &proof() const { return m_proof; }
    /// ContainerFacts::pidVerified: the proof's answer, else why there is none.
    const Fact<bool> &pidVerified() const { return m_pidVerified; }
    /// The container's own cgroup lines (proof by cgroup); nullopt: cgroupError() says why.
    const std::optional<ProcCgroup> &cgroup() const { return m_proof.cgroup; }
    const Error &cgroupError() const { return m_cgroupError; }

private:
    ProcessGate() = default;

    qint64 m_pid = 0;
    QString m_procDir;
    const HostFs *m_hostFs = nullptr;
    std::shared_ptr<const HostFs> m_closedFs;
    std::optional<Error> m_closed;
    ProcessProof m_proof;
    Fact<bool> m_pidVerified;
    Error m_cgroupError;
};

} // namespace collectors
} // namespace dockscope::core
