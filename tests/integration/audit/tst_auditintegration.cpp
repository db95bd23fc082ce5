// SPDX-License-Identifier: GPL-3.0-or-later
// The audit against the real test daemons: containers built to pass and to fail each
// container check, including the cases where the obvious heuristic is wrong.
#include "common/auditwait.h"
#include "common/testenv.h"

#include "core/audit/auditor.h"
#include "core/audit/audittext.h"
#include "core/docker/dockerclient.h"
#include "core/facts/capabilities.h"
#include "core/facts/hostfs.h"
#include "core/models/capabilitymodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QScopeGuard>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <cstdio>
#include <memory>
#include <vector>

#include <unistd.h>

using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

Endpoint unixEndpoint(const QString &path)
{
    Endpoint e;
    e.kind = Endpoint::Kind::Unix;
    e.socketPath = path;
    return e;
}

/// Runs an audit to the end.
Result<AuditReport> audit(const QString &socketPath, const QStringList &names)
{
    DockerClient client(unixEndpoint(socketPath));
    return runAuditToEnd(&client, std::make_shared<LocalHostFs>(), names, 60000);
}

const CheckResult *result(const AuditReport &r, const QString &id, const QString &container = {})
{
    for (const CheckResult &c : r.results) {
        if (c.id == id && (container.isEmpty() || c.containerName == container))
            return &c;
    }
    return nullptr;
}

const ContainerFacts *factsOf(const AuditReport &r, const QString &name)
{
    for (const ContainerFacts &f : r.containers) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

/// "CAP_NET_RAW (effective), CAP_SETUID (bounding)" -> the names; "none" -> {}.
QStringList capabilityList(const CheckResult *r, const QString &key)
{
    QStringList out;
    for (const Evidence &e : r->evidence) {
        if (e.key != key || e.value == u"none"_s)
            continue;
        for (const QString &item : e.value.split(u", "_s))
            out << Capabilities::normalise(item.section(u' ', 0, 0));
    }
    return out;
}

QString describe(const CheckResult *r)
{
    if (!r)
        return u"(no result)"_s;
    QStringList ev;
    for (const Evidence &e : r->evidence)
        ev << e.key + u" = "_s + e.value;
    return u"%1 %2 [%3] %4: %5"_s.arg(r->id, r->containerName, checkStatusName(r->status), evidenceSourceName(r->source),
                                       ev.join(u" | "_s));
}

} // namespace

class tst_AuditIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!TestEnv::available(&why))
            QFAIL(qPrintable(why));
    }

    void plainDaemon()
    {
        const QString sock = TestEnv::socketPath();
        // A well-restricted container: every container check that can pass passes.
        ScopedContainer good(u"good"_s, {u"--read-only"_s, u"--memory"_s, u"32m"_s, u"--pids-limit"_s, u"50"_s,
                                         u"--cpu-shares"_s, u"512"_s, u"--security-opt"_s, u"no-new-privileges"_s,
                                         u"--cap-drop"_s, u"ALL"_s, u"--user"_s, u"1000"_s,
                                         u"--restart"_s, u"on-failure:3"_s, u"--health-cmd"_s, u"true"_s});
        // --user 1000 --cap-add SYS_ADMIN: CapEff 0, the bounding set still has it (5.4 trap).
        ScopedContainer sysadmin(u"sysadmin"_s, {u"--user"_s, u"1000"_s, u"--cap-add"_s, u"SYS_ADMIN"_s});
        ScopedContainer hostns(u"hostns"_s, {u"--pid"_s, u"host"_s, u"--ipc"_s, u"host"_s, u"--uts"_s, u"host"_s,
                                             u"--network"_s, u"host"_s});
        ScopedContainer unconfined(u"unconfined"_s, {u"--security-opt"_s, u"seccomp=unconfined"_s});
        ScopedContainer etc(u"etc"_s, {u"-v"_s, u"/etc:/host-etc"_s});
        // The daemon's socket under another name (5.32 trap): matched by inode.
        // A hard link: another name, the same inode.
        const QString alias = TestEnv::stateDir() + u"/ctl-"_s + QString::number(QCoreApplication::applicationPid());
        QFile::remove(alias);
        QCOMPARE(::link(QFile::encodeName(sock).constData(), QFile::encodeName(alias).constData()), 0);
        const auto unlinkAlias = qScopeGuard([&] { QFile::remove(alias); });
        ScopedContainer sockmount(u"sockmount"_s, {u"-v"_s, alias + u":/run/ctl.sock"_s});
        // A process whose command line is an sshd, seen through /containers/{id}/top.
        ScopedContainer sshd(u"sshd"_s, {}, {u"sh"_s, u"-c"_s,
                             u"printf '#!/bin/sh\\nsleep 600\\n' > /tmp/sshd && chmod +x /tmp/sshd && exec /tmp/sshd -D"_s});
        // Created, never started: privileged containers cannot start here.
        ScopedContainer privileged(u"privileged"_s, {u"--privileged"_s}, {u"sleep"_s, u"600"_s}, false);
        for (const ScopedContainer *c : {&good, &sysadmin, &hostns, &unconfined, &etc, &sockmount, &sshd, &privileged})
            QVERIFY2(c->ok(), qPrintable(c->name() + u": "_s + c->error()));

        const QStringList names{good.name(), sysadmin.name(), hostns.name(), unconfined.name(), etc.name(),
                                sockmount.name(), sshd.name(), privileged.name()};
        const Result<AuditReport> report = audit(sock, names);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().detail));
        const AuditReport &r = report.value();
        if (qEnvironmentVariableIsSet("DOCKSCOPE_AUDIT_DUMP"))     // to read the verdicts by eye
            std::fputs(qPrintable(formatAuditText(r, false)), stderr);
        QCOMPARE(r.containers.size(), names.size());

        // Every result has evidence and a status; unknown ones say why.
        for (const CheckResult &c : r.results) {
            QVERIFY2(!c.evidence.isEmpty(), qPrintable(describe(&c)));
            if (c.status == CheckStatus::Unknown)
                QVERIFY2(c.unknownReason.has_value(), qPrintable(describe(&c)));
            if (c.manual)
                QVERIFY2(c.status != CheckStatus::Pass, qPrintable(describe(&c)));
        }
        const auto expect = [&](const char *id, const QString &name, CheckStatus st) {
            const CheckResult *c = result(r, QString::fromLatin1(id), name);
            QVERIFY2(c && c->status == st, qPrintable(u"expected %1: "_s.arg(checkStatusName(st)) + describe(c)));
        };
        // The good one.
        for (const char *id : {"4.1", "5.4", "5.5", "5.6", "5.7", "5.10", "5.11", "5.12", "5.13", "5.15", "5.16", "5.17",
                               "5.21", "5.22", "5.26", "5.29", "5.31", "5.32", "DS-HOST-NS", "DS-DANGEROUS-CAPS", "DS-MEMINFO"})
            expect(id, good.name(), CheckStatus::Pass);
        QCOMPARE(result(r, u"5.11"_s, good.name())->source, EvidenceSource::Proc);
        QCOMPARE(result(r, u"5.26"_s, good.name())->source, EvidenceSource::Proc);
        // The failing ones.
        expect("5.4", sysadmin.name(), CheckStatus::Fail);
        QCOMPARE(result(r, u"5.4"_s, sysadmin.name())->source, EvidenceSource::Proc);
        expect("DS-DANGEROUS-CAPS", sysadmin.name(), CheckStatus::Fail);
        expect("4.1", sysadmin.name(), CheckStatus::Pass);
        for (const char *id : {"5.10", "5.16", "5.17", "5.21", "DS-HOST-NS"})
            expect(id, hostns.name(), CheckStatus::Fail);
        expect("5.22", unconfined.name(), CheckStatus::Fail);
        QCOMPARE(result(r, u"5.22"_s, unconfined.name())->source, EvidenceSource::Proc);
        expect("5.6", etc.name(), CheckStatus::Fail);
        expect("5.32", sockmount.name(), CheckStatus::Fail);
        expect("5.7", sshd.name(), CheckStatus::Fail);
        for (const char *id : {"5.11", "5.29", "5.13", "5.26", "4.1", "5.12"})
            expect(id, unconfined.name(), id == QByteArrayView("5.26") || id == QByteArrayView("5.13") || id == QByteArrayView("4.1")
                                              || id == QByteArrayView("5.12") ? CheckStatus::Warn : CheckStatus::Fail);
        // Created but not started: declared facts decide, and say so.
        expect("5.5", privileged.name(), CheckStatus::Fail);
        expect("5.4", privileged.name(), CheckStatus::Fail);
        expect("5.22", privileged.name(), CheckStatus::Fail);
        QCOMPARE(result(r, u"5.5"_s, privileged.name())->source, EvidenceSource::Api);
        expect("5.7", privileged.name(), CheckStatus::Info);
        // One definition of a dangerous capability: the checklist and the Capabilities tab's
        // model name the same ones, for a container with Docker's default set (unconfined
        // only loses seccomp) and for one with SYS_ADMIN added.
        for (const ScopedContainer *c : {&unconfined, &sysadmin}) {
            const CheckResult *caps = result(r, u"DS-DANGEROUS-CAPS"_s, c->name());
            const ContainerFacts *facts = factsOf(r, c->name());
            QVERIFY2(caps && facts, qPrintable(c->name()));
            CapabilityModel model;
            model.setFacts(facts->capabilities);
            QCOMPARE(capabilityList(caps, u"dangerous capabilities"_s), model.held(CapabilityRisk::Dangerous));
            QCOMPARE(capabilityList(caps, u"default, risky capabilities"_s), model.held(CapabilityRisk::Risky, true));
        }
        QCOMPARE(result(r, u"DS-DANGEROUS-CAPS"_s, unconfined.name())->status, CheckStatus::Pass);
        QCOMPARE(capabilityList(result(r, u"DS-DANGEROUS-CAPS"_s, unconfined.name()), u"default, risky capabilities"_s),
                 Capabilities::names(Capabilities::defaultRiskyMask()));
        QCOMPARE(capabilityList(result(r, u"DS-DANGEROUS-CAPS"_s, sysadmin.name()), u"dangerous capabilities"_s),
                 QStringList{u"CAP_SYS_ADMIN"_s});
        // The daemon connected to: plain daemon, no userns, its own socket.
        expect("2.9", {}, CheckStatus::Warn);
        const CheckResult *sockCheck = result(r, u"DS-SOCKET-ACCESS"_s);
        QVERIFY2(sockCheck && sockCheck->evidence.at(0).key == sock, qPrintable(describe(sockCheck)));
        const CheckResult *iptables = result(r, u"2.4"_s);
        QVERIFY2(iptables && iptables->status == CheckStatus::Warn, qPrintable(describe(iptables)));   // --iptables=false
        // 1.1.5 watches the data root of the daemon connected to, not /var/lib/docker.
        const CheckResult *root = result(r, u"1.1.5"_s);
        QVERIFY2(root && root->evidence.at(0).value.startsWith(TestEnv::stateDir()), qPrintable(describe(root)));
    }

    void usernsDaemon()
    {
        const QString host = TestEnv::usernsHost();
        ScopedContainer remapped(u"remapped"_s, {}, {u"sleep"_s, u"600"_s}, true, host);
        ScopedContainer hostUser(u"hostuser"_s, {u"--userns"_s, u"host"_s}, {u"sleep"_s, u"600"_s}, true, host);
        QVERIFY2(remapped.ok(), qPrintable(remapped.error()));
        QVERIFY2(hostUser.ok(), qPrintable(hostUser.error()));
        const Result<AuditReport> report = audit(TestEnv::usernsSocketPath(), {remapped.name(), hostUser.name()});
        QVERIFY2(report, qPrintable(report ? QString() : report.error().detail));
        const AuditReport &r = report.value();
        const auto status = [&](const char *id, const QString &name) {
            const CheckResult *c = result(r, QString::fromLatin1(id), name);
            return c ? c->status : CheckStatus::Unknown;
        };
        QCOMPARE(status("2.9", {}), CheckStatus::Pass);
        QCOMPARE(status("DS-USERNS", {}), CheckStatus::Pass);
        QVERIFY2(status("5.31", remapped.name()) == CheckStatus::Pass, qPrintable(describe(result(r, u"5.31"_s, remapped.name()))));
        QVERIFY2(status("5.31", hostUser.name()) == CheckStatus::Fail, qPrintable(describe(result(r, u"5.31"_s, hostUser.name()))));
        // Root in the remapped container is not root on the host, but 4.1 is about the
        // container's own user: uid 0 inside.
        QVERIFY2(status("4.1", remapped.name()) == CheckStatus::Warn, qPrintable(describe(result(r, u"4.1"_s, remapped.name()))));
    }

    void concurrentAudits()
    {
        // Several audits at once (a local and a remote window, a superseded run still in its
        // worker): each used to wait, on a thread of the audit pool, for per-container work
        // queued in that same pool. With as many audits as threads, nothing was left to run
        // that work: every audit hung, and so did the application's exit.
        ScopedContainer a(u"concurrent"_s, {});
        ScopedContainer b(u"concurrent"_s, {u"--memory"_s, u"32m"_s});
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.error() + b.error()));
        DockerClient client(unixEndpoint(TestEnv::socketPath()));
        const int runs = 2 * QThread::idealThreadCount() + 1;
        std::vector<std::unique_ptr<AuditRunner>> runners;
        int finished = 0;
        int succeeded = 0;
        for (int i = 0; i < runs; ++i) {
            runners.push_back(std::make_unique<AuditRunner>(&client, std::make_shared<LocalHostFs>()));
            connect(runners.back().get(), &AuditRunner::finished, this, [&](const Result<AuditReport> &r) {
                ++finished;
                if (r && r->containers.size() == 2)
                    ++succeeded;
            });
        }
        for (const auto &runner : runners)
            runner->run({a.name(), b.name()});
        QTRY_COMPARE_WITH_TIMEOUT(finished, runs, 120000);
        QCOMPARE(succeeded, runs);
    }

    void unreachable()
    {
        const Result<AuditReport> report = audit(u"/nonexistent/docker.sock"_s, {});
        QVERIFY(!report);
        QCOMPARE(report.error().code, ErrorCode::DaemonUnreachable);
    }
};

QTEST_GUILESS_MAIN(tst_AuditIntegration)
#include "tst_auditintegration.moc"
