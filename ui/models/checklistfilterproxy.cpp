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
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &ChecklistFilterProxy::visibleSummaryChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &ChecklistFilterProxy::visibleSummaryChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &ChecklistFilterProxy::visibleSummaryChanged);
    // A re-run updates verdicts in place.
    connect(this, &QAbstractItemModel::dataChanged, this, &ChecklistFilterProxy::visibleSummaryChanged);
}

bool ChecklistFilterProxy::isFiltering() const
{
    return !m_statuses.isEmpty() || m_minimumSeverity >= 0 || !m_search.isEmpty();
}

core::AuditSummary ChecklistFilterProxy::visibleSummary() const
{
    core::AuditSummary s;
    for (int i = 0; i < rowCount(); ++i) {
        const QModelIndex section = index(i, 0);
        for (int j = 0; j < rowCount(section); ++j) {
            switch (core::CheckStatus(index(j, 0, section).data(ChecklistModel::StatusRole).toInt())) {
            case core::CheckStatus::Pass: ++s.pass; break;
            case core::CheckStatus::Warn: ++s.warn; break;
            case core::CheckStatus::Fail: ++s.fail; break;
            case core::CheckStatus::Info: ++s.info; break;
            case core::CheckStatus::Note: ++s.note; break;
            case core::CheckStatus::Unknown: ++s.unknown; break;
            }
        }
    }
    return s;
}

int ChecklistFilterProxy::visibleCount() const
{
    const core::AuditSummary s = visibleSummary();
    return s.pass + s.warn + s.fail + s.info + s.note + s.unknown;
}

void ChecklistFilterProxy::setStatuses(const QSet<int> &statuses)
{
    m_statuses = statuses;
    invalidateFilter();
    Q_EMIT visibleSummaryChanged();
}

void ChecklistFilterProxy::setMinimumSeverity(int severity)
{
    m_minimumSeverity = severity;
    invalidateFilter();
    Q_EMIT visibleSummaryChanged();
}

void ChecklistFilterProxy::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
    Q_EMIT visibleSummaryChanged();
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
