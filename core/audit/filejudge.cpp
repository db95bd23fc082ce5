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

bool isPrivateDirectory(const FileStat &stat, quint32 ownerUid)
{
    return stat.isDir() && stat.uid == ownerUid && (stat.permissions() & 0077) == 0;
}

CheckStatus judgeSocketAccess(const FileStat &stat, const QStringList &groupMembers, quint32 ownerUid,
                              const std::optional<FileStat> &parentDir)
{
    const quint32 p = stat.permissions();
    if (stat.uid != ownerUid)
        return CheckStatus::Fail;   // someone other than the daemon's owner owns its socket
    if (parentDir && isPrivateDirectory(*parentDir, ownerUid))
        return CheckStatus::Pass;   // nobody else can even reach it
    if ((p & 0002) != 0)
        return CheckStatus::Fail;   // anyone can drive the daemon
    if ((p & 0020) != 0 && stat.gid != 0) {
        QStringList others = groupMembers;
        others.removeAll(QStringLiteral("root"));
        if (!others.isEmpty())
            return CheckStatus::Warn;
    }
    return CheckStatus::Pass;
}

CheckStatus judgeDataRoot(const FileStat &stat, quint32 ownerUid)
{
    const quint32 p = stat.permissions();
    if (stat.uid != ownerUid || (p & 0022) != 0)
        return CheckStatus::Fail;
    if ((p & 0044) != 0)
        return CheckStatus::Warn;
    return CheckStatus::Pass;
}

} // namespace dockscope::core
