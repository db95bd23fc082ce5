// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerlistmodel.h"

#include "core/facts/capabilities.h"

#include <QDateTime>
#include <QThread>

namespace dockscope::core {

using namespace Qt::StringLiterals;

namespace {

/// Sort key for states: running first, then paused/restarting, then the rest.
int stateRank(const QString &state)
{
    if (state == "running"_L1)
        return 0;
    if (state == "restarting"_L1)
        return 1;
    if (state == "paused"_L1)
        return 2;
    if (state == "created"_L1)
        return 3;
    if (state == "exited"_L1)
        return 4;
    return 5;
}

int popcount(int v)
{
    int n = 0;
    for (; v; v &= v - 1)
        ++n;
    return n;
}

bool isRootUser(const QString &user)
{
    if (user.isEmpty())
        return true; // the image's default; our test and most images run as root
    const QString u = user.section(u':', 0, 0);
    return u == "root"_L1 || u == "0"_L1;
}

} // namespace

ContainerListModel::ContainerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContainerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const ContainerSummary &c = row.summary;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return c.state;
        case NameColumn: return c.name;
        case ImageColumn: return c.image;
        case SecurityColumn: return row.badgesKnown ? QVariant(int(row.badges)) : QVariant();
        case CreatedColumn: return QDateTime::fromSecsSinceEpoch(c.created);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case StateColumn: return stateRank(c.state);
        case NameColumn: return c.name.toLower();
        case ImageColumn: return c.image.toLower();
        case SecurityColumn: return row.badgesKnown ? popcount(int(row.badges)) : -1;
        case CreatedColumn: return c.created;
        }
        break;
    case ContainerIdRole: return c.id;
    case StateRole: return c.state;
    case BadgesRole: return int(row.badges);
    case BadgesKnownRole: return row.badgesKnown;
    case AddedCapabilitiesRole: return row.addedCaps;
    case FilterRole: return QString(c.name + u' ' + c.image + u' ' + c.state);
    }
    return {};
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    // Untranslated column keys; the ui proxy supplies the translated headers.
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    static const char *const keys[] = {"state", "name", "image", "security", "created"};
    return QString::fromLatin1(keys[section]);
}

void ContainerListModel::resetContainers(const QList<ContainerSummary> &containers)
{
    Q_ASSERT(QThread::currentThread() == thread());
    // Keep badges of containers we already judged: a reconnect should not blank them.
    QHash<QString, Row> old;
    for (const Row &r : std::as_const(m_rows))
        old.insert(r.summary.id, r);
    beginResetModel();
    m_rows.clear();
    for (const ContainerSummary &c : containers) {
        Row r = old.value(c.id);
        r.summary = c;
        m_rows.append(r);
    }
    rebuildIndex();
    endResetModel();
}

void ContainerListModel::upsertContainer(const ContainerSummary &container)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const int row = rowOfId(container.id);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(Row{container, {}, false, {}});
        m_index.insert(container.id, at);
        endInsertRows();
        return;
    }
    m_rows[row].summary = container;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ContainerListModel::removeContainer(const QString &id)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void ContainerListModel::setInspect(const ContainerInspect &inspect)
{
    Q_ASSERT(QThread::currentThread() == thread());
    const int row = rowOfId(inspect.id);
    if (row < 0)
        return;
    Row &r = m_rows[row];
    r.badges = badgesFor(inspect, &r.addedCaps);
    r.badgesKnown = true;
    if (!inspect.state.status.isEmpty())
        r.summary.state = inspect.state.status;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ContainerListModel::rowOfId(const QString &id) const
{
    return m_index.value(id, -1);
}

QString ContainerListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary.id : QString();
}

ContainerSummary ContainerListModel::containerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary : ContainerSummary();
}

QStringList ContainerListModel::ids() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (const Row &r : m_rows)
        out.append(r.summary.id);
    return out;
}

ContainerListModel::Badges ContainerListModel::badgesFor(const ContainerInspect &inspect,
                                                         QStringList *addedCapabilities)
{
    const HostConfig &hc = inspect.hostConfig;
    Badges b;
    if (hc.privileged)
        b |= Privileged;
    // Only what goes beyond Docker's default set counts: `--cap-drop ALL --cap-add CHOWN`
    // hardens a container, it does not empower it.
    QStringList beyondDefault;
    for (const QString &cap : Capabilities::normalise(hc.capAdd)) {
        if (cap == "ALL"_L1) {
            beyondDefault.append(cap);
            continue;
        }
        const int n = Capabilities::number(cap);
        if (n < 0 || !(Capabilities::dockerDefault & (quint64(1) << n)))
            beyondDefault.append(cap);
    }
    if (!beyondDefault.isEmpty()) {
        b |= AddedCapabilities;
        if (addedCapabilities)
            *addedCapabilities = beyondDefault;
    }
    const auto isHost = [](const QString &mode) { return mode == "host"_L1; };
    // The cgroup namespace is left out: "host" is dockerd's default on cgroup v1 hosts, and
    // sharing it reveals only cgroup paths.
    if (isHost(hc.pidMode) || isHost(hc.networkMode) || isHost(hc.ipcMode) || isHost(hc.utsMode)
        || isHost(hc.usernsMode))
        b |= HostNamespaces;
    if (hc.memory <= 0)
        b |= NoMemoryLimit;
    const auto isSocket = [](const QString &path) {
        return path.endsWith("/docker.sock"_L1) || path.endsWith("/containerd.sock"_L1);
    };
    for (const MountPoint &m : inspect.mounts) {
        if (isSocket(m.source))
            b |= DockerSocketMounted;
    }
    for (const QString &bind : hc.binds) {
        if (isSocket(bind.section(u':', 0, 0)))
            b |= DockerSocketMounted;
    }
    if (isRootUser(inspect.config.user))
        b |= RunsAsRoot;
    return b;
}

void ContainerListModel::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).summary.id, i);
}

} // namespace dockscope::core
