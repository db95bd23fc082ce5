// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testenv.h"
#include "core/docker/dockerclient.h"
#include "core/docker/endpoint.h"
#include "core/facts/containerfactsloader.h"
#include "core/facts/hostfs.h"

#include <QSignalSpy>
#include <QTest>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

class TestContainerFactsLoader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loads();
    void staleResultsDropped();
    void unknownContainerFails();
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
} // namespace

void TestContainerFactsLoader::loads()
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

void TestContainerFactsLoader::staleResultsDropped()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    ScopedContainer first(u"loader-a"_s, {});
    ScopedContainer second(u"loader-b"_s, {});
    QVERIFY(first.ok() && second.ok());
    auto docker = client();
    ContainerFactsLoader loader(docker.get(), nullptr, context());
    QSignalSpy ready(&loader, &ContainerFactsLoader::factsReady);
    loader.load(first.id());
    loader.load(second.id());   // supersedes the first: only the second may report
    QVERIFY(ready.wait(30000));
    QCOMPARE(ready.at(0).at(0).value<ContainerFacts>().id, second.id());
    // no host access: declared values only
    QCOMPARE(ready.at(0).at(0).value<ContainerFacts>().capabilities.sets.why.code, ErrorCode::Unavailable);
    QVERIFY(!ready.wait(1500)); // the superseded load never reports
    QCOMPARE(ready.count(), 1);
}

void TestContainerFactsLoader::unknownContainerFails()
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

QTEST_GUILESS_MAIN(TestContainerFactsLoader)
#include "tst_containerfactsloader.moc"
