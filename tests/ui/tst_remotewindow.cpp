// SPDX-License-Identifier: GPL-3.0-or-later
// File → Connect… against the real test daemon: a unix:// profile (a socket "forwarded by
// hand", so no host access) opens a second window that lists that host's containers, says it
// has no host access, marks host-side facts unavailable and charts memory from the stats stream.
// With the profile's opt-in exec probes, the tab reads capabilities, meminfo and namespace
// inodes from inside the container instead (provenance exec).
#include "common/testenv.h"
#include "core/docker/endpoint.h"
#include "core/models/capabilitymodel.h"
#include "core/models/containerlistmodel.h"
#include "core/models/facttablemodel.h"
#include "core/models/memoryringbuffer.h"
#include "core/remote/connectionprofile.h"
#include "core/remote/remoteconnection.h"
#include "ui/mainwindow.h"
#include "ui/pages/containertab.h"
#include "ui/widgets/connectionbar.h"
#include "windowrows.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace dockscope;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

class tst_RemoteWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void forwardedSocketWindow();
    void execProbesFillFacts();
    void unreachableProfileFails();
};

void tst_RemoteWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"dockscope-test"_s);
    QCoreApplication::setApplicationName(u"tst_remotewindow"_s);
    QSettings().clear();
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
}

static core::ConnectionProfile forwardedProfile(const QString &url)
{
    core::ConnectionProfile profile;
    profile.id = u"test-forwarded"_s;
    profile.name = u"Forwarded test daemon"_s;
    profile.kind = core::ConnectionProfile::Kind::Unix;
    profile.url = url;
    return profile;
}

void tst_RemoteWindow::forwardedSocketWindow()
{
    ScopedContainer container(u"remotewin"_s, {u"--memory"_s, u"64m"_s});
    QVERIFY2(container.ok(), qPrintable(container.error()));

    // The local window is the one the user starts from; it reaches the same daemon.
    auto endpoint = core::parseEndpointUrl(TestEnv::host());
    QVERIFY(endpoint);
    ui::MainWindow local(endpoint.value());
    local.show();
    QSignalSpy opened(&local, &ui::MainWindow::remoteWindowOpened);
    QSignalSpy failed(&local, &ui::MainWindow::connectFailed);
    local.connectToProfile(forwardedProfile(TestEnv::host()));
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), "connecting to the unix:// profile failed");
    QPointer<ui::MainWindow> remote = opened.constFirst().constFirst().value<ui::MainWindow *>();
    QVERIFY(remote);
    QVERIFY(remote != &local);
    QVERIFY(remote->remoteConnection());
    remote->resize(1280, 800);

    // The host is always visible: profile name in the title and the bar, and no host access.
    QVERIFY2(remote->windowTitle().contains(u"Forwarded test daemon"_s), qPrintable(remote->windowTitle()));
    QVERIFY(remote->connectionBar()->endpointText().contains(u"Forwarded test daemon"_s));
    QVERIFY(!remote->hasHostAccess());
    QVERIFY(remote->connectionBar()->hostAccessLabel()->isVisible());
    QVERIFY2(remote->connectionBar()->hostAccessLabel()->text().contains(u"No host access"_s),
             qPrintable(remote->connectionBar()->hostAccessLabel()->text()));
    // The local window keeps host access (it is not the hand-forwarded profile).
    QVERIFY(local.hasHostAccess());
    QVERIFY(!local.connectionBar()->hostAccessLabel()->isVisible());

    // That host's containers are listed.
    QTRY_VERIFY_WITH_TIMEOUT(containerRow(remote, container.id()) >= 0, 60000);

    // Open it by keyboard: host-side facts are unavailable with a reason, memory comes from
    // the stats stream.
    remote->activateWindow();
    remote->containerView()->setFocus();
    remote->containerView()->setCurrentIndex(
        remote->containerFilter()->index(containerRow(remote, container.id()), core::ContainerListModel::NameColumn));
    QTest::keyClick(remote->containerView(), Qt::Key_Return);
    ui::ContainerTab *tab = remote->tabForContainer(container.id());
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasFacts(), 60000);
    QCOMPARE(tab->facts().inspect.hostConfig.memory, qint64(64) * 1024 * 1024);
    QVERIFY(!tab->facts().pidVerified.isKnown());
    QCOMPARE(tab->facts().pidVerified.source, core::Provenance::Unavailable);
    // Exec probes are off by default: the capability sets stay unavailable with a reason.
    QVERIFY(!remote->remoteConnection()->execProbesAllowed());
    QVERIFY(!tab->facts().capabilities.sets.isKnown());
    QCOMPARE(tab->facts().capabilities.sets.source, core::Provenance::Unavailable);
    QVERIFY(!tab->facts().meminfo.container.isKnown());
    for (const core::NamespaceFact &ns : tab->facts().namespaces.namespaces) {
        QVERIFY2(!ns.hostInode.isKnown(), qPrintable(ns.type));
        QCOMPARE(ns.hostInode.source, core::Provenance::Unavailable);
    }
    QTRY_VERIFY_WITH_TIMEOUT(tab->memoryBuffer() && tab->memoryBuffer()->samples().size() >= 2, 60000);
    // The note under the chart names the source, not the cgroup files it cannot read.
    bool saysStats = false;
    for (QLabel *label : tab->findChildren<QLabel *>()) {
        if (label->text().contains(u"stats stream"_s))
            saysStats = true;
        QVERIFY2(!label->text().contains(u"cgroup files"_s), qPrintable(label->text()));
    }
    QVERIFY(saysStats);
    // The time window items are whole phrases, not "Last 1 minute(s)".
    auto *window = tab->findChild<QComboBox *>(u"windowSelector"_s);
    QVERIFY(window);
    QCOMPARE(window->count(), 3);
    QCOMPARE(window->itemText(0), u"Last minute"_s);
    QCOMPARE(window->itemText(1), u"Last 5 minutes"_s);
    QCOMPARE(window->itemText(2), u"Last 15 minutes"_s);

    if (!qEnvironmentVariableIsEmpty("DOCKSCOPE_SCREENSHOT_DIR")) {
        remote->tabs()->setCurrentWidget(tab);
        tab->pages()->setCurrentIndex(1); // Memory: the stats-stream fallback and its note
        QTRY_VERIFY_WITH_TIMEOUT(tab->memoryBuffer()->samples().size() >= 4, 60000);
        const QString dir = qEnvironmentVariable("DOCKSCOPE_SCREENSHOT_DIR");
        QVERIFY(remote->grab().save(QDir(dir).filePath(u"remote-window.png"_s)));
    }

    // Closing the remote window deletes it (and its connection); the local one stays.
    remote->close();
    QTRY_VERIFY(remote.isNull());
    QVERIFY(local.isVisible());
}

// The row of the capability table for key ("CAP_CHOWN"), -1 if absent.
static int capabilityRow(const QAbstractItemModel *model, const QString &key)
{
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(core::FactTableModel::RowKeyRole).toString() == key)
            return r;
    }
    return -1;
}

void tst_RemoteWindow::execProbesFillFacts()
{
    ScopedContainer container(u"remoteexec"_s, {});
    QVERIFY2(container.ok(), qPrintable(container.error()));

    auto endpoint = core::parseEndpointUrl(TestEnv::host());
    QVERIFY(endpoint);
    ui::MainWindow local(endpoint.value());
    QSignalSpy opened(&local, &ui::MainWindow::remoteWindowOpened);
    QSignalSpy failed(&local, &ui::MainWindow::connectFailed);
    core::ConnectionProfile profile = forwardedProfile(TestEnv::host());
    profile.id = u"test-exec"_s;
    profile.execProbes = true;
    local.connectToProfile(profile);
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty() || !failed.isEmpty(), 60000);
    QVERIFY2(failed.isEmpty(), "connecting to the unix:// profile failed");
    QPointer<ui::MainWindow> remote = opened.constFirst().constFirst().value<ui::MainWindow *>();
    QVERIFY(remote);
    QVERIFY(!remote->hasHostAccess());
    QVERIFY(remote->remoteConnection()->execProbesAllowed());
    QTRY_VERIFY_WITH_TIMEOUT(containerRow(remote, container.id()) >= 0, 60000);

    ui::ContainerTab *tab = remote->openContainer(container.id());
    QVERIFY(tab);
    QTRY_VERIFY_WITH_TIMEOUT(tab->hasFacts(), 60000);
    // Still no host access: host-side facts stay unavailable.
    QCOMPARE(tab->facts().pidVerified.source, core::Provenance::Unavailable);

    // The exec probes arrive after the facts: capability sets from /proc/1/status inside the
    // container, Docker's default set (CAP_CHOWN effective, CAP_SYS_ADMIN not).
    QTRY_VERIFY_WITH_TIMEOUT(tab->facts().capabilities.sets.isKnown(), 60000);
    const core::CapabilityFacts &caps = tab->facts().capabilities;
    QCOMPARE(caps.sets.source, core::Provenance::Exec);
    QVERIFY(caps.sets.value->effective & (quint64(1) << 0));  // CAP_CHOWN
    QVERIFY(!(caps.sets.value->effective & (quint64(1) << 21))); // CAP_SYS_ADMIN
    QCOMPARE(caps.sets.value->bounding, caps.sets.value->effective); // root in the container
    // The container's own /proc/meminfo, and namespace inodes read with readlink.
    QVERIFY(tab->facts().meminfo.container.isKnown());
    QCOMPARE(tab->facts().meminfo.container.source, core::Provenance::Exec);
    QVERIFY(tab->facts().meminfo.container.value->value(u"MemTotal"_s) > 0);
    bool sawPidNs = false;
    for (const core::NamespaceFact &ns : tab->facts().namespaces.namespaces) {
        QVERIFY2(!ns.hostInode.isKnown(), qPrintable(ns.type));
        if (ns.type == "pid"_L1) {
            sawPidNs = true;
            QVERIFY(ns.inode.isKnown());
            QCOMPARE(ns.inode.source, core::Provenance::Exec);
            QVERIFY(*ns.inode.value > 0);
        }
    }
    QVERIFY(sawPidNs);

    // What the user sees: the capability table shows the effective set, not "unavailable".
    const QAbstractItemModel *capTable = tab->capabilityView()->model();
    const int chown = capabilityRow(capTable, u"CAP_CHOWN"_s);
    QVERIFY(chown >= 0);
    const QModelIndex effective = capTable->index(chown, core::CapabilityModel::EffectiveColumn);
    QVERIFY(!effective.data(core::FactTableModel::UnavailableRole).isValid());
    QVERIFY(!effective.data(Qt::DisplayRole).toString().isEmpty());
    const int sysAdmin = capabilityRow(capTable, u"CAP_SYS_ADMIN"_s);
    QVERIFY(sysAdmin >= 0);
    QVERIFY(!capTable->index(sysAdmin, core::CapabilityModel::EffectiveColumn)
                 .data(core::FactTableModel::UnavailableRole).isValid());
    QVERIFY(effective.data(Qt::DisplayRole) != capTable->index(sysAdmin, core::CapabilityModel::EffectiveColumn)
                                                  .data(Qt::DisplayRole));

    remote->close();
    QTRY_VERIFY(remote.isNull());
}

void tst_RemoteWindow::unreachableProfileFails()
{
    auto endpoint = core::parseEndpointUrl(TestEnv::host());
    QVERIFY(endpoint);
    ui::MainWindow local(endpoint.value());
    QSignalSpy opened(&local, &ui::MainWindow::remoteWindowOpened);
    QSignalSpy failed(&local, &ui::MainWindow::connectFailed);
    // A socket nobody listens on: no window, an error instead.
    local.connectToProfile(forwardedProfile(u"unix://"_s + QDir::tempPath() + u"/dockscope-no-such.sock"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 60000);
    QVERIFY(opened.isEmpty());
}

QTEST_MAIN(tst_RemoteWindow)
#include "tst_remotewindow.moc"
