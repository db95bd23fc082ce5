// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdictchart.h"

#include "ui/models/checklistpresentation.h"
#include "ui/tr.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::CheckStatus;

namespace {
const CheckStatus s_statuses[] = {CheckStatus::Fail, CheckStatus::Warn, CheckStatus::Unknown,
                                 CheckStatus::Note, CheckStatus::Info, CheckStatus::Pass};

int count(const core::AuditSummary &s, CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return s.pass;
    case CheckStatus::Warn: return s.warn;
    case CheckStatus::Fail: return s.fail;
    case CheckStatus::Info: return s.info;
    case CheckStatus::Note: return s.note;
    case CheckStatus::Unknown: return s.unknown;
    }
    return 0;
}
} // namespace

VerdictChart::VerdictChart(QWidget *parent)
    : QChartView(parent)
    , m_series(new QHorizontalStackedBarSeries(this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
{
    auto *chart = new QChart;
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    for (CheckStatus s : s_statuses) {
        auto *set = new QBarSet(QString(), this);
        set->setColor(ChecklistPresentation::statusColor(s));
        set->setBorderColor(ChecklistPresentation::statusColor(s));
        m_series->append(set);
        m_sets.append(set);
    }
    chart->addSeries(m_series);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(u"%d"_s);
    // On the right, one entry per line: CJK fonts are taller and wider, and a bottom legend
    // squeezed the labels (and the section axis) until Qt Charts elided them.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    retranslateUi();
}

void VerdictChart::setSummaries(const QList<core::ChecklistModel::SectionSummary> &summaries)
{
    m_sectionKeys.clear();
    int maxTotal = 0;
    for (int i = 0; i < m_sets.size(); ++i) {
        QList<qreal> values;
        for (const auto &s : summaries)
            values.append(count(s.summary, s_statuses[i]));
        m_sets[i]->remove(0, m_sets[i]->count());
        m_sets[i]->append(values);
    }
    for (const auto &s : summaries) {
        m_sectionKeys.append(s.section);
        const auto &c = s.summary;
        maxTotal = std::max(maxTotal, c.pass + c.warn + c.fail + c.info + c.note + c.unknown);
    }
    m_values->setRange(0, std::max(1, maxTotal));
    m_values->applyNiceNumbers();
    retranslateUi();
}

int VerdictChart::categoryCount() const
{
    return int(m_sectionKeys.size());
}

void VerdictChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QChartView::changeEvent(event);
}

void VerdictChart::retranslateUi()
{
    chart()->setTitle(Tr::tr("Checklist verdicts by section (CIS 1–7; DS: Dockscope's own)"));
    for (int i = 0; i < m_sets.size(); ++i)
        m_sets[i]->setLabel(ChecklistPresentation::statusText(s_statuses[i]));
    // Section numbers on the axis (the names do not fit a small chart); names in the tooltip.
    m_categories->clear();
    m_categories->append(m_sectionKeys);
    QStringList names;
    for (const QString &key : std::as_const(m_sectionKeys))
        names.append(ChecklistPresentation::sectionText(key));
    setToolTip(names.join(u'\n'));
    m_values->setTitleText(Tr::tr("Checks"));
}

} // namespace dockscope::ui
