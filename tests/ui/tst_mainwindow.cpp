// SPDX-License-Identifier: GPL-3.0-or-later
// The real window against the real test daemon (tests/testdaemon.sh): the list follows the
// daemon, tabs open by keyboard, the memory chart fills, stops and removals show, the
// checklist filters, the language switches at run time.
#include "common/testenv.h"
#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/facts/hostfs.h"
#include "core/remote/elevatedhostfs.h"
#include "core/models/checklistmodel.h"
#include "core/models/containerlistmodel.h"
#include "ui/charts/memorychart.h"
#include "ui/mainwindow.h"
#include "ui/pages/checklistpage.h"
#include "ui/pages/containertab.h"
#include "ui/pages/hostpage.h"
#include "ui/widgets/connectionbar.h"
#include "windowrows.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void containerLifecycle();
    void checklistFilter();
    void remappedDaemon();
    void languageSwitch();
    void privilegeBar();

private:
    std::unique_ptr<ui::MainWindow> makeWindow(const QString &host = QString());
    static void save(QWidget *widget, const QString &name);
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"dockscope-test"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings().clear();
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
}

std::unique_ptr<ui::MainWindow> tst_MainWindow::makeWindow(const QString &host)
{
    auto endpoint = core::parseEndpointUrl(host.isEmpty() ? TestEnv::host() : host);
    if (!endpoint)
        return {};
    auto w = std::make_unique<ui::MainWindow>(endpoint.value());
    w->resize(1400, 900);
    w->show();
    return w;
}

void tst_MainWindow::containerLifecycle()
{
    ScopedContainer c(u"ui-life"_s, {u"--memory"_s, u"64m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    auto w = makeWindow();
    QVERIFY(w);
    QTRY_COMPARE_WITH_TIMEOUT(w->connectionBar()->state(), core::DockerClient::ConnectionState::Connected, 20000);
    // The list shows the running container.
    QTRY_VERIFY_WITH_TIMEOUT(containerRow(w.get(), c.id()) >= 0, 20000);
    const int row = containerRow(w.get(), c.id());
    QCOMPARE(w->containerFilter()->index(row, core::ContainerListModel::NameColumn).data().toString(), c.name());
    QCOMPARE(w->containerFilter()->index(row, core::ContainerListModel::StateColumn).data().toString(), u"running"_s);

    // Open it by keyboard: select the row, press Enter.
    QTableView *view = w->containerView();
    view->setFocus();
    view->setCurrentIndex(w->containerFilter()->index(row, core::ContainerListModel::NameColumn));
    QTest::keyClick(view, Qt::Key_Return);
    ui::ContainerTab *tab = w->tabForContainer(c.id());
    QVERIFY(tab);
    QCOMPARE(w->tabs()->currentWidget(), tab);
    // Enter again focuses the same tab rather than opening a second one.
    const int tabCount = w->tabs()->count();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(w->tabs()->count(), tabCount);

    // Facts arrive; the memory chart gains points once a second, against the 64 MiB limit.
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasFacts(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(tab->memoryChart()->pointCount() >= 3, 20000);
    QVERIFY(tab->memoryChart()->hasLimit());
    QVERIFY(tab->isSampling());
    QVERIFY(tab->namespaceView()->model()->rowCount() > 0);
    QCOMPARE(tab->capabilityView()->model()->rowCount(), 41);

    // Stopped from outside: exited in the list and in the tab; sampling stops.
    QVERIFY(TestEnv::docker({u"stop"_s, u"-t"_s, u"1"_s, c.id()}).ok());
    QTRY_COMPARE_WITH_TIMEOUT(tab->state(), u"exited"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(w->containerFilter()->index(containerRow(w.get(), c.id()), core::ContainerListModel::StateColumn).data().toString(),
                              u"exited"_s, 20000);
    QVERIFY(tab->banner()->isVisible());
    QVERIFY(tab->banner()->text().contains(u"exited"_s));
    QVERIFY(w->tabs()->tabText(w->tabs()->indexOf(tab)).contains(u"exited"_s));
    QVERIFY(!tab->isSampling());

    // Removed: gone from the list, the tab says so and stays.
    QVERIFY(TestEnv::docker({u"rm"_s, u"-f"_s, c.id()}).ok());
    QTRY_VERIFY_WITH_TIMEOUT(tab->isGone(), 20000);
    QTRY_COMPARE(containerRow(w.get(), c.id()), -1);
    QVERIFY(tab->banner()->text().contains(u"removed"_s));
    QVERIFY(w->tabs()->tabText(w->tabs()->indexOf(tab)).contains(u"removed"_s));

    // Ctrl+W closes it.
    w->tabs()->setCurrentWidget(tab);
    QTest::keyClick(w.get(), Qt::Key_W, Qt::ControlModifier);
    QVERIFY(!w->tabForContainer(c.id()));
}

/// The window on the --userns-remap=default daemon: a default container's user namespace is
/// private, as remapping intends, and agrees with its declaration (the window once built its
/// collect context without the remap flag and showed every container as "disagrees").
void tst_MainWindow::remappedDaemon()
{
    ScopedContainer c(u"ui-remap"_s, {}, {u"sleep"_s, u"600"_s}, true, TestEnv::usernsHost());
    QVERIFY2(c.ok(), qPrintable(c.error()));
    auto w = makeWindow(TestEnv::usernsHost());
    QVERIFY(w);
    QTRY_COMPARE_WITH_TIMEOUT(w->connectionBar()->state(), core::DockerClient::ConnectionState::Connected, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(containerRow(w.get(), c.id()) >= 0, 20000);
    ui::ContainerTab *tab = w->openContainer(c.id());
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasFacts(), 20000);
    const core::NamespaceFact *user = nullptr;
    for (const core::NamespaceFact &n : tab->facts().namespaces.namespaces) {
        if (n.type == u"user"_s)
            user = &n;
    }
    QVERIFY(user);
    QCOMPARE(user->shared, std::optional<bool>(false));
    QCOMPARE(user->declaredShared, std::optional<bool>(false));
    QVERIFY(!user->disagrees);
    QCOMPARE(tab->facts().namespaces.rootMapsTo, std::optional<qint64>(100000));
}

void tst_MainWindow::checklistFilter()
{
    ScopedContainer c(u"ui-check"_s, {u"--cap-add"_s, u"SYS_ADMIN"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    auto w = makeWindow();
    QSignalSpy finished(w.get(), &ui::MainWindow::auditFinished);
    QVERIFY(finished.wait(60000));
    QVERIFY(w->checklistModel()->resultCount() > 0);
    ui::ChecklistPage *page = w->checklistPage();
    QTreeView *tree = page->view();
    const auto visibleChecks = [tree] {
        int n = 0;
        for (int s = 0; s < tree->model()->rowCount(); ++s)
            n += tree->model()->rowCount(tree->model()->index(s, 0));
        return n;
    };
    const int all = visibleChecks();
    QCOMPARE(all, w->checklistModel()->resultCount());
    // Filter to failures: only "fail" rows remain, fewer than all.
    page->statusFilter()->setCurrentIndex(page->statusFilter()->findData(int(core::CheckStatus::Fail)));
    const int failures = visibleChecks();
    QVERIFY(failures > 0); // a container with an added capability fails 5.3
    QVERIFY(failures < all);
    for (int s = 0; s < tree->model()->rowCount(); ++s) {
        const QModelIndex section = tree->model()->index(s, 0);
        for (int r = 0; r < tree->model()->rowCount(section); ++r)
            QCOMPARE(tree->model()->index(r, core::ChecklistModel::StatusColumn, section).data().toString(), u"fail"_s);
    }
    // Search by container name narrows further.
    page->statusFilter()->setCurrentIndex(0);
    QTest::keyClicks(page->searchField(), c.name());
    QVERIFY(visibleChecks() > 0);
    QVERIFY(visibleChecks() < all);
    // Ctrl+F on the checklist tab goes to the checklist's search.
    page->searchField()->clear();
    w->tabs()->setCurrentWidget(page);
    page->setFocus();
    QCOMPARE(visibleChecks(), all);
    // Re-run keeps working and never blocks: the event loop runs while it is busy.
    w->runAudit();
    QVERIFY(finished.wait(60000));
}

void tst_MainWindow::languageSwitch()
{
    auto w = makeWindow();
    w->setTranslationsDirectory(QStringLiteral(DOCKSCOPE_TEST_QM_DIR));
    // The checklist has the first tab; the host and daemon the second.
    const int host = w->tabs()->indexOf(w->hostPage());
    QCOMPARE(host, 1);
    QCOMPARE(w->tabs()->tabText(host), u"Host and daemon"_s);
    const auto headerOf = [&w] {
        return w->containerView()->model()->headerData(core::ContainerListModel::NameColumn, Qt::Horizontal).toString();
    };
    QCOMPARE(headerOf(), u"Name"_s);
    w->setLanguage(u"zh_CN"_s);
    QCOMPARE(w->tabs()->tabText(host), u"宿主机与守护进程"_s);
    QCOMPARE(headerOf(), u"名称"_s);
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"zh_CN"_s);
    w->setLanguage(u"en"_s);
    QCOMPARE(w->tabs()->tabText(host), u"Host and daemon"_s);
    QCOMPARE(headerOf(), u"Name"_s);
    // The choice is remembered for the next window.
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"en"_s);
}

namespace {
/// This host's files as a docker-group user reads them: another user's /proc/<pid>/ns and
/// /proc/<pid>/root are refused (the kernel's ptrace check), the rest is read. The tests run as
/// root, whom the kernel refuses nothing.
class UserViewHostFs final : public core::HostFs
{
public:
    core::Result<QByteArray> readFile(const QString &path) const override
    {
        if (refused(path))
            return denied(path);
        return m_fs.readFile(path);
    }
    core::Result<QString> readLink(const QString &path) const override
    {
        if (refused(path))
            return denied(path);
        return m_fs.readLink(path);
    }
    core::Result<core::FileStat> stat(const QString &path) const override { return m_fs.stat(path); }
    core::Result<QStringList> listDir(const QString &path) const override { return m_fs.listDir(path); }
    bool isLocal() const override { return true; }
    QString describe() const override { return m_fs.describe(); }

private:
    static bool refused(const QString &path)
    {
        return path.startsWith(u"/proc/"_s) && (path.contains(u"/ns/"_s) || path.contains(u"/root/"_s));
    }
    static core::Error denied(const QString &path)
    {
        return core::Error{core::ErrorCode::PermissionDenied, path + u": Permission denied"_s};
    }
    core::LocalHostFs m_fs;
};
} // namespace

void tst_MainWindow::privilegeBar()
{
    // A tab whose namespaces and own /proc/meminfo the user may not read says so once, and
    // offers the host-facts helper; the button asks the window to authenticate.
    ScopedContainer c(u"privileges"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const auto endpoint = core::parseEndpointUrl(TestEnv::host());
    QVERIFY(endpoint);
    core::DockerClient client(endpoint.value());
    ui::ContainerTabContext context;
    context.client = &client;
    context.hostFs = std::make_shared<UserViewHostFs>();
    context.collect.socketPath = TestEnv::socketPath();
    context.elevatable = std::make_shared<core::ElevatedHostFs>(TestEnv::socketPath());
    ui::ContainerTab tab(c.id(), c.name(), context);
    tab.resize(1280, 800);
    tab.show();
    QTRY_VERIFY_WITH_TIMEOUT(tab.hasFacts(), 30000);
    QVERIFY(tab.privilegeBar()->isVisible());
    auto *text = tab.privilegeBar()->findChild<QLabel *>();
    QVERIFY(text);
    QVERIFY2(text->text().contains(u"may not read this container's namespaces and its own /proc/meminfo"_s),
             qPrintable(text->text()));
    auto *button = tab.privilegeBar()->findChild<QPushButton *>(u"elevateButton"_s);
    QVERIFY(button);
    QCOMPARE(button->text(), u"Authenticate to read host facts"_s);
    QSignalSpy asked(&tab, &ui::ContainerTab::elevationRequested);
    button->click();
    QCOMPARE(asked.count(), 1);
    if (!qEnvironmentVariableIsEmpty("DOCKSCOPE_SCREENSHOT_DIR"))
        save(&tab, u"container-privileges.png"_s);

    // Where nothing is refused (root's own view) there is no bar.
    ui::ContainerTabContext rootContext = context;
    rootContext.hostFs = std::make_shared<core::LocalHostFs>();
    ui::ContainerTab rootTab(c.id(), c.name(), rootContext);
    rootTab.show();
    QTRY_VERIFY_WITH_TIMEOUT(rootTab.hasFacts(), 30000);
    QVERIFY(!rootTab.privilegeBar()->isVisible());
}

void tst_MainWindow::save(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DOCKSCOPE_SCREENSHOT_DIR");
    QVERIFY(widget->grab().save(QDir(dir).filePath(name)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
