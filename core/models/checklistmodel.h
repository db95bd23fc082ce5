// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/checkresult.h"

#include <QAbstractItemModel>
#include <QList>

namespace dockscope::core {

/// The checklist as a two-level tree: sections ("1" … "7", "DS") with their check results.
/// Raw values: titles are the untranslated source texts (context "Checks"), status and
/// severity are the enums as ints; the ui proxy translates and colours.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, IdColumn, StatusColumn, SeverityColumn, ContainerColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,
        StatusRole,         ///< int(CheckStatus); for a section the worst status in it
        SeverityRole,       ///< int(Severity); for a section the highest failing severity
        IsSectionRole,      ///< bool
        SectionRole,        ///< QString section key
        ResultKeyRole,      ///< QString id + container, unique per result
    };

    struct SectionSummary
    {
        QString section;
        AuditSummary summary;
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A re-run with the same checks updates in place (dataChanged); otherwise a reset.
    void setResults(const QList<CheckResult> &results);
    /// nullptr for a section row.
    const CheckResult *result(const QModelIndex &index) const;
    QList<SectionSummary> sectionSummaries() const;
    int resultCount() const;

private:
    struct Section
    {
        QString key;
        QList<CheckResult> results;
    };
    QList<Section> m_sections;
};

} // namespace dockscope::core
