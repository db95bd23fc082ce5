// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace dockscope::core {
class ChecklistModel;
struct CheckResult;
}

namespace dockscope::ui {

class ChecklistFilterProxy;
class ChecklistPresentation;
class CodeView;

/// The hardening checklist: grouped by section, filterable by verdict and severity,
/// searchable; the selected item's verdict, evidence and remedy (code highlighted, with a copy
/// button) below. "Run again" asks the owner to re-run the audit; progress shows meanwhile.
class ChecklistPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPage(core::ChecklistModel *model, QWidget *parent = nullptr);

    void setRunning(bool running);
    void setProgress(int done, int total);
    /// Puts the keyboard focus into the search field (Ctrl+F).
    void focusSearch();

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *severityFilter() const { return m_severity; }
    ChecklistFilterProxy *filterProxy() const { return m_filter; }

    /// The translated message of a result, its %1… filled in.
    static QString messageText(const core::CheckResult &result);
    /// Detail HTML of one result (also used by the container overview).
    static QString detailHtml(const core::CheckResult &result);

Q_SIGNALS:
    void rerunRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void showCurrent();

    core::ChecklistModel *m_model;
    ChecklistPresentation *m_presentation;
    ChecklistFilterProxy *m_filter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_severity;
    QPushButton *m_rerun;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTreeView *m_view;
    QTextBrowser *m_details;
    QLabel *m_remedyLabel;
    CodeView *m_remedy;
};

} // namespace dockscope::ui
