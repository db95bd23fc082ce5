// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "core/audit/auditor.h"
#include "core/docker/containertracker.h"
#include "core/docker/dockerclient.h"
#include "core/facts/hostfs.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "core/models/memoryringbuffer.h"
#include "core/concurrency.h"
#include "core/remote/elevatedhostfs.h"
#include "core/remote/remoteconnection.h"
#include "ui/connection/connectdialog.h"
#include "ui/connection/connectionerrortext.h"
#include "ui/errortext.h"
#include "ui/models/containerlistpresentation.h"
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
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QPromise>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <unistd.h>

namespace dockscope::ui {

using namespace Qt::StringLiterals;
using core::ContainerListModel;

namespace {
const auto kGeometryKey = u"window/geometry"_s;
const auto kStateKey = u"window/state"_s;
const auto kSplitterKey = u"window/splitter"_s;
const auto kTabsKey = u"window/openContainers"_s;
const auto kLanguageKey = u"ui/language"_s;
} // namespace

MainWindow::MainWindow(const core::Endpoint &endpoint, QWidget *parent)
    : MainWindow(endpoint, nullptr, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<core::RemoteConnection> connection, QWidget *parent)
    : MainWindow(connection->client()->endpoint(), std::move(connection), parent)
{
}

MainWindow::MainWindow(const core::Endpoint &endpoint, std::unique_ptr<core::RemoteConnection> &&connection,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_endpoint(endpoint)
    , m_connection(std::move(connection))
    , m_client(m_connection ? m_connection->client() : new core::DockerClient(endpoint, this))
    , m_tracker(new core::ContainerTracker(m_client, this))
    , m_listModel(new ContainerListModel(this))
    , m_listPresentation(new ContainerListPresentation(this))
    , m_listFilter(new QSortFilterProxyModel(this))
    , m_checklistModel(new core::ChecklistModel(this))
    , m_connectionBar(new ConnectionBar(endpoint, this))
    , m_filterEdit(new QLineEdit(this))
    , m_listView(new QTableView(this))
    , m_tabs(new QTabWidget(this))
    , m_hostPage(new HostPage(m_checklistModel, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_qmDirectory(u":/i18n"_s)
{
    setObjectName(u"mainWindow"_s);
    if (m_connection) {
        // The connection knows whether it reaches the host's files (local, ssh) or only the
        // API (tcp://, a socket forwarded by hand); the socket path here is a local forward.
        m_hostFs = m_connection->hostFs();
        m_settingsPrefix = u"remote/%1/"_s.arg(m_connection->profile().id);
        m_connectionBar->setConnection(*m_connection);
    } else {
        // Host files are readable only when the daemon runs on this machine (a unix socket here).
        // An ordinary user may elevate later through the host-facts helper; root needs not.
        if (endpoint.kind == core::Endpoint::Kind::Unix) {
            if (::geteuid() != 0) {
                m_elevatable = std::make_shared<core::ElevatedHostFs>(endpoint.socketPath);
                m_hostFs = m_elevatable;
            } else {
                m_hostFs = std::make_shared<core::LocalHostFs>();
            }
        }
    }

    m_listPresentation->setSourceModel(m_listModel);
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
    // One line per container: long names are elided in the middle (the tooltip has them all).
    m_listView->setWordWrap(false);
    m_listView->setTextElideMode(Qt::ElideMiddle);
    m_listView->horizontalHeader()->setStretchLastSection(false);
    // The badges need the room: the Security column takes what the others leave.
    m_listView->horizontalHeader()->setSectionResizeMode(ContainerListModel::SecurityColumn, QHeaderView::Stretch);
    m_listView->horizontalHeader()->setMinimumSectionSize(60);
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_listView->setItemDelegateForColumn(ContainerListModel::SecurityColumn, new BadgeDelegate(m_listView));
    m_listView->setColumnWidth(ContainerListModel::StateColumn, 80);
    m_listView->setColumnWidth(ContainerListModel::NameColumn, 180);
    m_listView->setColumnWidth(ContainerListModel::ImageColumn, 120);
    m_listView->setColumnWidth(ContainerListModel::SecurityColumn, 250);
    // Room for a short date and time in this locale, so it is never elided.
    m_listView->setColumnWidth(ContainerListModel::CreatedColumn,
                               m_listView->fontMetrics().horizontalAdvance(
                                   QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat))
                                   + 24);
    m_filterEdit->setObjectName(u"containerFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_listFilter, &QSortFilterProxyModel::setFilterFixedString);
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
    m_tabs->addTab(m_hostPage, QString());
    // The host page cannot be closed.
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr);
    m_tabs->tabBar()->setTabButton(0, QTabBar::LeftSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    m_splitter->addWidget(listPanel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_connectionBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_hostPage->checklist(), &ChecklistPage::rerunRequested, this, &MainWindow::runAudit);

    connect(m_client, &core::DockerClient::connectionStateChanged, this,
            [this](core::DockerClient::ConnectionState state) {
                std::optional<core::Error> error;
                if (state == core::DockerClient::ConnectionState::Failed
                    || state == core::DockerClient::ConnectionState::Reconnecting)
                    error = m_client->lastError();
                m_connectionBar->setState(state, error);
            });
    connect(m_tracker, &core::ContainerTracker::containerAdded, this, &MainWindow::onContainerAdded);
    connect(m_tracker, &core::ContainerTracker::containerChanged, this, &MainWindow::onContainerChanged);
    connect(m_tracker, &core::ContainerTracker::containerRemoved, this, &MainWindow::onContainerRemoved);
    connect(m_tracker, &core::ContainerTracker::synchronized, this, &MainWindow::onSynchronized);
    connect(m_tracker, &core::ContainerTracker::liveChanged, this, [this](bool live) {
        if (live) {
            m_connectionBar->setState(core::DockerClient::ConnectionState::Connected);
        } else if (m_connected) {
            m_connectionBar->setState(core::DockerClient::ConnectionState::Reconnecting, m_tracker->lastError());
        }
    });

    createActions();
    retranslateUi();
    restoreSettings();
    connectToDaemon();
}

MainWindow::~MainWindow()
{
    // A window closed while the authentication dialog is up: pkexec is stopped, and neither this
    // window's worker nor the application's exit waits for the user to answer it.
    if (m_elevating && m_elevatable)
        m_elevatable->cancel();
    // Tear down in dependency order while this is still a MainWindow: tabs, the audit runner and
    // the tracker use the client, and a client that dies inside ~QWidget would end its streams
    // and call back into a half-destroyed window.
    for (int i = m_tabs->count() - 1; i >= 0; --i) {
        if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i))) {
            m_tabs->removeTab(i);
            delete tab;
        }
    }
    delete m_auditRunner;
    m_auditRunner = nullptr;
    delete m_tracker;
    m_tracker = nullptr;
    if (m_connection) {
        m_connection.reset(); // owns the client
    } else {
        m_client->disconnect(this);
        delete m_client;
    }
    m_client = nullptr;
    for (QTranslator *t : std::as_const(m_translators))
        QCoreApplication::removeTranslator(t);
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
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, Tr::tr("About Dockscope"),
                           Tr::tr("Dockscope %1 shows how Docker isolates, limits and empowers each container, and how well the daemon is protected.\n\nSyntax highlighting: %2")
                               .arg(QStringLiteral(DOCKSCOPE_VERSION), SnippetHighlighter::engineName()));
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
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addAction(m_englishAction);
    m_languageMenu->addAction(m_chineseAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    // Shortcuts work even when the menu bar is hidden (some desktops, tests).
    addActions({m_connectAction, m_exportAction, m_quitAction, m_refreshAction, m_findAction, m_closeTabAction, m_auditAction});
}

void MainWindow::retranslateUi()
{
    if (m_connection) {
        //: %1 is the connection profile's name, %2 how it is reached (ssh://host (dial-stdio) …)
        setWindowTitle(Tr::tr("Dockscope — %1 (%2)")
                           .arg(m_connection->profile().name, m_connection->transportDescription()));
    } else {
        setWindowTitle(Tr::tr("Dockscope — %1").arg(m_endpoint.url()));
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
    m_filterEdit->setPlaceholderText(Tr::tr("Filter by name, image or state (Ctrl+F)"));
    m_tabs->setTabText(m_tabs->indexOf(m_hostPage), Tr::tr("Host and daemon"));
    m_listPresentation->retranslate();
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

void MainWindow::connectToDaemon()
{
    m_connectionBar->setState(core::DockerClient::ConnectionState::Connecting);
    m_client->negotiate(this, [this](core::Result<core::VersionInfo> version) {
        if (!version) {
            m_connectionBar->setState(core::DockerClient::ConnectionState::Failed, version.error());
            statusBar()->showMessage(errorText(version.error().code));
            return;
        }
        m_version = version.value();
        m_client->info(this, [this](core::Result<core::DaemonInfo> info) {
            if (!info) {
                m_connectionBar->setState(core::DockerClient::ConnectionState::Failed, info.error());
                return;
            }
            m_info = info.value();
            onConnected();
        });
    });
}

void MainWindow::onConnected()
{
    m_connected = true;
    m_collect = core::CollectContext::fromDaemon(m_info, m_endpoint);
    m_connectionBar->setDaemon(m_version, m_info);
    m_connectionBar->setState(core::DockerClient::ConnectionState::Connected);
    m_hostPage->setDaemon(m_version, m_info);
    m_tracker->start();
    runAudit();
}

void MainWindow::onContainerAdded(const core::ContainerSummary &container)
{
    m_listModel->upsertContainer(container);
    inspectForBadges(container.id);
    if (ContainerTab *tab = tabForContainer(container.id))
        tab->setState(container.state, container.name);
}

void MainWindow::onContainerChanged(const core::ContainerSummary &container)
{
    m_listModel->upsertContainer(container);
    inspectForBadges(container.id);
    if (ContainerTab *tab = tabForContainer(container.id))
        tab->setState(container.state, container.name);
}

void MainWindow::onContainerRemoved(const QString &id)
{
    m_listModel->removeContainer(id);
    if (ContainerTab *tab = tabForContainer(id))
        tab->setGone();
}

void MainWindow::onSynchronized()
{
    // Reconcile with the tracker's full list (after a reconnect some may be gone).
    const auto &all = m_tracker->containers();
    for (const QString &id : m_listModel->ids()) {
        if (!all.contains(id))
            onContainerRemoved(id);
    }
    for (const core::ContainerSummary &c : all) {
        if (m_listModel->rowOfId(c.id) < 0)
            onContainerAdded(c);
    }
    if (m_listView->currentIndex().row() < 0 && m_listFilter->rowCount() > 0)
        m_listView->setCurrentIndex(m_listFilter->index(0, ContainerListModel::NameColumn));
    const QStringList restore = std::exchange(m_tabsToRestore, {});
    for (const QString &id : restore) {
        if (all.contains(id))
            openContainer(id);
    }
    statusBar()->showMessage(Tr::tr("%n container(s)", nullptr, int(all.size())), 5000);
}

void MainWindow::inspectForBadges(const QString &id)
{
    m_client->inspectContainer(id, this, [this](core::Result<core::ContainerInspect> inspect) {
        if (inspect)
            m_listModel->setInspect(inspect.value());
    });
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
    const int row = m_listModel->rowOfId(id);
    const core::ContainerSummary summary = m_listModel->containerAt(row);
    ContainerTabContext context{m_client, m_hostFs, m_collect};
    context.execProbes = m_connection && m_connection->execProbesAllowed();
    context.elevatable = m_elevatable;
    auto *tab = new ContainerTab(id, summary.name.isEmpty() ? id.left(12) : summary.name, context, m_tabs);
    connect(tab, &ContainerTab::elevationRequested, this, &MainWindow::authenticateForHostFacts);
    tab->setState(summary.state, summary.name);
    if (m_lastReport) {
        QList<core::CheckResult> mine;
        for (const core::CheckResult &r : std::as_const(m_lastReport->results)) {
            if (r.containerId == id)
                mine.append(r);
        }
        tab->setAuditResults(mine);
    }
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
    if (m_tabs->currentWidget() == m_hostPage && m_tabs->isVisible() && !m_listView->hasFocus()
        && !m_filterEdit->hasFocus()) {
        m_hostPage->checklist()->focusSearch();
        return;
    }
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void MainWindow::refresh()
{
    if (!m_connected) {
        connectToDaemon();
        return;
    }
    m_tracker->stop();
    m_tracker->start();
    if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->currentWidget()))
        tab->reload();
    statusBar()->showMessage(Tr::tr("Refreshing…"), 2000);
}

bool MainWindow::hostFactsElevated() const
{
    return m_elevatable && m_elevatable->isElevated();
}

void MainWindow::authenticateForHostFacts()
{
    if (!m_elevatable || m_elevating)
        return;
    if (m_elevatable->isElevated()) {
        Q_EMIT hostFactsElevation(true, {});
        return;
    }
    m_elevating = true;
    statusBar()->showMessage(Tr::tr("Waiting for authentication to read host facts…"));
    // pkexec waits for the desktop's authentication agent: never on the GUI thread.
    auto fs = m_elevatable;
    core::whenFinished(QtConcurrent::run([fs]() { return fs->elevate(); }), this,
                       [this](const core::Result<void> &started) {
                           m_elevating = false;
                           if (!started) {
                               statusBar()->clearMessage();
                               // The detail names paths and what pkexec said: never rich text.
                               auto *box = new QMessageBox(QMessageBox::Warning, Tr::tr("Host facts"),
                                                           Tr::tr("The host-facts helper could not be started: %1\n\n"
                                                                  "Dockscope goes on with what your user can read.")
                                                               .arg(started.error().detail),
                                                           QMessageBox::Ok, this);
                               box->setObjectName(u"hostFactsFailure"_s);
                               box->setTextFormat(Qt::PlainText);
                               box->setAttribute(Qt::WA_DeleteOnClose);
                               box->open();
                               Q_EMIT hostFactsElevation(false, started.error().detail);
                               return;
                           }
                           statusBar()->showMessage(Tr::tr("Host facts are read through the helper for this session."), 8000);
                           for (int i = 0; i < m_tabs->count(); ++i) {
                               if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i)))
                                   tab->refreshAfterElevation();
                           }
                           runAudit();
                           Q_EMIT hostFactsElevation(true, {});
                       });
}

bool MainWindow::isAuditRunning() const
{
    return m_auditRunner && m_auditRunner->isRunning();
}

void MainWindow::runAudit()
{
    if (!m_connected)
        return;
    if (!m_auditRunner) {
        m_auditRunner = new core::AuditRunner(m_client, m_hostFs, this);
        connect(m_auditRunner, &core::AuditRunner::progress, m_hostPage->checklist(), &ChecklistPage::setProgress);
        connect(m_auditRunner, &core::AuditRunner::finished, this, &MainWindow::onAuditFinished);
    }
    if (m_auditRunner->isRunning())
        return;
    m_hostPage->checklist()->setRunning(true);
    statusBar()->showMessage(Tr::tr("Running the checklist…"));
    m_auditRunner->run();
}

void MainWindow::onAuditFinished(const core::Result<core::AuditReport> &report)
{
    m_hostPage->checklist()->setRunning(false);
    if (!report) {
        statusBar()->showMessage(Tr::tr("The checklist could not run: %1 (%2)")
                                     .arg(errorText(report.error().code), report.error().detail));
        m_exportAfterAudit = false;
        Q_EMIT auditFinished();
        return;
    }
    m_lastReport = report.value();
    m_checklistModel->setResults(m_lastReport->results);
    const core::AuditSummary &s = m_lastReport->summary;
    statusBar()->showMessage(Tr::tr("Checklist: %1 failed, %2 warnings, %3 passed").arg(s.fail).arg(s.warn).arg(s.pass), 8000);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i));
        if (!tab)
            continue;
        QList<core::CheckResult> mine;
        for (const core::CheckResult &r : std::as_const(m_lastReport->results)) {
            if (r.containerId == tab->containerId())
                mine.append(r);
        }
        tab->setAuditResults(mine);
    }
    Q_EMIT auditFinished();
    if (m_exportAfterAudit) {
        m_exportAfterAudit = false;
        exportReport();
    }
}

void MainWindow::exportReport()
{
    QString path = std::exchange(m_pendingExportPath, {});
    if (path.isEmpty()) {
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
    if (!m_lastReport) {
        // The report needs a checklist: run it first, then come back here.
        m_pendingExportPath = path;
        m_exportAfterAudit = true;
        runAudit();
        return;
    }
    report::ReportData reportData;
    reportData.audit = *m_lastReport;
    reportData.endpointLabel = m_connection ? m_connection->transportDescription() : m_endpoint.url();
    reportData.generatedAt = QDateTime::currentDateTime();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i))) {
            if (const core::MemoryRingBuffer *buffer = tab->memoryBuffer())
                reportData.memory.insert(tab->containerId(), buffer->samples());
        }
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const report::ReportFormat format = suffix == "html"_L1 || suffix == "htm"_L1 ? report::ReportFormat::Html
        : suffix == "json"_L1                                                     ? report::ReportFormat::Json
                                                                                  : report::ReportFormat::Pdf;
    auto *progress = new QProgressDialog(Tr::tr("Writing the report…"), QString(), 0, 100, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setMinimumDuration(0);
    progress->show();
    auto *watcher = new QFutureWatcher<core::Result<void>>(progress);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, path] {
        const core::Result<void> result = watcher->result();
        progress->close();
        if (!result) {
            // The detail names paths (and may quote container strings): never rich text.
            QMessageBox box(QMessageBox::Warning, Tr::tr("Export failed"),
                            Tr::tr("The report could not be written: %1\n\nDetails: %2")
                                .arg(errorText(result.error().code), result.error().detail),
                            QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.exec();
            return;
        }
        statusBar()->showMessage(Tr::tr("Report written to %1").arg(path), 8000);
    });
    const QLocale locale;
    watcher->setFuture(QtConcurrent::run([reportData, format, path, locale](QPromise<core::Result<void>> &promise) {
        promise.setProgressRange(0, 100);
        promise.addResult(report::writeReport(reportData, format, path, locale,
                                              [&promise](int percent) { promise.setProgressValue(percent); }));
    }));
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
                                         const core::Error error = opened.error();
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
    // Take out what is installed now: ours, and the ones main() installed for the system
    // locale (parented to the application object).
    for (QTranslator *t : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_translators.clear();
    if (QCoreApplication *app = QCoreApplication::instance()) {
        const auto startup = app->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
        for (QTranslator *t : startup)
            QCoreApplication::removeTranslator(t);
    }
    const QLocale locale = language == "zh_CN"_L1 ? QLocale(QLocale::Chinese, QLocale::China)
                                                  : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    bool installed = false;
    auto *own = new QTranslator(this);
    if (own->load(locale, u"dockscope"_s, u"_"_s, m_qmDirectory)) {
        m_translators.append(own);
        QCoreApplication::installTranslator(own);
        installed = true;
    } else {
        delete own;
    }
    auto *qt = new QTranslator(this);
    if (language != "en"_L1
        && qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_translators.append(qt);
        QCoreApplication::installTranslator(qt);
        installed = true;
    } else {
        delete qt;
    }
    m_language = language;
    QSettings().setValue(kLanguageKey, language);
    m_englishAction->setChecked(language != "zh_CN"_L1);
    m_chineseAction->setChecked(language == "zh_CN"_L1);
    // installTranslator() tells the application, which posts LanguageChange to top-level
    // windows later (and not at all before exec()); retranslate this window now, in step.
    Q_UNUSED(installed)
    QEvent event(QEvent::LanguageChange);
    QCoreApplication::sendEvent(this, &event);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(m_settingsPrefix + kGeometryKey, saveGeometry());
    settings.setValue(m_settingsPrefix + kStateKey, saveState());
    settings.setValue(m_settingsPrefix + kSplitterKey, m_splitter->saveState());
    QStringList open;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *tab = qobject_cast<ContainerTab *>(m_tabs->widget(i));
        if (tab && !tab->isGone())
            open.append(tab->containerId());
    }
    settings.setValue(m_settingsPrefix + kTabsKey, open);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(m_settingsPrefix + kGeometryKey).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(m_settingsPrefix + kStateKey).toByteArray());
    if (!m_splitter->restoreState(settings.value(m_settingsPrefix + kSplitterKey).toByteArray()))
        m_splitter->setSizes({width() * 11 / 20, width() * 9 / 20});
    m_tabsToRestore = settings.value(m_settingsPrefix + kTabsKey).toStringList();
    const QString language = settings.value(kLanguageKey).toString();
    if (!language.isEmpty()) {
        setLanguage(language);
    } else {
        m_language = QLocale().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
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
