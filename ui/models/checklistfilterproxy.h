// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"

#include <QSet>
#include <QSortFilterProxyModel>

namespace dockscope::ui {

/// Filters the checklist by verdict, minimum severity and a search text (over the translated
/// title, the id and the container name). Sections stay while a child matches.
class ChecklistFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ChecklistFilterProxy(QObject *parent = nullptr);

    /// Empty = every verdict.
    void setStatuses(const QSet<int> &statuses);
    /// -1 = any severity.
    void setMinimumSeverity(int severity);
    void setSearchText(const QString &text);
    /// Whether any of the three filters is set.
    bool isFiltering() const;

    /// Every verdict kind among the checks the filter lets through (all of them when none is
    /// set); kept current through visibleSummaryChanged.
    core::AuditSummary visibleSummary() const;
    int visibleCount() const;

Q_SIGNALS:
    /// The filter or the results changed: visibleSummary() may be different.
    void visibleSummaryChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<int> m_statuses;
    int m_minimumSeverity = -1;
    QString m_search;
};

} // namespace dockscope::ui
