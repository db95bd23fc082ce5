// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"
#include "core/facts/hostfs.h"

namespace dockscope::core {

/// Pure verdicts on a file's stat (unit-tested with hand-made FileStat values, since a fixture
/// tree in git cannot carry owners and modes).

/// Pass when owned by uid 0 and one of the allowed gids (default: 0 only), else Fail.
CheckStatus judgeOwnership(const FileStat &stat, const QList<quint32> &allowedGids = {0});
/// Pass when no permission bit outside `allowed` is set (e.g. 0644 "or more restrictive").
CheckStatus judgeMode(const FileStat &stat, quint32 allowed);
/// The socket in use: Fail when others may connect (o+w), Warn when a group other than root
/// may connect and that group has members, Pass otherwise. (Connecting needs write permission.)
CheckStatus judgeSocketAccess(const FileStat &stat, const QStringList &groupMembers);
/// The daemon's data root: Fail when group/others may write or the owner is not root,
/// Warn when group/others may list or read it, Pass for drwx--x--- / drwx--x--x root:root.
CheckStatus judgeDataRoot(const FileStat &stat);

} // namespace dockscope::core
