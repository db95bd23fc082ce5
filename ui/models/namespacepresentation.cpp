// SPDX-License-Identifier: GPL-3.0-or-later
#include "namespacepresentation.h"

#include "core/models/namespacemodel.h"
#include "ui/tr.h"

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::NamespaceModel;

QString NamespacePresentation::namespaceNote(const QString &type, bool shared)
{
    if (!shared) {
        if (type == "user"_L1)
            return Tr::tr("Remapped: root in the container is an unprivileged user on the host.");
        return Tr::tr("Isolated: the container has its own %1 namespace.").arg(type);
    }
    if (type == "pid"_L1 || type == "pid_for_children"_L1)
        return Tr::tr("Sees and can signal every process on the host; with ptrace it can read their memory.");
    if (type == "net"_L1)
        return Tr::tr("Uses the host's network stack: binds host ports, sees host interfaces and local-only services.");
    if (type == "ipc"_L1)
        return Tr::tr("Shares System V IPC and POSIX shared memory with host processes.");
    if (type == "uts"_L1)
        return Tr::tr("Shares the host name; with CAP_SYS_ADMIN it could change the host's name.");
    if (type == "mnt"_L1)
        return Tr::tr("Sees the host's mount table: the whole host file system.");
    if (type == "user"_L1)
        return Tr::tr("Usual without userns-remap: root in the container is root on the host (limited by capabilities).");
    if (type == "cgroup"_L1)
        return Tr::tr("Sees the host's cgroup hierarchy paths.");
    if (type == "time"_L1 || type == "time_for_children"_L1)
        return Tr::tr("Usual: Docker does not isolate the clocks (only CAP_SYS_TIME could change them).");
    return Tr::tr("Shared with the host.");
}

QString NamespacePresentation::header(int section) const
{
    switch (section) {
    case NamespaceModel::TypeColumn: return Tr::tr("Namespace");
    case NamespaceModel::ContainerInodeColumn: return Tr::tr("Container inode");
    case NamespaceModel::HostInodeColumn: return Tr::tr("Host inode");
    case NamespaceModel::IsolationColumn: return Tr::tr("Isolation");
    case NamespaceModel::DeclaredColumn: return Tr::tr("Declared mode");
    case NamespaceModel::NoteColumn: return Tr::tr("What it means");
    }
    return QString();
}

std::optional<QString> NamespacePresentation::cellText(const QModelIndex &source) const
{
    const QVariant value = source.data();
    switch (source.column()) {
    case NamespaceModel::NoteColumn: {
        const QVariant shared = source.siblingAtColumn(NamespaceModel::IsolationColumn).data();
        if (!shared.isValid())
            return Tr::tr("Unknown: the inodes could not be compared.");
        QString note = namespaceNote(value.toString(), shared.toBool());
        if (source.data(core::FactTableModel::DetailRole).toString() == "disagrees"_L1)
            note = Tr::tr("Declared and enforced disagree! %1").arg(note);
        return note;
    }
    case NamespaceModel::DeclaredColumn:
        if (value.toString().isEmpty())
            return Tr::tr("default");
        return value.toString();
    }
    return std::nullopt;
}

QString NamespacePresentation::emptyText() const
{
    return Tr::tr("No namespaces were read: the container is not running, or its process could not be read.");
}

} // namespace dockscope::ui
