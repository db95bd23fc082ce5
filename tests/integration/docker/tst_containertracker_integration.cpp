// SPDX-License-Identifier: GPL-3.0-or-later
// ContainerTracker against the real test daemon, including a daemon restart in the middle of
// the events stream (RUN_SERIAL: it restarts the shared plain daemon).

#include "common/testenv.h"
#include "core/docker/containertracker.h"
#include "core/docker/dockerclient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace dockscope::core;
using namespace dockscope::test;

class tst_ContainerTrackerIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void seesContainersComeAndGo();
    void recoversAfterDaemonRestart();

private:
    std::unique_ptr<DockerClient> m_client;
    std::unique_ptr<ContainerTracker> m_tracker;
};

void tst_ContainerTrackerIntegration::init()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    m_client = std::make_unique<DockerClient>(*parseEndpointUrl(TestEnv::host()));
    m_client->setRequestTimeout(10s);
    m_tracker = std::make_unique<ContainerTracker>(m_client.get());
    m_tracker->setBackoff(100ms, 1s);
    QSignalSpy live(m_tracker.get(), &ContainerTracker::liveChanged);
    m_tracker->start();
    QVERIFY(live.wait(10000));
    QVERIFY(m_tracker->isLive());
}

void tst_ContainerTrackerIntegration::cleanup()
{
    m_tracker.reset();
    m_client.reset();
}

void tst_ContainerTrackerIntegration::seesContainersComeAndGo()
{
    QSignalSpy added(m_tracker.get(), &ContainerTracker::containerAdded);
    QSignalSpy changed(m_tracker.get(), &ContainerTracker::containerChanged);
    QSignalSpy removed(m_tracker.get(), &ContainerTracker::containerRemoved);
    QString id;
    QString name;
    {
        // --network none: the test daemons run with --bridge=none, and Docker 26 refuses to
        // rename a container on the absent default bridge ("network bridge not found").
        ScopedContainer c(u"tracker"_s, {u"--network"_s, u"none"_s});
        QVERIFY2(c.ok(), qPrintable(c.error()));
        id = c.id();
        name = c.name();
        QTRY_VERIFY_WITH_TIMEOUT(m_tracker->container(id).has_value(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->container(id)->state, u"running"_s, 10000);
        QCOMPARE(m_tracker->container(id)->name, name);

        // A rename reaches the list as a change of the same id.
        const QString renamed = name + u"-renamed"_s;
        const DockerCliResult rename = TestEnv::docker({u"rename"_s, name, renamed});
        QVERIFY2(rename.ok(), rename.standardError.constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->container(id)->name, renamed, 10000);
        const DockerCliResult back = TestEnv::docker({u"rename"_s, renamed, name});   // so ScopedContainer removes it
        QVERIFY2(back.ok(), back.standardError.constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker->container(id)->name, name, 10000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!m_tracker->container(id).has_value(), 10000);
    int adds = 0;
    for (const QList<QVariant> &args : std::as_const(added))
        adds += args.first().value<ContainerSummary>().id == id ? 1 : 0;
    QCOMPARE(adds, 1); // created once: later events are changes, not new rows
    QVERIFY(!changed.isEmpty());
    QCOMPARE(removed.last().first().toString(), id);
}

void tst_ContainerTrackerIntegration::recoversAfterDaemonRestart()
{
    ScopedContainer before(u"before-restart"_s, {});
    QVERIFY2(before.ok(), qPrintable(before.error()));
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->container(before.id()).value_or(ContainerSummary{}).state,
                              u"running"_s, 10000);

    QSignalSpy live(m_tracker.get(), &ContainerTracker::liveChanged);
    QSignalSpy synced(m_tracker.get(), &ContainerTracker::synchronized);
    QSignalSpy changed(m_tracker.get(), &ContainerTracker::containerChanged);
    QSignalSpy removed(m_tracker.get(), &ContainerTracker::containerRemoved);

    QProcess restart;
    restart.start(TestEnv::daemonCtl(), {u"restart"_s, TestEnv::stateDir(), u"plain"_s});
    QVERIFY(restart.waitForFinished(90000));
    QVERIFY2(restart.exitCode() == 0, restart.readAllStandardError().constData());

    // Went down, came back, reloaded the list.
    QTRY_VERIFY_WITH_TIMEOUT(!live.isEmpty(), 10000);
    QCOMPARE(live.first().first().toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->isLive() && !synced.isEmpty(), 20000);

    // dockerd stops its containers on shutdown: the reload reports that as a change of the
    // same row, not as remove + add.
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->container(before.id()).has_value()
                                 && m_tracker->container(before.id())->state != u"running"_s, 10000);
    for (const QList<QVariant> &args : std::as_const(removed))
        QVERIFY(args.first().toString() != before.id());

    // And it is live again: a container created after the restart shows up.
    ScopedContainer after(u"after-restart"_s, {});
    QVERIFY2(after.ok(), qPrintable(after.error()));
    QTRY_VERIFY_WITH_TIMEOUT(m_tracker->container(after.id()).has_value(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_tracker->container(after.id())->state, u"running"_s, 10000);
}

QTEST_GUILESS_MAIN(tst_ContainerTrackerIntegration)
#include "tst_containertracker_integration.moc"
