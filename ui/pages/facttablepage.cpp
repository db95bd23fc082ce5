// SPDX-License-Identifier: GPL-3.0-or-later
#include "facttablepage.h"

#include "core/models/facttablemodel.h"
#include "ui/models/factpresentationmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTableView>
#include <QVBoxLayout>

namespace dockscope::ui {

namespace {

/// A fact table that says why it is empty (its presentation's emptyText) instead of showing
/// a blank grid.
class FactTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        const auto *presentation = qobject_cast<const FactPresentationModel *>(model());
        if (!presentation || presentation->rowCount() > 0)
            return;
        QPainter p(viewport());
        p.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        p.drawText(viewport()->rect().adjusted(12, 12, -12, -12), Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                   presentation->emptyText());
    }
};

/// Columns as wide as their contents, but none wider than about 48 characters: a long path
/// is elided in the middle (its tooltip has it whole) instead of pushing the values after it
/// off screen.
void fitColumns(QTableView *view)
{
    view->resizeColumnsToContents();
    const int widest = view->fontMetrics().averageCharWidth() * 48;
    const int last = view->model() ? view->model()->columnCount() - 1 : -1;
    for (int c = 0; c < last; ++c) {
        if (view->columnWidth(c) > widest)
            view->setColumnWidth(c, widest);
    }
}

} // namespace

FactTablePage::FactTablePage(const QString &objectName, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(objectName);
}

void FactTablePage::setFacts(const core::ContainerFacts &facts)
{
    showFacts(facts);
    for (const Table &t : std::as_const(m_tables)) {
        fitColumns(t.view);
        t.view->viewport()->update();
    }
}

QTableView *FactTablePage::addTable(core::FactTableModel *source, FactPresentationModel *presentation,
                                   const QString &objectName)
{
    presentation->setSourceModel(source);
    auto *view = new FactTableView(this);
    view->setObjectName(objectName);
    view->setModel(presentation);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setVisible(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideMiddle);
    view->setAlternatingRowColors(false);
    connect(presentation, &QAbstractItemModel::rowsInserted, view, [view] { fitColumns(view); });
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
