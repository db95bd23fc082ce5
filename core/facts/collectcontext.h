// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dockscope::core {

struct DaemonInfo;
struct Endpoint;

/// What the collectors need to know about the daemon connected to. Built in one place, from
/// the daemon's own answers (fromDaemon), and used alike by the GUI, the CLI, the audit and
/// the reports.
struct CollectContext
{
    QString socketPath;             ///< the daemon's unix socket on its host ("" for tcp)
    QString dockerRootDir;          ///< /info DockerRootDir
    QString cgroupDriver;           ///< /info CgroupDriver: cgroupfs, systemd, none (rootless v1)
    QString cgroupVersion;          ///< /info CgroupVersion
    bool usernsRemap = false;       ///< /info SecurityOptions has name=userns
    bool rootless = false;          ///< /info SecurityOptions has name=rootless

    /// The context for the daemon that answered /info at endpoint: the socket is the local
    /// one for unix://, the remote one (or the daemon default) for ssh://, none for tcp://.
    static CollectContext fromDaemon(const DaemonInfo &info, const Endpoint &endpoint);

    /// Does the daemon give each container a cgroup of its own? No for cgroup driver "none"
    /// (rootless Docker on cgroup v1): limits are then recorded but not enforced.
    bool hasContainerCgroups() const { return cgroupDriver != QLatin1String("none"); }
};

} // namespace dockscope::core
