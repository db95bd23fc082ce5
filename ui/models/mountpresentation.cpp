// SPDX-License-Identifier: GPL-3.0-or-later
#include "mountpresentation.h"

#include "core/models/mountmodel.h"
#include "ui/tr.h"

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::MountModel;

QString MountPresentation::header(int section) const
{
    switch (section) {
    case MountModel::TypeColumn: return Tr::tr("Type");
    case MountModel::SourceColumn: return Tr::tr("Host path");
    case MountModel::DestinationColumn: return Tr::tr("Container path");
    case MountModel::ModeColumn: return Tr::tr("Access");
    case MountModel::PropagationColumn: return Tr::tr("Propagation");
    case MountModel::SensitiveColumn: return Tr::tr("Sensitive");
    }
    return QString();
}

std::optional<QString> MountPresentation::cellText(const QModelIndex &source) const
{
    const QVariant value = source.data();
    if (source.column() == MountModel::ModeColumn)
        return value.toBool() ? Tr::tr("read-only") : Tr::tr("read-write");
    if (source.column() != MountModel::SensitiveColumn)
        return std::nullopt;
    const QString key = value.toString();
    if (key.isEmpty())
        return Tr::tr("no");
    if (key == "docker-socket"_L1)
        return Tr::tr("Docker socket: full control of the daemon");
    if (key == "containerd-socket"_L1)
        return Tr::tr("containerd socket: full control of the host's containers");
    if (key == "docker-data-root"_L1)
        return Tr::tr("Docker's data root");
    if (key == "root"_L1)
        return Tr::tr("the host's root directory");
    return Tr::tr("host system directory (%1)").arg(key);
}

QString MountPresentation::emptyText() const
{
    return Tr::tr("No mounts: the container sees only its image's file system.");
}

} // namespace dockscope::ui
