// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerlistpresentation.h"

#include "core/localization.h"
#include "core/models/containerlistmodel.h"
#include "ui/models/capabilitypresentation.h"
#include "ui/models/plaintooltip.h"
#include "ui/tr.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::ContainerListModel;

QString ContainerListPresentation::stateText(const QString &state)
{
    if (state == "running"_L1)
        return Tr::tr("running", "container state");
    if (state == "exited"_L1)
        return Tr::tr("exited", "container state");
    if (state == "created"_L1)
        return Tr::tr("created", "container state");
    if (state == "paused"_L1)
        return Tr::tr("paused", "container state");
    if (state == "restarting"_L1)
        return Tr::tr("restarting", "container state");
    if (state == "removing"_L1)
        return Tr::tr("removing", "container state");
    if (state == "dead"_L1)
        return Tr::tr("dead", "container state");
    if (state == "gone"_L1)
        return Tr::tr("removed", "container state");
    return state;
}

namespace {

struct BadgeText
{
    ContainerListModel::Badge badge;
    struct
    {
        const char *source;     ///< context "Ui"
        const char *comment;    ///< "badge"
    } label;
};

// Most severe first: the order of the pills, the tooltip lines and the "+N" cut-off.
const BadgeText s_badges[] = {
    {ContainerListModel::Privileged, QT_TRANSLATE_NOOP3("Ui", "privileged", "badge")},
    {ContainerListModel::DockerSocketMounted, QT_TRANSLATE_NOOP3("Ui", "docker.sock", "badge")},
    {ContainerListModel::AddedCapabilities, QT_TRANSLATE_NOOP3("Ui", "+caps", "badge")},
    {ContainerListModel::HostNamespaces, QT_TRANSLATE_NOOP3("Ui", "host ns", "badge")},
    {ContainerListModel::NoMemoryLimit, QT_TRANSLATE_NOOP3("Ui", "no mem limit", "badge")},
    {ContainerListModel::RunsAsRoot, QT_TRANSLATE_NOOP3("Ui", "root", "badge")},
};

} // namespace

QList<int> ContainerListPresentation::badgesBySeverity(int badges)
{
    QList<int> out;
    for (const BadgeText &b : s_badges) {
        if (badges & b.badge)
            out.append(b.badge);
    }
    return out;
}

QStringList ContainerListPresentation::badgeLabels(int badges)
{
    QStringList out;
    for (const BadgeText &b : s_badges) {
        if (badges & b.badge)
            out << Tr::tr(b.label.source, b.label.comment);
    }
    return out;
}

QString ContainerListPresentation::badgeFilterText(int badges)
{
    // Both languages: a user of the Chinese UI may still type "privileged", and the other way
    // round.
    QStringList out;
    for (const BadgeText &b : s_badges) {
        if (badges & b.badge)
            out << QString::fromLatin1(b.label.source) << Tr::tr(b.label.source, b.label.comment);
    }
    return out.join(u' ');
}

QString ContainerListPresentation::badgeToolTip(int badges, const QStringList &addedCaps)
{
    QStringList caps;
    for (const QString &cap : addedCaps) {
        // The shared definition of a dangerous capability, as in the Capabilities tab.
        const QString risk = CapabilityPresentation::riskText(cap);
        caps << (risk.isEmpty() ? cap : Tr::tr("%1 (%2)", "capability (risk)").arg(cap, risk));
    }
    QStringList lines;
    if (badges & ContainerListModel::Privileged)
        lines << Tr::tr("Privileged: every capability, every device, no seccomp — root here is root on the host.");
    if (badges & ContainerListModel::DockerSocketMounted)
        lines << Tr::tr("The Docker socket is mounted: whoever controls this container controls the host.");
    if (badges & ContainerListModel::AddedCapabilities)
        lines << Tr::tr("Capabilities added to Docker's default set: %1").arg(caps.join(u", "_s));
    if (badges & ContainerListModel::HostNamespaces)
        lines << Tr::tr("Shares namespaces with the host (--pid, --network, --ipc, --uts or --userns host).");
    if (badges & ContainerListModel::NoMemoryLimit)
        lines << Tr::tr("No memory limit: it can starve the host and its neighbours.");
    if (badges & ContainerListModel::RunsAsRoot)
        lines << Tr::tr("Runs as root (no user set).");
    if (lines.isEmpty())
        return Tr::tr("No security findings from the container's configuration.");
    return lines.join(u'\n');
}

QVariant ContainerListPresentation::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int column = index.column();
    if (role == ContainerListModel::FilterRole) {
        // Name, image and state as the model gives them, plus the translated state and the
        // badge words in both languages.
        const QModelIndex row = index.siblingAtColumn(0);
        const QString state = QIdentityProxyModel::data(row, ContainerListModel::StateRole).toString();
        QString text = QIdentityProxyModel::data(index, role).toString() + u' ' + stateText(state);
        if (QIdentityProxyModel::data(row, ContainerListModel::BadgesKnownRole).toBool())
            text += u' ' + badgeFilterText(QIdentityProxyModel::data(row, ContainerListModel::BadgesRole).toInt());
        return text;
    }
    if (column == ContainerListModel::StateColumn) {
        const QString state = QIdentityProxyModel::data(index, ContainerListModel::StateRole).toString();
        if (role == Qt::DisplayRole)
            return stateText(state);
        if (role == Qt::DecorationRole) {
            if (state == "running"_L1)
                return QColor(0x2e, 0xa0, 0x43);
            if (state == "paused"_L1 || state == "restarting"_L1)
                return QColor(0xd9, 0x8c, 0x00);
            return QColor(0x9a, 0x9a, 0x9a);
        }
    } else if (column == ContainerListModel::SecurityColumn) {
        const bool known = QIdentityProxyModel::data(index, ContainerListModel::BadgesKnownRole).toBool();
        const int badges = QIdentityProxyModel::data(index, ContainerListModel::BadgesRole).toInt();
        if (role == Qt::DisplayRole)
            return known ? badgeLabels(badges).join(u"  "_s) : Tr::tr("checking…");
        if (role == Qt::ToolTipRole) {
            // Added capability names are the container's own strings.
            return known ? plainToolTip(badgeToolTip(badges, QIdentityProxyModel::data(index, ContainerListModel::AddedCapabilitiesRole).toStringList()))
                         : Tr::tr("Reading the container's configuration…");
        }
    } else if (column == ContainerListModel::CreatedColumn && role == Qt::DisplayRole) {
        const QDateTime created = QIdentityProxyModel::data(index, Qt::DisplayRole).toDateTime();
        return core::formatDateTime(created);
    }
    return QIdentityProxyModel::data(index, role);
}

QVariant ContainerListPresentation::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole) {
        switch (section) {
        case ContainerListModel::StateColumn: return Tr::tr("State", "container column");
        case ContainerListModel::NameColumn: return Tr::tr("Name", "container column");
        case ContainerListModel::ImageColumn: return Tr::tr("Image", "container column");
        case ContainerListModel::SecurityColumn: return Tr::tr("Security", "container column");
        case ContainerListModel::CreatedColumn: return Tr::tr("Created", "container column");
        }
    }
    return QIdentityProxyModel::headerData(section, orientation, role);
}

void ContainerListPresentation::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

} // namespace dockscope::ui
