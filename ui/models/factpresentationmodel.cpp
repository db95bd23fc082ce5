// SPDX-License-Identifier: GPL-3.0-or-later
#include "factpresentationmodel.h"

#include "core/facts/capabilities.h"
#include "core/models/capabilitymodel.h"
#include "core/models/cgroupmodel.h"
#include "core/models/facttablemodel.h"
#include "core/models/meminfomodel.h"
#include "core/models/mountmodel.h"
#include "core/models/namespacemodel.h"
#include "core/models/securityoptionsmodel.h"
#include "ui/errortext.h"
#include "ui/models/plaintooltip.h"
#include "ui/tr.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::FactTableModel;
using Kind = FactTableModel::ValueKind;

FactPresentationModel::FactPresentationModel(Table table, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_table(table)
{
}

QString FactPresentationModel::namespaceNote(const QString &type, bool shared)
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

QString FactPresentationModel::rowLabel(const QString &key)
{
    static const struct { const char *key; const char *label; } labels[] = {
        {"memory.limit", QT_TRANSLATE_NOOP("Ui", "Memory limit")},
        {"memory.usage", QT_TRANSLATE_NOOP("Ui", "Memory usage")},
        {"memory.peak", QT_TRANSLATE_NOOP("Ui", "Peak usage")},
        {"memory.limit-hits", QT_TRANSLATE_NOOP("Ui", "Limit hits (failcnt)")},
        {"memory.soft-limit", QT_TRANSLATE_NOOP("Ui", "Soft limit (reservation)")},
        {"memory.high", QT_TRANSLATE_NOOP("Ui", "Throttling threshold (high)")},
        {"memory.low", QT_TRANSLATE_NOOP("Ui", "Protected memory (low)")},
        {"memory.swap-limit", QT_TRANSLATE_NOOP("Ui", "Swap limit")},
        {"memory.swap-usage", QT_TRANSLATE_NOOP("Ui", "Swap usage")},
        {"memory.kmem-limit", QT_TRANSLATE_NOOP("Ui", "Kernel memory limit")},
        {"memory.kmem-usage", QT_TRANSLATE_NOOP("Ui", "Kernel memory usage")},
        {"memory.oom-kill-disable", QT_TRANSLATE_NOOP("Ui", "OOM killer disabled")},
        {"memory.under-oom", QT_TRANSLATE_NOOP("Ui", "Under OOM now")},
        {"memory.oom-kills", QT_TRANSLATE_NOOP("Ui", "OOM kills")},
        {"memory.oom-events", QT_TRANSLATE_NOOP("Ui", "OOM events")},
        {"pids.limit", QT_TRANSLATE_NOOP("Ui", "Process limit")},
        {"pids.current", QT_TRANSLATE_NOOP("Ui", "Processes")},
        {"cpu.shares", QT_TRANSLATE_NOOP("Ui", "CPU shares")},
        {"cpu.weight", QT_TRANSLATE_NOOP("Ui", "CPU weight")},
        {"cpu.quota", QT_TRANSLATE_NOOP("Ui", "CPU quota per period")},
        {"cpu.period", QT_TRANSLATE_NOOP("Ui", "CPU period")},
        {"cpuset.cpus", QT_TRANSLATE_NOOP("Ui", "Allowed CPUs")},
        {"blkio.weight", QT_TRANSLATE_NOOP("Ui", "Block I/O weight")},
        {"blkio.throttle", QT_TRANSLATE_NOOP("Ui", "Block I/O throttles")},
        {"cgroup.path", QT_TRANSLATE_NOOP("Ui", "Cgroup path")},
        {"no-new-privileges", QT_TRANSLATE_NOOP("Ui", "No new privileges")},
        {"seccomp", QT_TRANSLATE_NOOP("Ui", "Seccomp mode")},
        {"seccomp-filters", QT_TRANSLATE_NOOP("Ui", "Seccomp filters")},
        {"lsm", QT_TRANSLATE_NOOP("Ui", "AppArmor / SELinux")},
        {"privileged", QT_TRANSLATE_NOOP("Ui", "Privileged")},
        {"cgroup-limit", QT_TRANSLATE_NOOP("Ui", "Cgroup memory limit")},
    };
    for (const auto &l : labels) {
        if (key == QLatin1String(l.key))
            return Tr::tr(l.label);
    }
    return key;
}

QString FactPresentationModel::header(int section) const
{
    switch (m_table) {
    case Table::Namespaces:
        switch (section) {
        case core::NamespaceModel::TypeColumn: return Tr::tr("Namespace");
        case core::NamespaceModel::ContainerInodeColumn: return Tr::tr("Container inode");
        case core::NamespaceModel::HostInodeColumn: return Tr::tr("Host inode");
        case core::NamespaceModel::IsolationColumn: return Tr::tr("Isolation");
        case core::NamespaceModel::DeclaredColumn: return Tr::tr("Declared mode");
        case core::NamespaceModel::NoteColumn: return Tr::tr("What it means");
        }
        break;
    case Table::Capabilities:
        switch (section) {
        case core::CapabilityModel::NameColumn: return Tr::tr("Capability");
        case core::CapabilityModel::EffectiveColumn: return Tr::tr("Effective");
        case core::CapabilityModel::PermittedColumn: return Tr::tr("Permitted");
        case core::CapabilityModel::BoundingColumn: return Tr::tr("Bounding");
        case core::CapabilityModel::InheritableColumn: return Tr::tr("Inheritable");
        case core::CapabilityModel::AmbientColumn: return Tr::tr("Ambient");
        case core::CapabilityModel::DefaultColumn: return Tr::tr("Docker default");
        case core::CapabilityModel::ChangeColumn: return Tr::tr("Added / dropped");
        case core::CapabilityModel::DangerColumn: return Tr::tr("Why it matters");
        }
        break;
    case Table::Cgroups:
        switch (section) {
        case core::CgroupModel::NameColumn: return Tr::tr("Limit or counter");
        case core::CgroupModel::DeclaredColumn: return Tr::tr("Declared");
        case core::CgroupModel::EnforcedColumn: return Tr::tr("Enforced (kernel)");
        case core::CgroupModel::FileColumn: return Tr::tr("File");
        }
        break;
    case Table::SecurityOptions:
        switch (section) {
        case core::SecurityOptionsModel::NameColumn: return Tr::tr("Protection");
        case core::SecurityOptionsModel::DeclaredColumn: return Tr::tr("Declared");
        case core::SecurityOptionsModel::EnforcedColumn: return Tr::tr("Enforced (kernel)");
        }
        break;
    case Table::Meminfo:
        switch (section) {
        case core::MeminfoModel::KeyColumn: return Tr::tr("Field");
        case core::MeminfoModel::ContainerColumn: return Tr::tr("Inside the container");
        case core::MeminfoModel::HostColumn: return Tr::tr("On the host");
        }
        break;
    case Table::Mounts:
        switch (section) {
        case core::MountModel::TypeColumn: return Tr::tr("Type");
        case core::MountModel::SourceColumn: return Tr::tr("Host path");
        case core::MountModel::DestinationColumn: return Tr::tr("Container path");
        case core::MountModel::ModeColumn: return Tr::tr("Access");
        case core::MountModel::PropagationColumn: return Tr::tr("Propagation");
        case core::MountModel::SensitiveColumn: return Tr::tr("Sensitive");
        }
        break;
    }
    return QString();
}

QString FactPresentationModel::specialCell(const QModelIndex &source, bool *handled) const
{
    *handled = true;
    const QAbstractItemModel *m = source.model();
    const QVariant value = m->data(source, Qt::DisplayRole);
    const int column = source.column();
    switch (m_table) {
    case Table::Namespaces:
        if (column == core::NamespaceModel::NoteColumn) {
            const QVariant shared = m->data(source.siblingAtColumn(core::NamespaceModel::IsolationColumn));
            if (!shared.isValid())
                return Tr::tr("Unknown: the inodes could not be compared.");
            QString note = namespaceNote(value.toString(), shared.toBool());
            if (m->data(source, FactTableModel::DetailRole).toString() == "disagrees"_L1)
                note = Tr::tr("Declared and enforced disagree! %1").arg(note);
            return note;
        }
        if (column == core::NamespaceModel::DeclaredColumn) {
            if (value.toString().isEmpty())
                return Tr::tr("default");
            return value.toString();
        }
        break;
    case Table::Capabilities:
        if (column == core::CapabilityModel::DangerColumn) {
            const QString note = value.toString();
            return note.isEmpty() ? QString() : QCoreApplication::translate("Facts", note.toUtf8().constData());
        }
        if (column >= core::CapabilityModel::EffectiveColumn && column <= core::CapabilityModel::DefaultColumn
            && !m->data(source, FactTableModel::UnavailableRole).isValid())
            return value.toBool() ? u"✔"_s : u"·"_s;
        break;
    case Table::SecurityOptions:
        if (column == core::SecurityOptionsModel::EnforcedColumn
            && m->data(source, FactTableModel::RowKeyRole).toString() == "seccomp"_L1 && value.isValid()) {
            switch (value.toInt()) {
            case 0: return Tr::tr("disabled (0)");
            case 1: return Tr::tr("strict (1)");
            case 2: return Tr::tr("filter (2)");
            }
        }
        if (column == core::SecurityOptionsModel::EnforcedColumn
            && m->data(source, FactTableModel::RowKeyRole).toString() == "lsm"_L1 && value.toString() == "none"_L1)
            return Tr::tr("none (no LSM on this host)");
        break;
    case Table::Mounts:
        if (column == core::MountModel::ModeColumn)
            return value.toBool() ? Tr::tr("read-only") : Tr::tr("read-write");
        if (column == core::MountModel::SensitiveColumn) {
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
        break;
    default:
        break;
    }
    *handled = false;
    return QString();
}

QString FactPresentationModel::formatCell(const QModelIndex &source) const
{
    const QAbstractItemModel *m = source.model();
    const QVariant unavailable = m->data(source, FactTableModel::UnavailableRole);
    if (unavailable.isValid())
        return unavailableText(unavailable.value<core::Error>());
    bool handled = false;
    const QString special = specialCell(source, &handled);
    if (handled)
        return special;
    const auto kind = Kind(m->data(source, FactTableModel::KindRole).toInt());
    if (m->data(source, FactTableModel::NoLimitRole).toBool())
        return Tr::tr("no limit");
    const QVariant value = m->data(source, Qt::DisplayRole);
    const QLocale locale;
    switch (kind) {
    case Kind::Bytes:
        if (!value.isValid())
            return u"—"_s;
        return locale.formattedDataSize(value.toLongLong(), 1, QLocale::DataSizeIecFormat);
    case Kind::Count:
        return value.isValid() ? locale.toString(value.toLongLong()) : u"—"_s;
    case Kind::Microseconds:
        return value.isValid() ? Tr::tr("%1 µs").arg(locale.toString(value.toLongLong())) : u"—"_s;
    case Kind::Bool:
        return value.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case Kind::Inode:
        return value.toString();
    case Kind::Sharing:
        return value.toBool() ? Tr::tr("shared with the host") : Tr::tr("isolated");
    case Kind::Change:
        switch (value.toInt()) {
        case 1: return Tr::tr("added");
        case -1: return Tr::tr("dropped");
        default: return QString();
        }
    case Kind::Key:
        if (m_table == Table::Cgroups || m_table == Table::SecurityOptions || m_table == Table::Meminfo)
            return rowLabel(value.toString());
        return value.toString();
    case Kind::Text:
    case Kind::Path:
        break;
    }
    const QString text = value.toString();
    return text.isEmpty() ? u"—"_s : text;
}

QString FactPresentationModel::toolTip(const QModelIndex &source) const
{
    const QAbstractItemModel *m = source.model();
    const QVariant unavailable = m->data(source, FactTableModel::UnavailableRole);
    if (unavailable.isValid()) {
        const auto e = unavailable.value<core::Error>();
        return QString(errorText(e.code) + u'\n' + e.detail);
    }
    if (m_table == Table::Capabilities) {
        const QString note = m->data(source.siblingAtColumn(core::CapabilityModel::DangerColumn)).toString();
        if (!note.isEmpty())
            return QString(m->data(source, FactTableModel::RowKeyRole).toString() + u": "_s
                           + QCoreApplication::translate("Facts", note.toUtf8().constData()));
    }
    if (Kind(m->data(source, FactTableModel::KindRole).toInt()) == Kind::Bytes
        && m->data(source).isValid())
        return Tr::tr("%1 bytes").arg(QLocale().toString(m->data(source).toLongLong()));
    const QString detail = m->data(source, FactTableModel::DetailRole).toString();
    if (!detail.isEmpty() && m_table == Table::Cgroups)
        return detail;
    return formatCell(source);
}

QVariant FactPresentationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QModelIndex source = mapToSource(index);
    const QAbstractItemModel *m = source.model();
    switch (role) {
    case Qt::DisplayRole:
        return formatCell(source);
    case Qt::ToolTipRole:
        // Paths, labels and error details come from the container and the daemon.
        return plainToolTip(toolTip(source));
    case Qt::ForegroundRole:
        if (m->data(source, FactTableModel::UnavailableRole).isValid())
            return QBrush(QColor(0x80, 0x80, 0x80));
        break;
    case Qt::FontRole:
        if (m->data(source, FactTableModel::UnavailableRole).isValid()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        if (m_table == Table::Capabilities && index.column() == core::CapabilityModel::NameColumn
            && m->data(source, FactTableModel::HighlightRole).toBool()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case Qt::BackgroundRole:
        if (m->data(source, FactTableModel::HighlightRole).toBool()) {
            const int danger = m->data(source, FactTableModel::DangerRole).toInt();
            if (m_table == Table::Capabilities && danger >= int(core::CapabilityDanger::Critical))
                return QBrush(QColor(220, 50, 47, 70));
            return QBrush(QColor(255, 160, 0, 60));
        }
        break;
    case Qt::TextAlignmentRole: {
        const auto kind = Kind(m->data(source, FactTableModel::KindRole).toInt());
        if (kind == Kind::Bytes || kind == Kind::Count || kind == Kind::Microseconds || kind == Kind::Inode)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (m_table == Table::Capabilities && index.column() >= core::CapabilityModel::EffectiveColumn
            && index.column() <= core::CapabilityModel::DefaultColumn)
            return QVariant(Qt::AlignCenter);
        break;
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant FactPresentationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        const QString h = header(section);
        if (!h.isEmpty())
            return h;
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void FactPresentationModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace dockscope::ui
