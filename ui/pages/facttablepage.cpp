// SPDX-License-Identifier: GPL-3.0-or-later
#include "facttablepage.h"

#include "core/models/facttablemodel.h"
#include "ui/models/factpresentationmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace dockscope::ui {

FactTablePage::FactTablePage(const QString &objectName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
}

void FactTablePage::setFacts(const core::ContainerFacts &facts)
{
    showFacts(facts);
    for (const Table &t : std::as_const(m_tables))
        t.view->resizeColumnsToContents();
}

QTableView *FactTablePage::addTable(core::FactTableModel *source, FactPresentationModel *presentation,
                                   const QString &objectName)
{
    presentation->setSourceModel(source);
    auto *view = new QTableView(this);
    view->setObjectName(objectName);
    view->setModel(presentation);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(false);
    connect(presentation, &QAbstractItemModel::rowsInserted, view, [view] { view->resizeColumnsToContents(); });
    m_tables.append({view, presentation});
    return view;
}

void FactTablePage::setContent(QWidget *content, QLabel *note)
{
    auto *layout = new QVBoxLayout(this);
    if (note) {
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addWidget(content, 1);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(content);
    }
}

void FactTablePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        for (const Table &t : std::as_const(m_tables))
            t.model->retranslate();
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

} // namespace dockscope::ui
