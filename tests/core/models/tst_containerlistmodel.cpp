// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/containerlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace dockscope::core;
using namespace Qt::StringLiterals;

class tst_ContainerListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void liveUpdatesAreRowOperations();
    void badges_data();
    void badges();
    void proxyKeepsSortAndFilter();
};

static ContainerSummary summary(const QString &id, const QString &name, const QString &state)
{
    ContainerSummary c;
    c.id = id;
    c.name = name;
    c.image = u"dockscope-test:1"_s;
    c.state = state;
    c.created = 1700000000;
    return c;
}

void tst_ContainerListModel::liveUpdatesAreRowOperations()
{
    ContainerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    model.resetContainers({summary(u"a"_s, u"alpha"_s, u"running"_s)});
    QCOMPARE(resets.size(), 1);
    model.upsertContainer(summary(u"b"_s, u"beta"_s, u"running"_s));
    QCOMPARE(inserts.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    // A state change is a dataChanged on that row, never a reset.
    model.upsertContainer(summary(u"a"_s, u"alpha"_s, u"exited"_s));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.data(model.index(model.rowOfId(u"a"_s), ContainerListModel::StateColumn)).toString(), u"exited"_s);
    model.removeContainer(u"a"_s);
    QCOMPARE(removes.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.idAt(0), u"b"_s);
    QCOMPARE(model.rowOfId(u"b"_s), 0);
    QCOMPARE(resets.size(), 1);
    // Removing an unknown id is harmless.
    model.removeContainer(u"zzz"_s);
    QCOMPARE(removes.size(), 1);
}

void tst_ContainerListModel::badges_data()
{
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("variant");
    // A plain container: no limit and root (the image default) are already findings.
    QTest::addRow("plain") << int(ContainerListModel::NoMemoryLimit | ContainerListModel::RunsAsRoot) << 0;
    // --memory 64m --user 1000: nothing to report.
    QTest::addRow("limited non-root") << int(ContainerListModel::NoBadge) << 1;
    // --cap-add SYS_ADMIN --pid host: added caps and host namespaces.
    QTest::addRow("sys_admin pid host")
        << int(ContainerListModel::AddedCapabilities | ContainerListModel::HostNamespaces | ContainerListModel::NoMemoryLimit | ContainerListModel::RunsAsRoot) << 2;
    // The socket bind-mounted, user "0:0" counts as root.
    QTest::addRow("socket mount uid 0")
        << int(ContainerListModel::DockerSocketMounted | ContainerListModel::RunsAsRoot) << 3;
    QTest::addRow("privileged")
        << int(ContainerListModel::Privileged | ContainerListModel::NoMemoryLimit | ContainerListModel::RunsAsRoot) << 4;
    // --cap-drop ALL --cap-add net_bind_service: a default capability given back after dropping
    // all hardens the container; no "added capabilities" badge.
    QTest::addRow("drop all, default cap back")
        << int(ContainerListModel::NoMemoryLimit | ContainerListModel::RunsAsRoot) << 5;
}

void tst_ContainerListModel::badges()
{
    QFETCH(int, expected);
    QFETCH(int, variant);
    ContainerInspect in;
    in.id = u"x"_s;
    switch (variant) {
    case 1:
        in.hostConfig.memory = 64 << 20;
        in.config.user = u"1000"_s;
        break;
    case 2:
        in.hostConfig.capAdd = {u"SYS_ADMIN"_s};
        in.hostConfig.pidMode = u"host"_s;
        break;
    case 3:
        in.hostConfig.memory = 1 << 30;
        in.config.user = u"0:0"_s;
        in.hostConfig.binds = {u"/var/run/docker.sock:/var/run/docker.sock"_s};
        break;
    case 4:
        in.hostConfig.privileged = true;
        break;
    case 5:
        in.hostConfig.capDrop = {u"ALL"_s};
        in.hostConfig.capAdd = {u"net_bind_service"_s};
        break;
    default:
        break;
    }
    QStringList added;
    QCOMPARE(int(ContainerListModel::badgesFor(in, &added)), expected);
    if (variant == 2)
        QCOMPARE(added, QStringList{u"CAP_SYS_ADMIN"_s});
}

void tst_ContainerListModel::proxyKeepsSortAndFilter()
{
    ContainerListModel model;
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(ContainerListModel::SortRole);
    proxy.setFilterRole(ContainerListModel::FilterRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setDynamicSortFilter(true);
    proxy.sort(ContainerListModel::NameColumn);
    model.resetContainers({summary(u"1"_s, u"zeta"_s, u"running"_s), summary(u"2"_s, u"alpha"_s, u"exited"_s)});
    QCOMPARE(proxy.index(0, ContainerListModel::NameColumn).data().toString(), u"alpha"_s);
    model.upsertContainer(summary(u"3"_s, u"mid"_s, u"running"_s));
    QCOMPARE(proxy.index(1, ContainerListModel::NameColumn).data().toString(), u"mid"_s);
    proxy.setFilterFixedString(u"exited"_s);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(u"ZET"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ContainerListModel::NameColumn).data().toString(), u"zeta"_s);
}

QTEST_GUILESS_MAIN(tst_ContainerListModel)
#include "tst_containerlistmodel.moc"
