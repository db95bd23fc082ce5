// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/audit/auditor.h"
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
class QTranslator;

namespace dockscope::core {
class AuditRunner;
class ChecklistModel;
class ContainerListModel;
class ContainerTracker;
class DockerClient;
class ElevatedHostFs;
class HostFs;
class RemoteConnection;
struct ConnectionProfile;
}

namespace dockscope::ui {

class ConnectionBar;
class ContainerListPresentation;
class ContainerTab;
class HostPage;

/// The Dockscope window: connection status, the live container list, the host/daemon page
/// with the checklist, and one tab per opened container.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const core::Endpoint &endpoint, QWidget *parent = nullptr);
    /// A window for an opened connection (File → Connect…): its client, its host files (none
    /// for tcp:// and hand-forwarded unix:// sockets) and how it was reached. Takes ownership.
    explicit MainWindow(std::unique_ptr<core::RemoteConnection> connection, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The opened connection this window shows, nullptr for the endpoint constructor.
    core::RemoteConnection *remoteConnection() const { return m_connection.get(); }
    /// False over tcp:// and hand-forwarded sockets: host-side facts are unavailable.
    bool hasHostAccess() const { return m_hostFs != nullptr; }

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

    // For tests and screenshots.
    QTableView *containerView() const { return m_listView; }
    QSortFilterProxyModel *containerFilter() const { return m_listFilter; }
    core::ContainerListModel *containerModel() const { return m_listModel; }
    QTabWidget *tabs() const { return m_tabs; }
    HostPage *hostPage() const { return m_hostPage; }
    ConnectionBar *connectionBar() const { return m_connectionBar; }
    QLineEdit *filterField() const { return m_filterEdit; }
    core::ChecklistModel *checklistModel() const { return m_checklistModel; }
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

private:
    MainWindow(const core::Endpoint &endpoint, std::unique_ptr<core::RemoteConnection> &&connection,
               QWidget *parent);
    void openRemoteWindow(std::unique_ptr<core::RemoteConnection> connection);
    void createActions();
    void retranslateUi();
    void connectToDaemon();
    void onConnected();
    void onContainerAdded(const core::ContainerSummary &container);
    void onContainerChanged(const core::ContainerSummary &container);
    void onContainerRemoved(const QString &id);
    void onSynchronized();
    void inspectForBadges(const QString &id);
    void onAuditFinished(const core::Result<core::AuditReport> &report);
    void openSelected();
    void closeTab(int index);
    void closeCurrentTab();
    void updateTabTitle(ContainerTab *tab);
    void find();
    void exportReport();
    void showListContextMenu(const QPoint &pos);
    void saveSettings() const;
    void restoreSettings();

    core::Endpoint m_endpoint;
    std::unique_ptr<core::RemoteConnection> m_connection;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    QString m_settingsPrefix;       ///< "" for the local window, "remote/<profile id>/" otherwise
    core::DockerClient *m_client;
    core::ContainerTracker *m_tracker;
    std::shared_ptr<const core::HostFs> m_hostFs;
    /// m_hostFs when it can be elevated (this machine's daemon, not root), else null.
    std::shared_ptr<core::ElevatedHostFs> m_elevatable;
    bool m_elevating = false;
    core::CollectContext m_collect;
    core::VersionInfo m_version;
    core::DaemonInfo m_info;
    bool m_connected = false;
    core::AuditRunner *m_auditRunner = nullptr;
    std::optional<core::AuditReport> m_lastReport;
    bool m_exportAfterAudit = false;
    QString m_pendingExportPath;

    core::ContainerListModel *m_listModel;
    ContainerListPresentation *m_listPresentation;
    QSortFilterProxyModel *m_listFilter;
    core::ChecklistModel *m_checklistModel;

    ConnectionBar *m_connectionBar;
    QLineEdit *m_filterEdit;
    QTableView *m_listView;
    QTabWidget *m_tabs;
    HostPage *m_hostPage;
    QSplitter *m_splitter;

    QStringList m_tabsToRestore;
    QString m_language;
    QString m_qmDirectory;
    QList<QTranslator *> m_translators;

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
    QActionGroup *m_languageGroup = nullptr;
};

} // namespace dockscope::ui
