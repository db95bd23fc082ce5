// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
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

/// The hardening checklist, a tab of its own: grouped by section, filterable by verdict and
/// severity, searchable; the selected item's verdict, evidence and remedy (code highlighted,
/// with a copy button) below. "Run again" asks the owner to re-run the audit; progress shows
/// meanwhile. The title column takes the room the others leave, and stays resizable.
class ChecklistPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistPage(core::ChecklistModel *model, QWidget *parent = nullptr);

    void setRunning(bool running);
    /// Without a daemon there is nothing to run: "Run again" is disabled and says why.
    void setDaemonAvailable(bool available);
    void setProgress(int done, int total);
    /// Puts the keyboard focus into the search field (Ctrl+F).
    void focusSearch();

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *severityFilter() const { return m_severity; }
    ChecklistFilterProxy *filterProxy() const { return m_filter; }
    QPushButton *rerunButton() const { return m_rerun; }
    QSplitter *splitter() const { return m_split; }
    QTextBrowser *detailsView() const { return m_details; }
    /// The check under a view index (nullptr for a section row).
    const core::CheckResult *resultAt(const QModelIndex &viewIndex) const;
    /// "5.3 Title — verdict", the message, the evidence lines and the remedy: what Copy copies.
    static QString plainText(const core::CheckResult &result);

    /// The translated message of a result, its %1… filled in.
    static QString messageText(const core::CheckResult &result);
    /// Detail HTML of one result (also used by the container overview).
    static QString detailHtml(const core::CheckResult &result);

Q_SIGNALS:
    void rerunRequested();
    /// The user asked to open the container a check is about.
    void openContainerRequested(const QString &id);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateSummary();
    void retranslateUi();
    void applyFilter();
    void showCurrent();
    void showContextMenu(const QPoint &pos);
    void openContainerOf(const QModelIndex &viewIndex);
    void updateRerun();
    /// Sizes the title column to what is left beside the others, until the user drags it.
    void fitTitleColumn();

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
    QSplitter *m_split;
    bool m_running = false;
    bool m_daemonAvailable = true;
    bool m_fitting = false;
    bool m_titleSetByUser = false;
    QList<int> m_shortWidths;   ///< id, verdict, severity: their widest text, measured once
};

} // namespace dockscope::ui
