// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/docker/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace dockscope::core {

struct ContainerInspect;

/// The live container list: one row per container, raw typed values only (state as the
/// Engine API's word, badges as flags, created as a QDateTime). Updated by key: containers
/// that come and go are inserted and removed, changes emit dataChanged; a reset happens only
/// on the first load and after a reconnect (resetContainers()).
class ContainerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, NameColumn, ImageColumn, SecurityColumn, CreatedColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        ContainerIdRole,        ///< QString, full id
        StateRole,              ///< QString, "running", "exited" …
        BadgesRole,             ///< int, Badges flags
        BadgesKnownRole,        ///< bool, false until the container's inspect arrived
        AddedCapabilitiesRole,  ///< QStringList
        FilterRole,             ///< QString: name, image and state, for the filter proxy
    };
    /// Compact security findings of one container, judged from its inspect output.
    enum Badge {
        NoBadge = 0,
        Privileged = 0x1,
        AddedCapabilities = 0x2,
        HostNamespaces = 0x4,
        NoMemoryLimit = 0x8,
        DockerSocketMounted = 0x10,
        RunsAsRoot = 0x20,
    };
    Q_DECLARE_FLAGS(Badges, Badge)
    Q_FLAG(Badges)

    explicit ContainerListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// First load or reconnect: replaces everything (the only reset).
    void resetContainers(const QList<ContainerSummary> &containers);
    /// Inserts a new container or updates an existing one (by id).
    void upsertContainer(const ContainerSummary &container);
    void removeContainer(const QString &id);
    /// Security badges from the container's inspect output.
    void setInspect(const ContainerInspect &inspect);

    int rowOfId(const QString &id) const;
    QString idAt(int row) const;
    ContainerSummary containerAt(int row) const;
    QStringList ids() const;

    /// The badges a container's declaration earns (pure; also used by the tabs).
    static Badges badgesFor(const ContainerInspect &inspect, QStringList *addedCapabilities = nullptr);

private:
    struct Row
    {
        ContainerSummary summary;
        Badges badges;
        bool badgesKnown = false;
        QStringList addedCaps;
    };
    void rebuildIndex();
    QList<Row> m_rows;
    QHash<QString, int> m_index;
};

} // namespace dockscope::core

Q_DECLARE_OPERATORS_FOR_FLAGS(dockscope::core::ContainerListModel::Badges)
