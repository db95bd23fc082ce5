// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testenv.h"
#include "core/audit/auditor.h"
#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/facts/containerfactsloader.h"
#include "core/facts/hostfs.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

class tst_ContainerFactsLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loads();
    void staleResultsDropped();
    void unknownContainerFails();
    void auditsDoNotHoldUpFacts();
    void ownerGoneMidLoad();
};

namespace {
std::unique_ptr<DockerClient> client()
{
    const Result<Endpoint> e = parseEndpointUrl(TestEnv::host());
    return e ? std::make_unique<DockerClient>(*e) : nullptr;
}
CollectContext context()
{
    CollectContext c;
    c.socketPath = TestEnv::socketPath();
    return c;
}

/// The local host, but the first host file access of any worker waits until open(): holds a
/// load's collection in flight for as long as the test needs.
class GatedHostFs final : public HostFs
{
public:
    bool entered() const { return m_entered.load(); }
    void open() const
    {
        if (!m_open.exchange(true))
            m_gate.release(1000);
    }

    Result<QByteArray> readFile(const QString &path) const override
    {
        wait();
        return m_fs.readFile(path);
    }
    Result<QString> readLink(const QString &path) const override
    {
        wait();
        return m_fs.readLink(path);
    }
    Result<FileStat> stat(const QString &path) const override
    {
        wait();
        return m_fs.stat(path);
    }
    Result<QStringList> listDir(const QString &path) const override
    {
        wait();
        return m_fs.listDir(path);
    }
    void prefetch(const QStringList &paths) const override
    {
        wait();
        m_fs.prefetch(paths);
    }
    bool isLocal() const override { return true; }
    QString describe() const override { return m_fs.describe(); }

private:
    void wait() const
    {
        if (m_open.load())
            return;
        m_entered.store(true);
        // bounded: a failing test must not leave the pool blocked for ever
        if (m_gate.tryAcquire(1, 60000))
            m_gate.release();
    }
    LocalHostFs m_fs;
    mutable QSemaphore m_gate;
    mutable std::atomic<bool> m_entered{false};
    mutable std::atomic<bool> m_open{false};
};
} // namespace

void tst_ContainerFactsLoader::loads()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    ScopedContainer c(u"loader"_s, {u"--memory"_s, u"32m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    auto docker = client();
    QVERIFY(docker);
    ContainerFactsLoader loader(docker.get(), std::make_shared<const LocalHostFs>(), context());
    QSignalSpy ready(&loader, &ContainerFactsLoader::factsReady);
    QSignalSpy failed(&loader, &ContainerFactsLoader::failed);
    loader.load(c.name());
    QVERIFY(loader.isLoading());
    QVERIFY(ready.wait(30000));
    QCOMPARE(failed.count(), 0);
    const auto facts = ready.at(0).at(0).value<ContainerFacts>();
    QCOMPARE(facts.id, c.id());
    QCOMPARE(facts.cgroup.memory.limit.value.value_or(Limit()).value_or(-1), 33554432);
    QVERIFY(!loader.isLoading());
    QVERIFY(loader.hostFacts());
}

void tst_ContainerFactsLoader::staleResultsDropped()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    ScopedContainer first(u"loader-a"_s, {});
    ScopedContainer second(u"loader-b"_s, {});
    QVERIFY(first.ok() && second.ok());
    auto docker = client();
    auto fs = std::make_shared<GatedHostFs>();
    auto openGate = qScopeGuard([fs] { fs->open(); });  // never leave a worker blocked
    ContainerFactsLoader loader(docker.get(), fs, context());
    QSignalSpy ready(&loader, &ContainerFactsLoader::factsReady);
    QSignalSpy failed(&loader, &ContainerFactsLoader::failed);

    // The first load gets as far as its worker, which then waits inside the host file reads…
    loader.load(first.id());
    QVERIFY(QTest::qWaitFor([&fs] { return fs->entered(); }, 30000));
    // …while the second load supersedes it; only then may the first worker finish.
    loader.load(second.id());
    fs->open();
    QVERIFY(ready.wait(30000));

    // Drain deterministically: both workers have returned once the pool is idle; their
    // continuations are then events posted to this thread, delivered here.
    QThreadPool::globalInstance()->waitForDone();
    for (int pass = 0; pass < 3; ++pass) {     // a delivered continuation may post once more
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    QCOMPARE(failed.count(), 0);
    QCOMPARE(ready.count(), 1);   // the superseded load never reports
    const auto facts = ready.at(0).at(0).value<ContainerFacts>();
    QCOMPARE(facts.id, second.id());
    QVERIFY(facts.pidVerified.value.value_or(false));
}

void tst_ContainerFactsLoader::unknownContainerFails()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    auto docker = client();
    ContainerFactsLoader loader(docker.get(), nullptr, context());
    QSignalSpy failed(&loader, &ContainerFactsLoader::failed);
    loader.load(u"dstest-no-such-container"_s);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.at(0).at(0).value<Error>().code, ErrorCode::NotFound);
}

void tst_ContainerFactsLoader::auditsDoNotHoldUpFacts()
{
    // A window runs the daemon audit when it connects; on a big or slow host its worker reads
    // host files for a long time. A container tab opened meanwhile must get its facts at once,
    // however many audits are in flight (each window runs one; closed windows' may still run).
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    ScopedContainer c(u"loader-audit"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    auto docker = client();
    QVERIFY(docker);
    auto slowHost = std::make_shared<GatedHostFs>();
    auto openGate = qScopeGuard([slowHost] { slowHost->open(); });  // never leave a worker blocked

    // As many audits as the global pool has threads, each held inside its host file reads.
    const int audits = qMax(2, QThreadPool::globalInstance()->maxThreadCount());
    std::vector<std::unique_ptr<AuditRunner>> runners;
    for (int i = 0; i < audits; ++i) {
        runners.push_back(std::make_unique<AuditRunner>(docker.get(), slowHost));
        runners.back()->run({c.name()});
    }
    QVERIFY(QTest::qWaitFor([&slowHost] { return slowHost->entered(); }, 30000));

    ContainerFactsLoader loader(docker.get(), std::make_shared<const LocalHostFs>(), context());
    QSignalSpy ready(&loader, &ContainerFactsLoader::factsReady);
    QSignalSpy failed(&loader, &ContainerFactsLoader::failed);
    loader.load(c.id());
    // The gate stays shut for 60 s: facts that queue behind the audits arrive only after it.
    QVERIFY2(ready.wait(30000), "the container's facts waited for the audits in flight");
    QCOMPARE(failed.count(), 0);
    QVERIFY(runners.front()->isRunning());
    QCOMPARE(ready.at(0).at(0).value<ContainerFacts>().id, c.id());

    // Windows closing: their runners go and the gate opens; the cancelled workers stop at
    // their next stage, so the audit pool drains instead of finishing work nobody wants.
    runners.clear();
    slowHost->open();
}

void tst_ContainerFactsLoader::ownerGoneMidLoad()
{
    // A tab closed, or a window closed during its audit, while the worker still reads: the
    // worker's result goes nowhere, without a crash or a call into the destroyed owner (Qt 6.4's
    // QFuture::then(context) asserts when the context dies first).
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    ScopedContainer c(u"loader-gone"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    auto docker = client();
    auto fs = std::make_shared<GatedHostFs>();
    auto openGate = qScopeGuard([fs] { fs->open(); });
    auto loader = std::make_unique<ContainerFactsLoader>(docker.get(), fs, context());
    auto runner = std::make_unique<AuditRunner>(docker.get(), fs);
    loader->load(c.id());
    runner->run({c.name()});
    QVERIFY(QTest::qWaitFor([&fs] { return fs->entered(); }, 30000));
    loader.reset();
    runner.reset();
    fs->open();
    QThreadPool::globalInstance()->waitForDone();
    for (int pass = 0; pass < 3; ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    // Still usable afterwards: a new loader gets its facts.
    ContainerFactsLoader again(docker.get(), std::make_shared<const LocalHostFs>(), context());
    QSignalSpy ready(&again, &ContainerFactsLoader::factsReady);
    again.load(c.id());
    QVERIFY(ready.wait(30000));
}

QTEST_GUILESS_MAIN(tst_ContainerFactsLoader)
#include "tst_containerfactsloader.moc"
