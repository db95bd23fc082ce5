// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/models/checklistmodel.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace dockscope::ui {

/// The checklist's verdicts by section as stacked horizontal bars (pass, warn, fail, info,
/// note, unknown).
class VerdictChart : public QChartView
{
    Q_OBJECT
public:
    explicit VerdictChart(QWidget *parent = nullptr);

    void setSummaries(const QList<core::ChecklistModel::SectionSummary> &summaries);
    int categoryCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QHorizontalStackedBarSeries *m_series;
    QList<QBarSet *> m_sets;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QStringList m_sectionKeys;
};

} // namespace dockscope::ui
