// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"
#include "core/facts/hostfs.h"

#include <optional>

namespace dockscope::core {

/// Pure verdicts on a file's stat (unit-tested with hand-made FileStat values, since a fixture
/// tree in git cannot carry owners and modes).

/// Pass when owned by uid 0 and one of the allowed gids (default: 0 only), else Fail.
CheckStatus judgeOwnership(const FileStat &stat, const QList<quint32> &allowedGids = {0});
/// Pass when no permission bit outside `allowed` is set (e.g. 0644 "or more restrictive").
CheckStatus judgeMode(const FileStat &stat, quint32 allowed);
/// The socket in use: Fail when others may connect (o+w), Warn when a group other than root
/// may connect and that group has members, Pass otherwise. (Connecting needs write permission.)
/// ownerUid: the daemon's owner (0; a rootless daemon's user). parentDir: the socket's
/// directory when known: a private one (0700, the owner's: $XDG_RUNTIME_DIR) lets nobody else
/// reach the socket whatever its own mode.
CheckStatus judgeSocketAccess(const FileStat &stat, const QStringList &groupMembers, quint32 ownerUid = 0,
                              const std::optional<FileStat> &parentDir = std::nullopt);
/// The daemon's data root: Fail when group/others may write or the owner is not the daemon's
/// owner (root; a rootless daemon's user), Warn when group/others may list or read it, Pass
/// for drwx--x--- / drwx--x--x root:root.
CheckStatus judgeDataRoot(const FileStat &stat, quint32 ownerUid = 0);
/// A directory that only its owner (ownerUid) can enter: mode 0700 or stricter.
bool isPrivateDirectory(const FileStat &stat, quint32 ownerUid);

} // namespace dockscope::core
