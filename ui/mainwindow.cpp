// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "core/audit/auditor.h"
#include "core/docker/httpparser.h"
#include "core/localization.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "core/models/memoryringbuffer.h"
#include "core/remote/remoteconnection.h"
#include "ui/connection/connectdialog.h"
#include "ui/connection/connectionerrortext.h"
#include "ui/errortext.h"
#include "ui/models/containerlistpresentation.h"
#include "ui/models/windowsession.h"
#include "ui/pages/checklistpage.h"
#include "ui/pages/containertab.h"
#include "ui/pages/hostpage.h"
#include "ui/report/reportwriter.h"
#include "ui/tr.h"
#include "ui/widgets/badgedelegate.h"
#include "ui/widgets/connectionbar.h"
#include "ui/widgets/snippethighlighter.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QKeyEvent>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::ContainerListModel;

namespace {
const auto s_geometryKey = u"window/geometry"_s;
const auto s_stateKey = u"window/state"_s;
const auto s_splitterKey = u"window/splitter"_s;
const auto s_checklistSplitterKey = u"window/checklistSplitter"_s;
const auto s_hostSplitterKey = u"window/hostSplitter"_s;

/// The README: installed with the program (CMAKE_INSTALL_DOCDIR), else the source tree's when
/// running from a build directory.
QUrl documentationUrl()
{
    for (const QString &path : {QStringLiteral(DOCKSCOPE_DOC_DIR "/README.md"), QStringLiteral(DOCKSCOPE_SOURCE_README)}) {
        if (QFileInfo::exists(path))
            return QUrl::fromLocalFile(path);
    }
    return QUrl::fromLocalFile(QStringLiteral(DOCKSCOPE_DOC_DIR "/README.md"));
}

/// The width the Created column needs for a date and time in the current language.
int createdColumnWidth(const QWidget *view)
{
    return view->fontMetrics().horizontalAdvance(core::formatDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58))))
        + 24;
}
const auto s_tabsKey = u"window/openContainers"_s;
const auto s_languageKey = u"ui/language"_s;
} // namespace

MainWindow::MainWindow(const core::Endpoint &endpoint, QWidget *parent)
    : MainWindow(new WindowSession(endpoint), parent)
{
}

MainWindow::MainWindow(std::unique_ptr<core::RemoteConnection> connection, QWidget *parent)
    : MainWindow(new WindowSession(std::move(connection)), parent)
{
}

MainWindow::MainWindow(WindowSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settingsPrefix(session->settingsPrefix())
    , m_listPresentation(new ContainerListPresentation(this))
    , m_listFilter(new QSortFilterProxyModel(this))
    , m_connectionBar(new ConnectionBar(session->endpoint(), this))
    , m_filterEdit(new QLineEdit(this))
    , m_listView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_hostPage(new HostPage(session->checklistModel(), this))
    , m_checklistPage(new ChecklistPage(session->checklistModel(), this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_qmDirectory(u":/i18n"_s)
{
    setObjectName(u"mainWindow"_s);
    m_session->setParent(this);
    if (core::RemoteConnection *connection = m_session->remoteConnection())
        m_connectionBar->setConnection(*connection);

    m_listPresentation->setSourceModel(m_session->containerModel());
    m_listFilter->setSourceModel(m_listPresentation);
    m_listFilter->setSortRole(ContainerListModel::SortRole);
    m_listFilter->setFilterRole(ContainerListModel::FilterRole);
    m_listFilter->setFilterKeyColumn(ContainerListModel::NameColumn);
    m_listFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_listFilter->setDynamicSortFilter(true);

    m_listView->setObjectName(u"containerView"_s);
    m_listView->setModel(m_listFilter);
    m_listView->setSortingEnabled(true);
    m_listView->sortByColumn(ContainerListModel::NameColumn, Qt::AscendingOrder);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_listView->verticalHeader()->setVisible(false);
    // One Tab stop: arrows move in the list, Tab goes on to the tabs.
    m_listView->setTabKeyNavigation(false);
    // One line per container: long names are elided in the middle (the tooltip has them all).
    m_listView->setWordWrap(false);
    m_listView->setTextElideMode(Qt::ElideMiddle);
    m_listView->horizontalHeader()->setStretchLastSection(false);
    // The columns are fitted to the sidebar's width (fitListColumns): state, name and badges
    // always, image and date when there is room. A border the user drags stays where it is.
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_listView->horizontalHeader()->setMinimumSectionSize(40);
    m_listView->viewport()->installEventFilter(this);
    connect(m_listView->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingList)
            m_listColumnsSetByUser = true;
    });
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_listView->setItemDelegateForColumn(ContainerListModel::SecurityColumn, new BadgeDelegate(m_listView));
    m_filterEdit->setObjectName(u"containerFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_listFilter, &QSortFilterProxyModel::setFilterFixedString);
    // Badges arrive after the rows (the inspect of each container): fit again when they do.
    const auto fitLater = [this] {
        if (!m_fitListPending) {
            m_fitListPending = true;
            QMetaObject::invokeMethod(this, &MainWindow::fitListColumns, Qt::QueuedConnection);
        }
    };
    connect(m_listFilter, &QAbstractItemModel::rowsInserted, this, fitLater);
    connect(m_listFilter, &QAbstractItemModel::dataChanged, this, fitLater);
    connect(m_listFilter, &QAbstractItemModel::modelReset, this, fitLater);
    connect(m_listView, &QTableView::activated, this, &MainWindow::openSelected);
    connect(m_listView, &QTableView::customContextMenuRequested, this, &MainWindow::showListContextMenu);

    auto *listPanel = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPanel);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterEdit);
    listLayout->addWidget(m_listView, 1);

    m_tabs->setObjectName(u"tabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    // The checklist, the product's core, first and with the whole tab; the daemon's facts next.
    m_tabs->addTab(m_checklistPage, QString());
    m_tabs->addTab(m_hostPage, QString());
    // Neither can be closed.
    for (int i = 0; i < 2; ++i) {
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    // The container list is a sidebar: it can be narrowed, or collapsed to nothing (F9 or
    // dragging its edge), the tabs keep a usable width.
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setCollapsible(0, true);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    listPanel->setMinimumWidth(160);
    m_tabs->setMinimumWidth(480);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_checklistPage, &ChecklistPage::rerunRequested, this, &MainWindow::runAudit);
    connect(m_checklistPage, &ChecklistPage::openContainerRequested, this, &MainWindow::onChecklistOpenContainer);
    connect(m_connectionBar, &ConnectionBar::retryRequested, this, &MainWindow::refresh);
    connect(m_connectionBar, &ConnectionBar::connectOtherRequested, this, &MainWindow::showConnectDialog);
    m_checklistPage->setDaemonAvailable(false);

    // Tab order: filter, list (one stop), the tabs' pages; the connection bar's buttons first
    // when they show.
    setTabOrder(m_filterEdit, m_listView);
    setTabOrder(m_listView, m_tabs);

    connectSession();

    createActions();
    retranslateUi();
    restoreSettings();
    m_session->connectToDaemon();
}

MainWindow::~MainWindow()
{
    // Tear down in dependency order while this is still a MainWindow: the tabs use the session's
    // client, and a session that dies inside ~QWidget would end its streams and call back into a
    // half-destroyed window.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i))) {
            m_tabs->removeTab(i);
            delete tab;
        }
    }
    m_session->disconnect(this);
    delete m_session;
    m_session = nullptr;
}

core::RemoteConnection *MainWindow::remoteConnection() const
{
    return m_session->remoteConnection();
}

bool MainWindow::hasHostAccess() const
{
    return m_session->hostFs() != nullptr;
}

core::ContainerListModel *MainWindow::containerModel() const
{
    return m_session->containerModel();
}

core::ChecklistModel *MainWindow::checklistModel() const
{
    return m_session->checklistModel();
}

void MainWindow::connectSession()
{
    connect(m_session, &WindowSession::connectionStateChanged, m_connectionBar, &ConnectionBar::setState);
    connect(m_session, &WindowSession::connectionStateChanged, this, &MainWindow::onConnectionState);
    connect(m_session, &WindowSession::connectionFailed, this, [this](const core::Error &error) {
        statusBar()->showMessage(errorText(error.code));
        m_hostPage->setConnectionFailed(error);
        m_checklistPage->setDaemonAvailable(false);
        m_auditAction->setEnabled(false);
    });
    connect(m_session, &WindowSession::connected, this, &MainWindow::onConnected);
    connect(m_session, &WindowSession::containerUpdated, this, &MainWindow::onContainerUpdated);
    connect(m_session, &WindowSession::containerRemoved, this, &MainWindow::onContainerRemoved);
    connect(m_session, &WindowSession::synchronized, this, &MainWindow::onSynchronized);
    connect(m_session, &WindowSession::auditStarted, this, [this] {
        m_checklistPage->setRunning(true);
        statusBar()->showMessage(Tr::tr("Running the checklist…"));
    });
    connect(m_session, &WindowSession::auditProgress, m_checklistPage, &ChecklistPage::setProgress);
    connect(m_session, &WindowSession::auditFinished, this, &MainWindow::onAuditFinished);
    connect(m_session, &WindowSession::hostFactsElevationStarted, this,
            [this] { statusBar()->showMessage(Tr::tr("Waiting for authentication to read host facts…")); });
    connect(m_session, &WindowSession::hostFactsElevation, this, [this](bool ok, const QString &detail) {
        if (!ok) {
            statusBar()->clearMessage();
            // The detail names paths and what pkexec said: never rich text.
            auto *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Host facts"),
                                        Tr::tr("The host-facts helper could not be started: %1\n\n"
                                               "Dockscope goes on with what your user can read.")
                                            .arg(detail),
                                        QMessageBox::Ok, this);
            box->setObjectName(u"hostFactsFailure"_s);
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        } else {
            statusBar()->showMessage(Tr::tr("Host facts are read through the helper for this session."), 8000);
            for (int i = 0; i < m_tabs->count(); ++i) {
                if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i)))
                    tab->refreshAfterElevation();
            }
        }
        Q_EMIT hostFactsElevation(ok, detail);
    });
    connect(m_session, &WindowSession::exportStarted, this, [this](const QString &path) {
        m_exportPath = path;
        if (m_exportProgress)
            return;
        m_exportProgress = new QProgressDialog(Tr::tr("Writing the report to %1…").arg(QFileInfo(path).fileName()),
                                               Tr::tr("Cancel"), 0, 100, this);
        m_exportProgress->setObjectName(u"exportProgress"_s);
        m_exportProgress->setWindowTitle(Tr::tr("Exporting the report — Dockscope"));
        m_exportProgress->setWindowModality(Qt::WindowModal);
        m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
        m_exportProgress->setAutoClose(false);
        m_exportProgress->setAutoReset(false);
        m_exportProgress->setMinimumDuration(0);
        connect(m_exportProgress, &QProgressDialog::canceled, this, &MainWindow::cancelExport);
        m_exportProgress->show();
    });
    connect(m_session, &WindowSession::exportProgress, this, [this](int percent) {
        if (m_exportProgress)
            m_exportProgress->setValue(percent);
    });
    connect(m_session, &WindowSession::exportFinished, this, &MainWindow::onExportFinished);
}

void MainWindow::createActions()
{
    m_connectAction = new QAction(this);
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setIcon(QIcon::fromTheme(u"network-connect"_s));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectDialog);
    m_exportAction = new QAction(this);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setIcon(QIcon::fromTheme(u"document-export"_s));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportReport);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    if (m_quitAction->shortcut().isEmpty())
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setIcon(QIcon::fromTheme(u"application-exit"_s));
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_refreshAction = new QAction(this);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    if (m_refreshAction->shortcut().isEmpty())
        m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setIcon(QIcon::fromTheme(u"edit-find"_s));
    connect(m_findAction, &QAction::triggered, this, &MainWindow::find);
    m_closeTabAction = new QAction(this);
    m_closeTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTabAction, &QAction::triggered, this, &MainWindow::closeCurrentTab);
    m_auditAction = new QAction(this);
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::runAudit);
    m_languageGroup = new QActionGroup(this);
    m_englishAction = new QAction(u"English"_s, m_languageGroup);
    m_chineseAction = new QAction(u"中文"_s, m_languageGroup);
    m_englishAction->setCheckable(true);
    m_chineseAction->setCheckable(true);
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(u"en"_s); });
    connect(m_chineseAction, &QAction::triggered, this, [this] { setLanguage(u"zh_CN"_s); });
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_documentationAction = new QAction(this);
    m_documentationAction->setShortcut(QKeySequence::HelpContents);
    m_documentationAction->setIcon(QIcon::fromTheme(u"help-contents"_s));
    connect(m_documentationAction, &QAction::triggered, this,
            [] { QDesktopServices::openUrl(documentationUrl()); });
    // Across the window's tabs from anywhere in it (a container tab's own pages are clicked).
    m_nextTabAction = new QAction(this);
    m_nextTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence::NextChild});
    connect(m_nextTabAction, &QAction::triggered, this, [this] { switchTab(1); });
    m_previousTabAction = new QAction(this);
    m_previousTabAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence::PreviousChild});
    connect(m_previousTabAction, &QAction::triggered, this, [this] { switchTab(-1); });
    m_listAction = new QAction(this);
    m_listAction->setCheckable(true);
    m_listAction->setChecked(true);
    m_listAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_listAction, &QAction::toggled, this, &MainWindow::setContainerListVisible);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        const QSignalBlocker blocker(m_listAction);
        m_listAction->setChecked(isContainerListVisible());
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_findAction);
    m_viewMenu->addAction(m_auditAction);
    m_viewMenu->addAction(m_closeTabAction);
    m_viewMenu->addAction(m_nextTabAction);
    m_viewMenu->addAction(m_previousTabAction);
    m_viewMenu->addAction(m_listAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_chineseAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_documentationAction);
    m_helpMenu->addAction(m_aboutAction);
    // Shortcuts work even when the menu bar is hidden (some desktops, tests), from any focus in
    // the window: line edits would take Ctrl+E and friends for themselves (eventFilter).
    addActions({m_connectAction, m_exportAction, m_quitAction, m_refreshAction, m_findAction, m_closeTabAction,
                m_auditAction, m_nextTabAction, m_previousTabAction, m_listAction, m_documentationAction});
    for (QAction *action : actions())
        action->setShortcutContext(action == m_quitAction ? Qt::ApplicationShortcut : Qt::WindowShortcut);
    m_filterEdit->installEventFilter(this);
    m_checklistPage->searchField()->installEventFilter(this);
}

void MainWindow::retranslateUi()
{
    if (core::RemoteConnection *connection = m_session->remoteConnection()) {
        //: %1 is the connection profile's name, %2 how it is reached (ssh://host (dial-stdio) …)
        setWindowTitle(Tr::tr("Dockscope — %1 (%2)").arg(connection->profile().name, connection->transportDescription()));
    } else {
        setWindowTitle(Tr::tr("Dockscope — %1").arg(m_session->endpoint().url()));
    }
    m_connectAction->setText(Tr::tr("C&onnect to another host…"));
    m_fileMenu->setTitle(Tr::tr("&File"));
    m_viewMenu->setTitle(Tr::tr("&View"));
    m_languageMenu->setTitle(Tr::tr("&Language"));
    m_helpMenu->setTitle(Tr::tr("&Help"));
    m_exportAction->setText(Tr::tr("&Export report…"));
    m_quitAction->setText(Tr::tr("&Quit"));
    m_refreshAction->setText(Tr::tr("&Refresh"));
    m_findAction->setText(Tr::tr("&Find…"));
    m_closeTabAction->setText(Tr::tr("&Close tab"));
    m_auditAction->setText(Tr::tr("Run the &checklist again"));
    m_aboutAction->setText(Tr::tr("&About Dockscope"));
    m_documentationAction->setText(Tr::tr("&Documentation"));
    m_nextTabAction->setText(Tr::tr("&Next tab"));
    m_previousTabAction->setText(Tr::tr("&Previous tab"));
    m_listAction->setText(Tr::tr("Container &list"));
    m_filterEdit->setPlaceholderText(Tr::tr("Filter by name, image or state (Ctrl+F)"));
    m_tabs->setTabText(m_tabs->indexOf(m_hostPage), Tr::tr("Host and daemon"));
    m_tabs->setTabText(m_tabs->indexOf(m_checklistPage), Tr::tr("Checklist"));
    m_listPresentation->retranslate();
    // State words, badges and dates have other widths in the other language.
    fitListColumns();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i)))
            updateTabTitle(tab);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::onConnected()
{
    m_connectionBar->setDaemon(m_session->version(), m_session->info());
    m_hostPage->setDaemon(m_session->version(), m_session->info());
    m_checklistPage->setDaemonAvailable(true);
    m_auditAction->setEnabled(true);
}

void MainWindow::onConnectionState(core::DockerClient::ConnectionState state, const std::optional<core::Error> &error)
{
    using State = core::DockerClient::ConnectionState;
    const bool usable = state == State::Connected && m_session->isConnected();
    m_checklistPage->setDaemonAvailable(usable);
    m_auditAction->setEnabled(usable);
    if (state == State::Failed && error)
        m_hostPage->setConnectionFailed(*error);
    else if (state == State::Connecting && !m_session->isConnected())
        m_hostPage->setConnecting();
}

void MainWindow::onChecklistOpenContainer(const QString &id)
{
    if (m_session->containerModel()->rowOfId(id) < 0) {
        statusBar()->showMessage(Tr::tr("That container no longer exists."), 5000);
        return;
    }
    openContainer(id);
}

void MainWindow::onContainerUpdated(const core::ContainerSummary &container)
{
    if (ContainerTab *tab = tabForContainer(container.id))
        tab->setState(container.state, container.name);
}

void MainWindow::onContainerRemoved(const QString &id)
{
    if (ContainerTab *tab = tabForContainer(id))
        tab->setGone();
}

void MainWindow::onSynchronized(int count)
{
    if (m_listView->currentIndex().row() < 0 && m_listFilter->rowCount() > 0)
        m_listView->setCurrentIndex(m_listFilter->index(0, ContainerListModel::NameColumn));
    const QStringList restore = std::exchange(m_tabsToRestore, {});
    for (const QString &id : restore) {
        if (m_session->containerModel()->rowOfId(id) >= 0)
            openContainer(id);
    }
    statusBar()->showMessage(Tr::tr("%n container(s)", nullptr, count), 5000);
}

ContainerTab *MainWindow::tabForContainer(const QString &id) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i));
        if (tab && tab->containerId() == id)
            return tab;
    }
    return nullptr;
}

ContainerTab *MainWindow::openContainer(const QString &id)
{
    if (ContainerTab *existing = tabForContainer(id)) {
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    const core::ContainerListModel *list = m_session->containerModel();
    const core::ContainerSummary summary = list->containerAt(list->rowOfId(id));
    ContainerTabContext context{m_session->client(), m_session->hostFs(), m_session->collectContext()};
    context.execProbes = m_session->execProbesAllowed();
    context.elevatable = m_session->elevatable();
    auto *tab = new ContainerTab(id, summary.name.isEmpty() ? id.left(12) : summary.name, context, m_tabs);
    connect(tab, &ContainerTab::elevationRequested, this, &MainWindow::authenticateForHostFacts);
    for (QLineEdit *edit : tab->findChildren<QLineEdit *>())
        edit->installEventFilter(this);
    tab->setState(summary.state, summary.name);
    if (m_session->lastReport())
        tab->setAuditResults(m_session->resultsForContainer(id));
    connect(tab, &ContainerTab::titleChanged, this, [this, tab] { updateTabTitle(tab); });
    const int index = m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentIndex(index);
    updateTabTitle(tab);
    return tab;
}

void MainWindow::updateTabTitle(ContainerTab *tab)
{
    const int index = m_tabs->indexOf(tab);
    if (index < 0)
        return;
    m_tabs->setTabText(index, tab->title());
    m_tabs->setTabToolTip(index, tab->containerId());
    QColor colour = tab->isGone() ? QColor(0xc0, 0x39, 0x2b)
        : tab->state() == "running"_L1 ? QColor(0x27, 0xae, 0x60)
                                      : QColor(0x7f, 0x8c, 0x8d);
    QPixmap dot(10, 10);
    dot.fill(Qt::transparent);
    {
        QPainter p(&dot);
        p.setRenderHint(QPainter::Antialiasing);
        p.setBrush(colour);
        p.setPen(Qt::NoPen);
        p.drawEllipse(1, 1, 8, 8);
    }
    m_tabs->setTabIcon(index, QIcon(dot));
}

void MainWindow::openSelected()
{
    const QModelIndex current = m_listView->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_listFilter->data(current, ContainerListModel::ContainerIdRole).toString();
    if (!id.isEmpty())
        openContainer(id);
}

void MainWindow::showListContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_listView->indexAt(pos);
    if (!index.isValid())
        return;
    const QString id = m_listFilter->data(index, ContainerListModel::ContainerIdRole).toString();
    QMenu menu(this);
    menu.addAction(QIcon::fromTheme(u"document-open"_s), Tr::tr("&Open"), this, [this, id] { openContainer(id); });
    menu.addAction(QIcon::fromTheme(u"edit-copy"_s), Tr::tr("Copy &ID"), this,
                   [id] { QGuiApplication::clipboard()->setText(id); });
    menu.exec(m_listView->viewport()->mapToGlobal(pos));
}

void MainWindow::closeTab(int index)
{
    auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(index));
    if (!tab)
        return; // the host page stays
    m_tabs->removeTab(index);
    delete tab; // stops its sampling now
}

void MainWindow::closeCurrentTab()
{
    closeTab(m_tabs->currentIndex());
}

void MainWindow::find()
{
    // Find where the user is: in the checklist, in a container's inspect JSON, else the list.
    const bool inList = m_listView->hasFocus() || m_filterEdit->hasFocus();
    if (!inList && m_tabs->isVisible()) {
        if (m_tabs->currentWidget() == m_checklistPage) {
            m_checklistPage->focusSearch();
            return;
        }
        if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->currentWidget()); tab && tab->find())
            return;
    }
    if (!isContainerListVisible())
        setContainerListVisible(true);
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void MainWindow::switchTab(int step)
{
    const int count = m_tabs->count();
    if (count > 1)
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + count) % count);
}

bool MainWindow::isContainerListVisible() const
{
    return m_splitter->sizes().value(0) > 0;
}

void MainWindow::setContainerListVisible(bool visible)
{
    if (visible == isContainerListVisible())
        return;
    const int total = m_splitter->width();
    if (visible) {
        const int list = m_listSizes.value(0) > 0 ? m_listSizes.value(0) : total * 2 / 5;
        m_splitter->setSizes({list, total - list});
    } else {
        m_listSizes = m_splitter->sizes();
        m_splitter->setSizes({0, total});
    }
    const QSignalBlocker blocker(m_listAction);
    m_listAction->setChecked(visible);
}

void MainWindow::fitListColumns()
{
    m_fitListPending = false;
    if (m_listColumnsSetByUser)
        return;
    using Model = ContainerListModel;
    const QAbstractItemView *view = m_listView; // QTableView makes sizeHintForColumn() protected
    QHeaderView *header = m_listView->horizontalHeader();
    const QFontMetrics metrics = m_listView->fontMetrics();
    const QFontMetrics badgeMetrics(BadgeDelegate::badgeFont(m_listView->font()));
    const int slack = 4; // the grid line and rounding
    const auto content = [&](int column) {
        return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column)) + slack;
    };
    // The badges: never less than the most severe one and "+N"; all of them when there is room.
    int badgesMinimum = header->sectionSizeHint(Model::SecurityColumn);
    int badgesFull = badgesMinimum;
    for (int row = 0; row < m_listFilter->rowCount(); ++row) {
        const QModelIndex index = m_listFilter->index(row, Model::SecurityColumn);
        if (!index.data(Model::BadgesKnownRole).toBool()) {
            // "checking…" until the container's inspect arrives
            const int text = metrics.horizontalAdvance(index.data().toString()) + 12;
            badgesMinimum = std::max(badgesMinimum, text);
            continue;
        }
        const QStringList labels = ContainerListPresentation::badgeLabels(index.data(Model::BadgesRole).toInt());
        badgesMinimum = std::max(badgesMinimum, BadgeDelegate::minimumWidth(labels, badgeMetrics));
        badgesFull = std::max(badgesFull, BadgeDelegate::fullWidth(labels, badgeMetrics));
    }
    badgesMinimum += slack;
    badgesFull = std::max(badgesFull + slack, badgesMinimum);

    const int state = content(Model::StateColumn);
    const int nameContent = content(Model::NameColumn);
    const int nameMinimum = std::min(nameContent, metrics.averageCharWidth() * 12);
    const int nameComfort = std::min(nameContent, metrics.averageCharWidth() * 22);
    const int image = std::min(content(Model::ImageColumn), metrics.averageCharWidth() * 18);
    const int created = createdColumnWidth(m_listView);

    // State, a name one can tell apart and the most severe badge first; then the name up to a
    // comfortable width, every badge, the whole name; the image and the date only if there is
    // room left for them whole.
    int rest = m_listView->viewport()->width() - state - nameMinimum - badgesMinimum;
    const auto take = [&rest](int wanted) {
        const int given = std::clamp(wanted, 0, std::max(rest, 0));
        rest -= given;
        return given;
    };
    int nameMore = take(nameComfort - nameMinimum);
    const int badgesMore = take(badgesFull - badgesMinimum);
    nameMore += take(nameContent - nameMinimum - nameMore);
    const bool showImage = rest >= image;
    if (showImage)
        rest -= image;
    const bool showCreated = rest >= created;
    if (showCreated)
        rest -= created;

    m_fittingList = true;
    m_listView->setColumnHidden(Model::ImageColumn, !showImage);
    m_listView->setColumnHidden(Model::CreatedColumn, !showCreated);
    header->resizeSection(Model::StateColumn, state);
    // What is left over widens the name (long names are elided in the middle).
    header->resizeSection(Model::NameColumn, nameMinimum + nameMore + std::max(rest, 0));
    header->resizeSection(Model::SecurityColumn, badgesMinimum + badgesMore);
    if (showImage)
        header->resizeSection(Model::ImageColumn, image);
    if (showCreated)
        header->resizeSection(Model::CreatedColumn, created);
    m_fittingList = false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_listView->viewport() && event->type() == QEvent::Resize)
        fitListColumns();
    // A line edit claims Ctrl+E (end of line) and the like before the window's shortcuts see
    // them; the window's own shortcuts win, so they work from any focus, as the menu says.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        for (const QAction *action : actions()) {
            if (action->isEnabled() && action->shortcuts().contains(pressed))
                return true; // not accepted: the shortcut map goes on to the action
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showAbout()
{
    QStringList lines;
    lines << Tr::tr("Dockscope %1 shows how Docker isolates, limits and empowers each container, and how well "
                    "the daemon is protected.")
                 .arg(QStringLiteral(DOCKSCOPE_VERSION));
    lines << QString();
    lines << Tr::tr("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << Tr::tr("HTTP parser: %1").arg(QString::fromLatin1(core::HttpParser::backendName()));
    lines << Tr::tr("Syntax highlighting: %1").arg(SnippetHighlighter::engineName());
    lines << Tr::tr("Docker Engine API: %1 to %2")
                 .arg(core::DockerClient::minimumApiVersion(), core::DockerClient::maximumApiVersion());
    if (m_session->isConnected())
        lines << Tr::tr("Connected daemon: Docker %1, API %2").arg(m_session->version().version, m_session->version().apiVersion);
    lines << QString();
    lines << Tr::tr("Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).");
    lines << Tr::tr("Documentation: %1").arg(documentationUrl().toLocalFile());
    auto *box = new QMessageBox(QMessageBox::Information, Tr::tr("About Dockscope"), lines.join(u'\n'),
                                QMessageBox::Close, this);
    box->setObjectName(u"aboutBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    QPushButton *docs = box->addButton(Tr::tr("Open &documentation"), QMessageBox::HelpRole);
    connect(docs, &QPushButton::clicked, this, [] { QDesktopServices::openUrl(documentationUrl()); });
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::refresh()
{
    const bool reconnect = !m_session->isConnected();
    m_session->refresh();
    if (reconnect)
        return;
    if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->currentWidget()))
        tab->reload();
    statusBar()->showMessage(Tr::tr("Refreshing…"), 2000);
}

bool MainWindow::hostFactsElevated() const
{
    return m_session->hostFactsElevated();
}

void MainWindow::authenticateForHostFacts()
{
    m_session->authenticateForHostFacts();
}

bool MainWindow::isAuditRunning() const
{
    return m_session->isAuditRunning();
}

void MainWindow::runAudit()
{
    m_session->runAudit();
}

void MainWindow::onAuditFinished(const core::Result<core::AuditReport> &report)
{
    m_checklistPage->setRunning(false);
    if (!report) {
        statusBar()->showMessage(Tr::tr("The checklist could not run: %1 (%2)")
                                     .arg(errorText(report.error().code), report.error().detail));
        Q_EMIT auditFinished();
        return;
    }
    const core::AuditSummary &s = report.value().summary;
    statusBar()->showMessage(Tr::tr("Checklist: %1 failed, %2 warnings, %3 passed").arg(s.fail).arg(s.warn).arg(s.pass), 8000);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i)))
            tab->setAuditResults(m_session->resultsForContainer(tab->containerId()));
    }
    Q_EMIT auditFinished();
}

void MainWindow::exportReport()
{
    QString path;
    {
        QFileDialog dialog(this, Tr::tr("Export report"));
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.setNameFilters({Tr::tr("PDF document (*.pdf)"), Tr::tr("HTML page (*.html)"), Tr::tr("JSON document (*.json)")});
        dialog.setDefaultSuffix(u"pdf"_s);
        // We ask ourselves, below, so the question is the same on every platform.
        dialog.setOption(QFileDialog::DontConfirmOverwrite);
        if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
            return;
        path = dialog.selectedFiles().constFirst();
        if (QFileInfo::exists(path)
            && QMessageBox::question(this, Tr::tr("Replace the file?"),
                                     Tr::tr("%1 already exists. Replace it?").arg(QFileInfo(path).fileName()),
                                     QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Yes)
            return;
    }
    exportReportTo(path);
}

void MainWindow::exportReportTo(const QString &path)
{
    QMap<QString, QList<core::MemorySample>> memory;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i))) {
            if (const core::MemoryRingBuffer *buffer = tab->memoryBuffer())
                memory.insert(tab->containerId(), buffer->samples());
        }
    }
    m_session->exportReport(path, memory);
}

void MainWindow::cancelExport()
{
    // The writer stops at its next page and writes nothing; onExportFinished() says so.
    if (m_exportPath.isEmpty())
        return;
    statusBar()->showMessage(Tr::tr("Cancelling the export…"));
    if (m_exportProgress)
        m_exportProgress->close();
    m_session->cancelExport();
}

void MainWindow::onExportFinished(const QString &path, const core::Result<void> &result)
{
    if (m_exportProgress)
        m_exportProgress->close();
    m_exportPath.clear();
    if (!result && result.error().code == core::ErrorCode::Cancelled) {
        statusBar()->showMessage(Tr::tr("Export cancelled; nothing was written."), 8000);
        return;
    }
    if (!result) {
        // The detail names paths (and may quote container strings): never rich text.
        auto *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Export failed — Dockscope"),
                                    Tr::tr("The report could not be written: %1").arg(errorText(result.error().code)),
                                    QMessageBox::Ok, this);
        box->setObjectName(u"exportFailed"_s);
        box->setTextFormat(Qt::PlainText);
        const QString fix = errorFix(result.error().code);
        box->setInformativeText(fix);
        box->setDetailedText(detailText(result.error()));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        statusBar()->showMessage(Tr::tr("Export failed: %1").arg(errorText(result.error().code)), 8000);
        return;
    }
    statusBar()->showMessage(Tr::tr("Report written to %1").arg(path), 8000);
    auto *box = new QMessageBox(QMessageBox::Information, Tr::tr("Report exported — Dockscope"),
                                Tr::tr("The report was written to %1.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Close, this);
    box->setObjectName(u"exportDone"_s);
    box->setTextFormat(Qt::PlainText);
    QPushButton *open = box->addButton(Tr::tr("&Open"), QMessageBox::AcceptRole);
    QPushButton *folder = box->addButton(Tr::tr("Show in &folder"), QMessageBox::ActionRole);
    connect(open, &QPushButton::clicked, this, [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    connect(folder, &QPushButton::clicked, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
    box->setDefaultButton(open);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::showConnectDialog()
{
    QSettings settings;
    ConnectDialog dialog(&settings, this, m_env);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<core::RemoteConnection> tested = dialog.takeConnection()) {
        openRemoteWindow(std::move(tested));
        return;
    }
    connectToProfile(dialog.selectedProfile());
}

void MainWindow::connectToProfile(const core::ConnectionProfile &profile)
{
    statusBar()->showMessage(Tr::tr("Connecting to %1…").arg(profile.name));
    core::RemoteConnection::open(profile, m_env, this,
                                 [this, name = profile.name](core::Result<std::unique_ptr<core::RemoteConnection>> opened) {
                                     if (!opened) {
                                         const core::Error &error = opened.error();
                                         statusBar()->showMessage(Tr::tr("Could not connect to %1: %2")
                                                                      .arg(name, ConnectionErrorText::sentence(error)));
                                         Q_EMIT connectFailed(error);
                                         return;
                                     }
                                     openRemoteWindow(std::move(opened.value()));
                                 });
}

void MainWindow::openRemoteWindow(std::unique_ptr<core::RemoteConnection> connection)
{
    // A top-level window of its own (several hosts at once); it deletes itself when closed.
    auto *window = new MainWindow(std::move(connection));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setEnvironment(m_env);
    window->setTranslationsDirectory(m_qmDirectory);
    window->show();
    statusBar()->clearMessage();
    Q_EMIT remoteWindowOpened(window);
}

void MainWindow::setLanguage(const QString &language)
{
    const QLocale locale = core::parseLanguage(language).value_or(core::systemLanguage());
    core::installTranslators(locale, m_qmDirectory);
    m_language = core::languageCode(locale);
    QSettings().setValue(s_languageKey, m_language);
    m_englishAction->setChecked(m_language != "zh_CN"_L1);
    m_chineseAction->setChecked(m_language == "zh_CN"_L1);
    // installTranslator() tells the application, which posts LanguageChange to top-level
    // windows later (and not at all before exec()); retranslate this window now, in step.
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(this, &event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(m_settingsPrefix + s_geometryKey, saveGeometry());
    settings.setValue(m_settingsPrefix + s_stateKey, saveState());
    settings.setValue(m_settingsPrefix + s_splitterKey, m_splitter->saveState());
    settings.setValue(m_settingsPrefix + s_checklistSplitterKey, m_checklistPage->splitter()->saveState());
    settings.setValue(m_settingsPrefix + s_hostSplitterKey, m_hostPage->splitter()->saveState());
    QStringList open;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i));
        if (tab && !tab->isGone())
            open.append(tab->containerId());
    }
    settings.setValue(m_settingsPrefix + s_tabsKey, open);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(m_settingsPrefix + s_geometryKey).toByteArray())) {
        // First start: four fifths of the screen, never less than the window needs, never more
        // than the screen has.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
        const QSize wanted = (available.size() * 4 / 5).expandedTo(minimumSizeHint()).boundedTo(available.size());
        resize(wanted);
        move(available.center() - rect().center());
    }
    restoreState(settings.value(m_settingsPrefix + s_stateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(m_settingsPrefix + s_splitterKey).toByteArray())) {
        // The list needs its name, state and badges; the tabs get the rest.
        const int list = std::clamp(width() * 2 / 5, 320, 560);
        m_splitter->setSizes({list, width() - list});
    }
    m_checklistPage->splitter()->restoreState(settings.value(m_settingsPrefix + s_checklistSplitterKey).toByteArray());
    m_hostPage->splitter()->restoreState(settings.value(m_settingsPrefix + s_hostSplitterKey).toByteArray());
    m_listAction->setChecked(isContainerListVisible());
    m_tabsToRestore = settings.value(m_settingsPrefix + s_tabsKey).toStringList();
    const QString language = settings.value(s_languageKey).toString();
    if (!language.isEmpty()) {
        setLanguage(language);
    } else {
        m_language = core::languageCode(QLocale());
        m_chineseAction->setChecked(m_language == "zh_CN"_L1);
        m_englishAction->setChecked(m_language != "zh_CN"_L1);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace dockscope::ui
