// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistfilterproxy.h"

#include "core/models/checklistmodel.h"

namespace dockscope::ui {

using core::ChecklistModel;

ChecklistFilterProxy::ChecklistFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(ChecklistModel::SortRole);
}

void ChecklistFilterProxy::setStatuses(const QSet<int> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
}

void ChecklistFilterProxy::setMinimumSeverity(int severity)
{
    m_minimumSeverity = severity;
    invalidateFilter();
}

void ChecklistFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool ChecklistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (sourceModel()->data(idx, ChecklistModel::IsSectionRole).toBool()) {
        // A section is shown only through its children (recursive filtering), unless no
        // filter is active at all.
        return m_statuses.isEmpty() && m_minimumSeverity < 0 && m_search.isEmpty();
    }
    if (!m_statuses.isEmpty() && !m_statuses.contains(sourceModel()->data(idx, ChecklistModel::StatusRole).toInt()))
        return false;
    if (m_minimumSeverity >= 0 && sourceModel()->data(idx, ChecklistModel::SeverityRole).toInt() < m_minimumSeverity)
        return false;
    if (!m_search.isEmpty()) {
        bool hit = false;
        for (int c = 0; c < sourceModel()->columnCount(sourceParent) && !hit; ++c) {
            hit = sourceModel()->data(sourceModel()->index(sourceRow, c, sourceParent)).toString()
                      .contains(m_search, Qt::CaseInsensitive);
        }
        if (!hit)
            return false;
    }
    return true;
}

} // namespace dockscope::ui
