// SPDX-License-Identifier: GPL-3.0-or-later
// The opt-in exec probes against the real test daemon: fixed argv commands inside a container,
// facts filled with Provenance::Exec.

#include "core/docker/dockerclient.h"
#include "core/remote/execprobe.h"
#include "common/testenv.h"

#include <QDeadlineTimer>
#include <QTest>

#include <optional>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

class tst_ExecProbe : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fillsFactsWithExecProvenance();
};

void tst_ExecProbe::initTestCase()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
}

void tst_ExecProbe::fillsFactsWithExecProvenance()
{
    ScopedContainer c(u"execprobe"_s, {u"--cap-drop"_s, u"ALL"_s, u"--cap-add"_s, u"NET_ADMIN"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const Result<Endpoint> endpoint = parseEndpointUrl(TestEnv::host());
    QVERIFY(endpoint.has_value());
    DockerClient client(endpoint.value());

    // The command list is fixed and read-only: cat and readlink, argv arrays, no shell.
    for (const QStringList &argv : ExecProbe::commands()) {
        QVERIFY(argv.first() == u"cat"_s || argv.first() == u"readlink"_s);
        QVERIFY(argv.size() == 2 && argv.at(1).startsWith(u"/proc/"_s));
    }

    std::optional<ExecProbe::Outputs> outputs;
    QObject context;
    ExecProbe::run(&client, c.id(), &context, [&outputs](ExecProbe::Outputs o) { outputs = std::move(o); });
    QDeadlineTimer deadline(60000);
    while (!outputs && !deadline.hasExpired())
        QTest::qWait(10);
    QVERIFY(outputs);
    QCOMPARE(outputs->byCommand.size(), ExecProbe::commands().size());

    ContainerFacts facts;
    facts.id = c.id();
    ExecProbe::apply(*outputs, &facts);
    QVERIFY(facts.capabilities.sets.isKnown());
    QCOMPARE(facts.capabilities.sets.source, Provenance::Exec);
    // --cap-drop ALL --cap-add NET_ADMIN: the bounding set is exactly CAP_NET_ADMIN (12).
    QCOMPARE(facts.capabilities.sets.value->bounding, quint64(1) << 12);
    QVERIFY(facts.meminfo.container.isKnown());
    QCOMPARE(facts.meminfo.container.source, Provenance::Exec);
    QVERIFY(facts.meminfo.container.value->value(u"MemTotal"_s) > 0);
    // Inside the container, root may read its own PID 1's namespace links.
    bool netSeen = false;
    for (const NamespaceFact &ns : std::as_const(facts.namespaces.namespaces)) {
        if (ns.type == u"net"_s) {
            netSeen = true;
            QVERIFY(ns.inode.isKnown());
            QCOMPARE(ns.inode.source, Provenance::Exec);
        }
    }
    QVERIFY(netSeen);
}

QTEST_GUILESS_MAIN(tst_ExecProbe)
#include "tst_execprobe.moc"
