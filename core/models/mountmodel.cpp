// SPDX-License-Identifier: GPL-3.0-or-later
#include "mountmodel.h"

namespace dockscope::core {

using namespace Qt::StringLiterals;

MountModel::MountModel(QObject *parent)
    : FactTableModel({u"destination"_s, u"sensitive"_s, u"mode"_s, u"type"_s, u"propagation"_s,
                      u"source"_s},
                     parent)
{
}

QString MountModel::sensitiveKey(SensitivePath path)
{
    switch (path) {
    case SensitivePath::None: return QString();
    case SensitivePath::Root: return u"root"_s;
    case SensitivePath::Boot: return u"boot"_s;
    case SensitivePath::Dev: return u"dev"_s;
    case SensitivePath::Etc: return u"etc"_s;
    case SensitivePath::Lib: return u"lib"_s;
    case SensitivePath::Proc: return u"proc"_s;
    case SensitivePath::Sys: return u"sys"_s;
    case SensitivePath::Usr: return u"usr"_s;
    case SensitivePath::DockerDataRoot: return u"docker-data-root"_s;
    case SensitivePath::DockerSocket: return u"docker-socket"_s;
    case SensitivePath::ContainerdSocket: return u"containerd-socket"_s;
    case SensitivePath::Other: return u"other"_s;
    }
    return QString();
}

void MountModel::setMounts(const QList<MountFact> &mounts)
{
    QList<Row> rows;
    for (const MountFact &m : mounts) {
        Row row;
        row.key = m.mount.destination;
        const SensitivePath sensitive = m.isDockerSocket ? SensitivePath::DockerSocket : m.sensitive;
        row.cells = {Cell::text(m.mount.destination, ValueKind::Path),
                     Cell::text(sensitiveKey(sensitive), ValueKind::Key),
                     Cell{m.readOnly, ValueKind::Bool, {}, false, {}},
                     Cell::text(m.mount.type, ValueKind::Key),
                     Cell::text(m.propagation.isEmpty() ? m.mount.propagation : m.propagation),
                     Cell::text(m.mount.source, ValueKind::Path)};
        row.highlight = sensitive != SensitivePath::None;
        row.danger = int(sensitive);
        rows.append(row);
    }
    setRows(rows);
}

} // namespace dockscope::core
