// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QWidget>

class QLabel;
class QTableView;

namespace dockscope::core {
struct ContainerFacts;
class FactTableModel;
}

namespace dockscope::ui {

class FactPresentationModel;

/// Base of a container tab's table pages (namespaces, capabilities, cgroups, meminfo, mounts):
/// read-only tables over FactPresentationModels that retranslate on a language change, fit
/// their columns to each load of facts (long paths elided in the middle, whole in the tooltip)
/// and say why they are empty instead of showing a blank grid.
class FactTablePage : public QWidget
{
    Q_OBJECT
public:
    /// Shows one load of the container's facts.
    void setFacts(const core::ContainerFacts &facts);

protected:
    FactTablePage(const QString &objectName, QWidget *parent);

    /// Feeds the page's core models (and its texts) from the facts.
    virtual void showFacts(const core::ContainerFacts &facts) = 0;
    /// The page's own texts after a language change (its tables are retranslated already).
    virtual void retranslateUi() {}
    void changeEvent(QEvent *event) override;

    /// A table showing `source` through `presentation`: whole rows selected, no row numbers,
    /// columns fitted as rows arrive.
    QTableView *addTable(core::FactTableModel *source, FactPresentationModel *presentation,
                         const QString &objectName);
    /// Fills the page with `content`: edge to edge, or framed beneath a word-wrapped note.
    void setContent(QWidget *content, QLabel *note = nullptr);

private:
    struct Table
    {
        QTableView *view;
        FactPresentationModel *model;
    };
    QList<Table> m_tables;
};

} // namespace dockscope::ui
