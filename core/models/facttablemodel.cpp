// SPDX-License-Identifier: GPL-3.0-or-later
#include "facttablemodel.h"

#include <QThread>

namespace dockscope::core {

FactTableModel::FactTableModel(const QStringList &columnKeys, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columnKeys(columnKeys)
{
}

int FactTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columnKeys.size());
}

QVariant FactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case HighlightRole: return row.highlight;
    case RowKeyRole: return row.key;
    case DangerRole: return row.danger;
    default: break;
    }
    if (index.column() >= row.cells.size())
        return {};
    const Cell &cell = row.cells.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return cell.value;
    case SortRole:
        if (cell.unavailable)
            return QVariant(-2);
        if (cell.noLimit)
            return QVariant(std::numeric_limits<qint64>::max());
        return cell.value;
    case UnavailableRole: return cell.unavailable ? QVariant::fromValue(*cell.unavailable) : QVariant();
    case KindRole: return int(cell.kind);
    case NoLimitRole: return cell.noLimit;
    case DetailRole: return cell.detail.isEmpty() ? QVariant() : QVariant(cell.detail);
    default: break;
    }
    return {};
}

QVariant FactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_columnKeys.size())
        return {};
    return m_columnKeys.at(section); // untranslated key; the ui proxy translates
}

void FactTableModel::setRows(const QList<Row> &rows)
{
    Q_ASSERT(QThread::currentThread() == thread());
    // Update in place when the same keys come back (a refresh), so views keep selection.
    bool sameKeys = rows.size() == m_rows.size();
    for (int i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key == m_rows.at(i).key;
    if (sameKeys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
        return;
    }
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    if (!rows.isEmpty()) {
        beginInsertRows({}, 0, int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
    }
}

} // namespace dockscope::core
