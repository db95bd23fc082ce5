// SPDX-License-Identifier: GPL-3.0-or-later
// `dockscope --elevate` (issue 17) as an ordinary user in the docker group (dstest-elevate,
// created here), against the real test daemon:
//   - without pkexec (the Debian 12 leg: no polkit installed), it says that the host-facts
//     helper is unavailable and why, and goes on with what the user can read (namespaces
//     need root);
//   - with polkit (the Debian 13 guest: pkexec, polkitd), and a rule that this test writes to
//     authorise that user for org.dockscope.hostfacts without a prompt, the helper reads the
//     container's namespace inodes (the same as root reads) and its own /proc/meminfo;
//   - without that rule, polkit refuses (no agent can ask): a clear refusal, and the facts the
//     user can read.
// Root only (it creates the user and writes polkit's files); each test skips, with the reason,
// where its half does not apply.

#include "clirunner.h"
#include "common/testenv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace dockscope::test;

namespace {

const QString s_user = u"dstest-elevate"_s;
const QString s_actionFile = u"/usr/share/polkit-1/actions/org.dockscope.hostfacts.policy"_s;
const QString s_ruleFile = u"/etc/polkit-1/rules.d/60-dockscope-test-elevate.rules"_s;

int run(const QString &program, const QStringList &args, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromLocal8Bit(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QJsonObject namespaceOf(const QJsonObject &inspect, const QString &type)
{
    const QJsonArray namespaces = inspect.value(u"namespaces"_s).toArray();
    for (const auto &v : namespaces) {
        if (v.toObject().value(u"type"_s).toString() == type)
            return v.toObject();
    }
    return {};
}

/// The inode of /proc/<pid>/ns/<type> as root reads it ("net:[4026532265]").
qint64 rootInode(qint64 pid, const QString &type)
{
    const QString target = QFile::symLinkTarget(u"/proc/%1/ns/%2"_s.arg(pid).arg(type));
    const qsizetype open = target.indexOf(u'[');
    return open < 0 ? -1 : target.mid(open + 1).chopped(1).toLongLong();
}

} // namespace

class tst_CliElevate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unavailableWithoutPkexec();
    void elevatedByPolkitRule();
    void refusedWithoutRule();

private:
    /// `dockscope -H <test daemon> args…` as s_user.
    CliRun runAsUser(const QStringList &args) const;
    QJsonObject inspectAsUser(const QString &container, CliRun *run, QString *error) const;
    bool polkitHere(QString *why) const;
    QByteArray m_savedAction;
    bool m_hadAction = false;
};

void tst_CliElevate::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: creates the test user and writes polkit's rule");
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    // The test daemon's socket belongs to the docker group (tests/testdaemon.sh).
    QString out;
    if (run(u"getent"_s, {u"group"_s, u"docker"_s}) != 0)
        QSKIP("no docker group on this host: the test daemon's socket is root's only");
    if (run(u"getent"_s, {u"passwd"_s, s_user}) != 0) {
        QCOMPARE(run(u"useradd"_s, {u"--system"_s, u"--no-create-home"_s, u"--shell"_s, u"/bin/sh"_s, u"--groups"_s,
                                   u"docker"_s, u"--comment"_s, u"Dockscope elevate tests"_s, s_user},
                     &out),
                 0);
    }
    QVERIFY2(run(u"id"_s, {u"-nG"_s, s_user}, &out) == 0 && out.simplified().split(u' ').contains(u"docker"_s),
             qPrintable(out));
    m_hadAction = QFile::exists(s_actionFile);
    if (m_hadAction) {
        QFile f(s_actionFile);
        if (f.open(QIODevice::ReadOnly))
            m_savedAction = f.readAll();
    }
}

void tst_CliElevate::cleanupTestCase()
{
    QFile::remove(s_ruleFile);
    if (m_hadAction) {
        QFile f(s_actionFile);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(m_savedAction);
    } else {
        QFile::remove(s_actionFile);
    }
}

CliRun tst_CliElevate::runAsUser(const QStringList &args) const
{
    return CliRunner::run(QStringList{u"-H"_s, TestEnv::host()} + args, CliRunner::cleanEnvironment(),
                          {u"runuser"_s, u"-u"_s, s_user, u"--"_s});
}

QJsonObject tst_CliElevate::inspectAsUser(const QString &container, CliRun *r, QString *error) const
{
    *r = runAsUser({u"--elevate"_s, u"inspect"_s, container, u"--format"_s, u"json"_s});
    if (r->exitCode != 0) {
        *error = r->describe();
        return {};
    }
    QString parseError;
    const QJsonDocument doc = parseJson(r->out, &parseError);
    if (!parseError.isEmpty() || !doc.isObject()) {
        *error = parseError.isEmpty() ? r->describe() : parseError;
        return {};
    }
    return doc.object();
}

bool tst_CliElevate::polkitHere(QString *why) const
{
    if (QStandardPaths::findExecutable(u"pkexec"_s).isEmpty()) {
        *why = u"pkexec is not installed here (the Debian 13 guest has polkit)"_s;
        return false;
    }
    if (run(u"pgrep"_s, {u"-x"_s, u"polkitd"_s}) != 0
        && run(u"systemctl"_s, {u"start"_s, u"polkit.service"_s}) != 0) {
        *why = u"pkexec is installed but polkitd does not run and could not be started"_s;
        return false;
    }
    return true;
}

void tst_CliElevate::unavailableWithoutPkexec()
{
    if (!QStandardPaths::findExecutable(u"pkexec"_s).isEmpty())
        QSKIP("pkexec is installed here: elevatedByPolkitRule and refusedWithoutRule cover this host");
    ScopedContainer c(u"elevate-none"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    CliRun r;
    QString error;
    const QJsonObject o = inspectAsUser(c.name(), &r, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // What is missing and what to do, once, on stderr; the command still succeeds.
    QVERIFY2(r.err.contains(u"The host-facts helper is unavailable: pkexec is not installed: install the pkexec "
                            "package (polkit)"_s),
             qPrintable(r.describe()));
    QCOMPARE(o.value(u"hostFilesThroughHelper"_s).toBool(true), false);
    // What the user can read is there (the container's pid is verified by its cgroup or shim);
    // what needs root is said to, never made up.
    QCOMPARE(o.value(u"id"_s).toString(), c.id());
    const QJsonObject net = namespaceOf(o, u"net"_s);
    QVERIFY2(!net.isEmpty(), qPrintable(r.out.left(3000)));
    QVERIFY2(!net.value(u"inode"_s).isDouble(), QJsonDocument(net).toJson().constData());
    const QString code = net.value(u"unavailable"_s).toObject().value(u"inode"_s).toObject().value(u"code"_s).toString();
    QVERIFY2(code == u"needs-root"_s || code == u"permission-denied"_s, QJsonDocument(net).toJson().constData());
}

void tst_CliElevate::elevatedByPolkitRule()
{
    QString why;
    if (!polkitHere(&why))
        QSKIP(qPrintable(why));
    // The action as the build installs it, naming this build tree's helper.
    const QString action = QStringLiteral(DOCKSCOPE_POLKIT_ACTION_BUILD_PATH);
    QVERIFY2(QFile::exists(action), qPrintable(action));
    QFile::remove(s_actionFile);
    QVERIFY(QFile::copy(action, s_actionFile));
    {
        QFile rule(s_ruleFile);
        QVERIFY(rule.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rule.write("// written by Dockscope's tst_cli_elevate; removed when it ends\n"
                   "polkit.addRule(function(action, subject) {\n"
                   "    if (action.id == \"org.dockscope.hostfacts\" && subject.user == \"dstest-elevate\")\n"
                   "        return polkit.Result.YES;\n"
                   "});\n");
    }
    ScopedContainer c(u"elevate-rule"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));

    // polkitd reads new rules and actions when it sees them change: poll until it has.
    CliRun r;
    QString error;
    QJsonObject o;
    const bool elevated = QTest::qWaitFor(
        [&] {
            error.clear();
            o = inspectAsUser(c.name(), &r, &error);
            return error.isEmpty() && o.value(u"hostFilesThroughHelper"_s).toBool();
        },
        60000);
    QVERIFY2(elevated, qPrintable(error.isEmpty() ? r.describe() : error));
    QVERIFY2(!r.err.contains(u"unavailable"_s), qPrintable(r.describe()));

    // The same inodes root reads, for every namespace type the kernel has.
    for (const QString &type : {u"ipc"_s, u"mnt"_s, u"net"_s, u"pid"_s, u"uts"_s, u"user"_s}) {
        const qint64 expected = rootInode(c.pid(), type);
        if (expected < 0)
            continue;
        const QJsonObject n = namespaceOf(o, type);
        QVERIFY2(n.value(u"inode"_s).isDouble(), qPrintable(type + u": "_s + QString::fromUtf8(QJsonDocument(n).toJson())));
        QCOMPARE(n.value(u"inode"_s).toInteger(), expected);
        QVERIFY2(n.value(u"hostInode"_s).isDouble(), qPrintable(type + u": "_s + QString::fromUtf8(QJsonDocument(n).toJson())));
    }
    // The container's own /proc/meminfo, through the helper.
    const QJsonObject meminfo = o.value(u"meminfo"_s).toObject();
    QVERIFY2(meminfo.value(u"container"_s).toObject().value(u"memTotal"_s).toInteger() > 0,
             QJsonDocument(meminfo).toJson().constData());

    // The text output says once how the host files were read.
    const CliRun text = runAsUser({u"--elevate"_s, u"inspect"_s, c.name()});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"came through the host-facts helper"_s), qPrintable(text.describe()));
}

void tst_CliElevate::refusedWithoutRule()
{
    QString why;
    if (!polkitHere(&why))
        QSKIP(qPrintable(why));
    QFile::remove(s_ruleFile);
    if (!QFile::exists(s_actionFile))
        QVERIFY(QFile::copy(QStringLiteral(DOCKSCOPE_POLKIT_ACTION_BUILD_PATH), s_actionFile));
    ScopedContainer c(u"elevate-refused"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));

    // Until polkitd has dropped the rule, it may still say yes: poll until it refuses.
    CliRun r;
    QString error;
    QJsonObject o;
    const bool refused = QTest::qWaitFor(
        [&] {
            error.clear();
            o = inspectAsUser(c.name(), &r, &error);
            return error.isEmpty() && r.err.contains(u"The host-facts helper is unavailable"_s);
        },
        60000);
    QVERIFY2(refused, qPrintable(error.isEmpty() ? r.describe() : error));
    // No agent can ask here: polkit's refusal, said as such, with what pkexec printed.
    QVERIFY2(r.err.contains(u"polkit did not authorise it"_s) || r.err.contains(u"authentication was cancelled"_s),
             qPrintable(r.describe()));
    QCOMPARE(o.value(u"hostFilesThroughHelper"_s).toBool(true), false);
    QCOMPARE(o.value(u"id"_s).toString(), c.id());
    QVERIFY2(!namespaceOf(o, u"net"_s).value(u"inode"_s).isDouble(), qPrintable(r.out.left(3000)));
}

QTEST_GUILESS_MAIN(tst_CliElevate)
#include "tst_cli_elevate.moc"
