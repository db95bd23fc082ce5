// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/filejudge.h"

namespace dockscope::core {

CheckStatus judgeOwnership(const FileStat &stat, const QList<quint32> &allowedGids)
{
    if (stat.uid != 0 || !allowedGids.contains(stat.gid))
        return CheckStatus::Fail;
    return CheckStatus::Pass;
}

CheckStatus judgeMode(const FileStat &stat, quint32 allowed)
{
    return (stat.permissions() & ~allowed & 07777) == 0 ? CheckStatus::Pass : CheckStatus::Fail;
}

CheckStatus judgeSocketAccess(const FileStat &stat, const QStringList &groupMembers)
{
    const quint32 p = stat.permissions();
    if ((p & 0002) != 0 || stat.uid != 0)
        return CheckStatus::Fail;   // anyone (or a non-root owner) can drive the daemon
    if ((p & 0020) != 0 && stat.gid != 0) {
        QStringList others = groupMembers;
        others.removeAll(QStringLiteral("root"));
        if (!others.isEmpty())
            return CheckStatus::Warn;
    }
    return CheckStatus::Pass;
}

CheckStatus judgeDataRoot(const FileStat &stat)
{
    const quint32 p = stat.permissions();
    if (stat.uid != 0 || (p & 0022) != 0)
        return CheckStatus::Fail;
    if ((p & 0044) != 0)
        return CheckStatus::Warn;
    return CheckStatus::Pass;
}

} // namespace dockscope::core
