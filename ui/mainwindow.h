// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditor.h"
#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/docker/types.h"

#include <QMainWindow>
#include <QPointer>
#include <QProcessEnvironment>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QLineEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QProgressDialog;

namespace dockscope::core {
class AuditRunner;
class ChecklistModel;
class ContainerListModel;
class ContainerTracker;
class ElevatedHostFs;
class HostFs;
class RemoteConnection;
struct ConnectionProfile;
}

namespace dockscope::ui {

class ChecklistPage;
class ConnectionBar;
class ContainerListPresentation;
class ContainerTab;
class HostPage;
class WindowSession;

/// The Dockscope window: connection status, the live container list in a sidebar that can be
/// narrowed or collapsed, and tabs: the checklist, the host/daemon page, one per opened
/// container. What it shows of the daemon (the
/// connection, the list, the checklist runs, exports) lives in its WindowSession; the window
/// lays it out and forwards the user's actions.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const core::Endpoint &endpoint, QWidget *parent = nullptr);
    /// A window for an opened connection (File → Connect…): its client, its host files (none
    /// for tcp:// and hand-forwarded unix:// sockets) and how it was reached. Takes ownership.
    explicit MainWindow(std::unique_ptr<core::RemoteConnection> connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    WindowSession *session() const { return m_session; }
    /// The opened connection this window shows, nullptr for the endpoint constructor.
    core::RemoteConnection *remoteConnection() const;
    /// False over tcp:// and hand-forwarded sockets: host-side facts are unavailable.
    bool hasHostAccess() const;

    /// Environment for profile resolution and ssh (tests pass their own).
    void setEnvironment(const QProcessEnvironment &env) { m_env = env; }
    /// File → Connect…: the connect dialog, then a new window for the chosen host.
    void showConnectDialog();
    /// Opens profile and shows it in a new window (remoteWindowOpened) or says why not
    /// (connectFailed). Never blocks.
    void connectToProfile(const core::ConnectionProfile &profile);

    /// Opens the container's tab, or focuses it if already open.
    ContainerTab *openContainer(const QString &id);
    ContainerTab *tabForContainer(const QString &id) const;

    /// "zh_CN" or "en": installs/removes the translators at run time and remembers the choice.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    /// Where dockscope_<lang>.qm is looked up (":/i18n" by default; tests point elsewhere).
    void setTranslationsDirectory(const QString &directory) { m_qmDirectory = directory; }

    /// Re-runs the checklist (never blocks).
    void runAudit();
    /// Starts the host-facts helper (polkit asks in the desktop's agent; never blocks), then
    /// reads every open tab and the checklist again. Says why in a message box when it cannot.
    void authenticateForHostFacts();
    /// The helper is in use for this window's host files.
    bool hostFactsElevated() const;
    /// Reconnects if the connection failed, reloads the list and the current tab otherwise.
    void refresh();
    /// Writes the report to path (File → Export report… after its file dialog): a progress
    /// dialog with Cancel meanwhile, then a dialog that says where it went, or why it failed.
    void exportReportTo(const QString &path);
    /// The container sidebar is shown (View → Container list, F9).
    bool isContainerListVisible() const;
    void setContainerListVisible(bool visible);

    // For tests and screenshots.
    QTableView *containerView() const { return m_listView; }
    QSortFilterProxyModel *containerFilter() const { return m_listFilter; }
    core::ContainerListModel *containerModel() const;
    QTabWidget *tabs() const { return m_tabs; }
    HostPage *hostPage() const { return m_hostPage; }
    ChecklistPage *checklistPage() const { return m_checklistPage; }
    QSplitter *splitter() const { return m_splitter; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    QLineEdit *filterField() const { return m_filterEdit; }
    core::ChecklistModel *checklistModel() const;
    bool isAuditRunning() const;

Q_SIGNALS:
    void auditFinished();
    /// authenticateForHostFacts() ended: ok, or why not (technical detail).
    void hostFactsElevation(bool ok, const QString &detail);
    /// A window for another host was opened by connectToProfile() / the connect dialog.
    void remoteWindowOpened(dockscope::ui::MainWindow *window);
    void connectFailed(const dockscope::core::Error &error);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MainWindow(WindowSession *session, QWidget *parent);
    void openRemoteWindow(std::unique_ptr<core::RemoteConnection> connection);
    void createActions();
    void retranslateUi();
    void connectSession();
    void onConnected();
    void onContainerUpdated(const core::ContainerSummary &container);
    void onContainerRemoved(const QString &id);
    void onSynchronized(int count);
    void onAuditFinished(const core::Result<core::AuditReport> &report);
    void onExportFinished(const QString &path, const core::Result<void> &result);
    void openSelected();
    void closeTab(int index);
    void closeCurrentTab();
    void updateTabTitle(ContainerTab *tab);
    void find();
    void switchTab(int step);
    void showAbout();
    void onConnectionState(core::DockerClient::ConnectionState state, const std::optional<core::Error> &error);
    void onChecklistOpenContainer(const QString &id);
    void exportReport();
    void cancelExport();
    void showListContextMenu(const QPoint &pos);
    /// The container list's columns to the sidebar's width: state, name and the badges (at
    /// least the most severe one and "+N") always in view, the image and the date when there
    /// is room for them. Not after the user has dragged a border.
    void fitListColumns();
    void saveSettings() const;
    void restoreSettings();

    WindowSession *m_session;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    /// The progress of the report being written, null when none is.
    QPointer<QProgressDialog> m_exportProgress;
    QString m_exportPath;       ///< the report being written
    bool m_fittingList = false;             ///< fitListColumns() is resizing the sections
    bool m_listColumnsSetByUser = false;    ///< a border was dragged: keep the user's widths
    bool m_fitListPending = false;          ///< a queued fitListColumns()
    QString m_settingsPrefix;       ///< "" for the local window, "remote/<profile id>/" otherwise

    ContainerListPresentation *m_listPresentation;
    QSortFilterProxyModel *m_listFilter;

    ConnectionBar *m_connectionBar;
    QLineEdit *m_filterEdit;
    QTableView *m_listView;
    QTabWidget *m_tabs;
    HostPage *m_hostPage;
    ChecklistPage *m_checklistPage;
    QSplitter *m_splitter;
    QList<int> m_listSizes;     ///< the sidebar's width before it was collapsed

    QStringList m_tabsToRestore;
    QString m_language;
    QString m_qmDirectory;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_closeTabAction = nullptr;
    QAction *m_auditAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_chineseAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_documentationAction = nullptr;
    QAction *m_nextTabAction = nullptr;
    QAction *m_previousTabAction = nullptr;
    QAction *m_listAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace dockscope::ui
