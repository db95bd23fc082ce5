// SPDX-License-Identifier: GPL-3.0-or-later
// The `dockscope` command line without a daemon: --version, --help, usage errors (exit 2),
// unreachable daemons (exit 3), languages, and no GUI without a display.

#include "clirunner.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using dockscope::test::CliRun;
using dockscope::test::CliRunner;

class tst_Cli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help_data();
    void help();
    void usageErrors_data();
    void usageErrors();
    void unreachable_data();
    void unreachable();
    void chineseHelp_data();
    void chineseHelp();
    void noDisplayNoGui();
    void untrustedTls_data();
    void untrustedTls();

private:
    bool openssl(const QStringList &args);
    QTemporaryDir m_tmp;
};

bool tst_Cli::openssl(const QStringList &args)
{
    QProcess p;
    p.setWorkingDirectory(m_tmp.path());
    p.start(u"openssl"_s, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAllStandardError();
        return false;
    }
    return true;
}

void tst_Cli::initTestCase()
{
    QVERIFY2(QFileInfo(CliRunner::binary()).isExecutable(), qPrintable(CliRunner::binary()));
    QVERIFY(m_tmp.isValid());
}

void tst_Cli::version()
{
    // Nothing listens on this socket: --version still succeeds and says so.
    const QString sock = m_tmp.filePath(u"none.sock"_s);
    const CliRun r = CliRunner::run({u"-H"_s, u"unix://"_s + sock, u"--version"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"Dockscope %1"_s.arg(QStringLiteral(DOCKSCOPE_VERSION))), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Qt %1"_s.arg(QString::fromLatin1(qVersion()))), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"HTTP parser: %1"_s.arg(QStringLiteral(DOCKSCOPE_HTTP_PARSER_NAME))), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"KSyntaxHighlighting"_s) || r.out.contains(u"built-in highlighter"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(QRegularExpression(u"Docker Engine API: up to 1\\.\\d+"_s)), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"not reachable at unix://"_s + sock), qPrintable(r.out));
}

void tst_Cli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("--help lists commands and global options")
        << QStringList{u"--help"_s}
        << QStringList{u"list"_s, u"inspect"_s, u"audit"_s, u"report"_s, u"--host"_s, u"--context"_s, u"--lang"_s, u"Exit codes"_s};
    QTest::addRow("-h is --help") << QStringList{u"-h"_s} << QStringList{u"--host"_s, u"report"_s};
    // The docker CLI's TLS flags, with the same names.
    QTest::addRow("--help lists the TLS options")
        << QStringList{u"--help"_s}
        << QStringList{u"--tls"_s, u"--tlsverify"_s, u"--tlscacert"_s, u"--tlscert"_s, u"--tlskey"_s};
    QTest::addRow("a command's help has its own flags")
        << QStringList{u"list"_s, u"--help"_s} << QStringList{u"--all"_s, u"--format"_s, u"--host"_s};
    QTest::addRow("inspect --help") << QStringList{u"inspect"_s, u"--help"_s} << QStringList{u"NAME|ID"_s, u"--format"_s};
    QTest::addRow("audit --help")
        << QStringList{u"audit"_s, u"--help"_s} << QStringList{u"--container"_s, u"--fail-on"_s, u"--format"_s};
    QTest::addRow("report --help")
        << QStringList{u"report"_s, u"--help"_s}
        << QStringList{u"--output"_s, u"--format"_s, u"--sample-seconds"_s, u"--container"_s, u"--lang"_s};
    // Global options before the command are accepted together with the command's --help.
    QTest::addRow("global option before the command")
        << QStringList{u"-H"_s, u"unix:///nowhere.sock"_s, u"audit"_s, u"-h"_s} << QStringList{u"--fail-on"_s};
}

void tst_Cli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expected);
    const CliRun r = CliRunner::run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const QString &word : expected)
        QVERIFY2(r.out.contains(word), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(word, r.out)));
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");   // in stderr
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << u"frobnicate"_s;
    QTest::addRow("unknown option") << QStringList{u"list"_s, u"--bogus"_s} << u"bogus"_s;
    QTest::addRow("unknown list format") << QStringList{u"list"_s, u"--format"_s, u"yaml"_s} << u"yaml"_s;
    QTest::addRow("inspect without a name") << QStringList{u"inspect"_s} << u"inspect --help"_s;
    QTest::addRow("inspect with two names") << QStringList{u"inspect"_s, u"a"_s, u"b"_s} << u"b"_s;
    QTest::addRow("unknown audit format") << QStringList{u"audit"_s, u"--format"_s, u"xml"_s} << u"xml"_s;
    QTest::addRow("bad --fail-on") << QStringList{u"audit"_s, u"--fail-on"_s, u"maybe"_s} << u"maybe"_s;
    QTest::addRow("report without -o") << QStringList{u"report"_s} << u"-o"_s;
    QTest::addRow("report with an unknown format")
        << QStringList{u"report"_s, u"-o"_s, u"/tmp/x"_s, u"--format"_s, u"docx"_s} << u"docx"_s;
    QTest::addRow("report with a bad sample period")
        << QStringList{u"report"_s, u"-o"_s, u"/tmp/x.pdf"_s, u"--sample-seconds"_s, u"soon"_s} << u"soon"_s;
    QTest::addRow("unknown language") << QStringList{u"--lang"_s, u"fr"_s, u"list"_s} << u"fr"_s;
    // The docker CLI refuses -H together with --context; so do we, before connecting anywhere.
    QTest::addRow("host and context together")
        << QStringList{u"-H"_s, u"unix:///x.sock"_s, u"--context"_s, u"default"_s, u"list"_s} << u"context"_s;
    QTest::addRow("unparsable host URL") << QStringList{u"-H"_s, u"gopher://x"_s, u"list"_s} << u"gopher"_s;
    QTest::addRow("option missing its value") << QStringList{u"list"_s, u"--format"_s} << u"format"_s;
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun r = CliRunner::run(arguments);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(expected), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
}

void tst_Cli::unreachable_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    const QString sock = m_tmp.filePath(u"nothing-here.sock"_s);
    QTest::addRow("no socket file, list") << QStringList{u"-H"_s, u"unix://"_s + sock, u"list"_s} << sock;
    QTest::addRow("no socket file, audit") << QStringList{u"-H"_s, u"unix://"_s + sock, u"audit"_s} << sock;
    QTest::addRow("no socket file, inspect")
        << QStringList{u"-H"_s, u"unix://"_s + sock, u"inspect"_s, u"x"_s} << sock;
    QTest::addRow("-H after the command") << QStringList{u"list"_s, u"-H"_s, u"unix://"_s + sock} << sock;
    // Port 1 on loopback: connection refused, nothing listens there.
    QTest::addRow("tcp refused") << QStringList{u"-H"_s, u"tcp://127.0.0.1:1"_s, u"list"_s} << u"127.0.0.1"_s;
}

void tst_Cli::unreachable()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const CliRun r = CliRunner::run(arguments);
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(expected), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Cannot connect to the Docker daemon"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
}

void tst_Cli::chineseHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<bool>("chinese");
    QTest::addColumn<QString>("englishText");   // one of our own sentences, gone when translated
    const QString top = u"Dockscope shows how Docker"_s;
    const QString list = u"List containers with three security hints"_s;
    QTest::addRow("--lang zh_CN") << QStringList{u"--lang"_s, u"zh_CN"_s, u"--help"_s} << u"C.UTF-8"_s << true << top;
    QTest::addRow("--lang after the command")
        << QStringList{u"list"_s, u"--help"_s, u"--lang"_s, u"zh_CN"_s} << u"C.UTF-8"_s << true << list;
    QTest::addRow("LC_ALL=zh_CN.UTF-8") << QStringList{u"--help"_s} << u"zh_CN.UTF-8"_s << true << top;
    // --lang wins over the environment.
    QTest::addRow("--lang en beats LC_ALL")
        << QStringList{u"--lang"_s, u"en"_s, u"--help"_s} << u"zh_CN.UTF-8"_s << false << top;
}

void tst_Cli::chineseHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, lcAll);
    QFETCH(bool, chinese);
    QFETCH(QString, englishText);
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.insert(u"LC_ALL"_s, lcAll);
    const CliRun r = CliRunner::run(arguments, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Qt's own strings ("Usage:") come from qtbase_zh_CN, ours from dockscope_zh_CN: both must switch.
    QVERIFY2(CliRunner::hasChinese(r.out) == chinese, qPrintable(r.out));
    QVERIFY2(r.out.contains(englishText) != chinese, qPrintable(r.out));
    // Flags are identifiers and stay as they are in every language.
    QVERIFY2(r.out.contains(u"--format"_s) || r.out.contains(u"--host"_s), qPrintable(r.out));
}

void tst_Cli::noDisplayNoGui()
{
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    const CliRun r = CliRunner::run({}, env, {}, 30000);
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"No display"_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"--help"_s), qPrintable(r.describe()));
}

void tst_Cli::untrustedTls_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QStringList>("env");           // NAME=value
    QTest::addColumn<bool>("certificateError");     // refused for the daemon's certificate, exit 3
    // Issue 13: https:// is verified (system store or DOCKER_CERT_PATH/ca.pem); nobody trusts
    // this server's CA, so nothing may be sent to it.
    QTest::addRow("https://, nothing set") << u"https"_s << QStringList{} << QStringList{} << true;
    // DOCKER_TLS asks for unverified TLS for tcp://, never for a URL that says https.
    QTest::addRow("https:// with DOCKER_TLS=1") << u"https"_s << QStringList{} << QStringList{u"DOCKER_TLS=1"_s} << true;
    QTest::addRow("tcp:// --tlsverify") << u"tcp"_s << QStringList{u"--tlsverify"_s} << QStringList{} << true;
    QTest::addRow("tcp:// with DOCKER_TLS_VERIFY=1") << u"tcp"_s << QStringList{} << QStringList{u"DOCKER_TLS_VERIFY=1"_s} << true;
    // The CA given by name: the certificate verifies (the s_server is no Docker daemon, so the
    // command still fails, but not for the certificate).
    QTest::addRow("https:// --tlscacert") << u"https"_s << QStringList{u"--tlscacert"_s, u"CA"_s} << QStringList{} << false;
    // Unverified only when asked for by name, as with the docker CLI's --tls.
    QTest::addRow("tcp:// --tls") << u"tcp"_s << QStringList{u"--tls"_s} << QStringList{} << false;
}

void tst_Cli::untrustedTls()
{
    QFETCH(QString, scheme);
    QFETCH(QStringList, flags);
    QFETCH(QStringList, env);
    QFETCH(bool, certificateError);

    // A real TLS server (openssl s_server) whose certificate, for 127.0.0.1, comes from a CA
    // made for this run, which nobody trusts.
    if (!QFileInfo::exists(m_tmp.filePath(u"server.pem"_s))) {
        QFile ext(m_tmp.filePath(u"server.ext"_s));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
        ext.close();
        QVERIFY(openssl({u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                         u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"ca-key.pem"_s, u"-out"_s,
                         u"ca.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=untrusted test CA"_s}));
        QVERIFY(openssl({u"req"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
                         u"-nodes"_s, u"-keyout"_s, u"server-key.pem"_s, u"-out"_s, u"server.csr"_s, u"-subj"_s,
                         u"/CN=127.0.0.1"_s}));
        QVERIFY(openssl({u"x509"_s, u"-req"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
                         u"ca-key.pem"_s, u"-CAcreateserial"_s, u"-out"_s, u"server.pem"_s, u"-days"_s, u"2"_s,
                         u"-extfile"_s, u"server.ext"_s}));
    }
    QProcess server;
    server.setWorkingDirectory(m_tmp.path());
    server.start(u"openssl"_s, {u"s_server"_s, u"-accept"_s, u"127.0.0.1:0"_s, u"-cert"_s, u"server.pem"_s,
                                u"-key"_s, u"server-key.pem"_s, u"-www"_s});
    auto stop = qScopeGuard([&server] {
        server.kill();
        server.waitForFinished(5000);
    });
    // s_server prints "ACCEPT 127.0.0.1:<port>" once it listens.
    QString port;
    QByteArray output;
    const QDeadlineTimer deadline(10000);
    while (port.isEmpty() && !deadline.hasExpired() && server.waitForReadyRead(int(deadline.remainingTime()))) {
        output += server.readAllStandardOutput();
        const QRegularExpressionMatch m = QRegularExpression(u"ACCEPT 127\\.0\\.0\\.1:(\\d+)"_s)
                                              .match(QString::fromLatin1(output));
        if (m.hasMatch())
            port = m.captured(1);
    }
    QVERIFY2(!port.isEmpty(), output.constData());

    QProcessEnvironment environment = CliRunner::cleanEnvironment();
    environment.remove(u"DOCKER_TLS"_s);
    for (const QString &pair : env)
        environment.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    QStringList arguments{u"-H"_s, u"%1://127.0.0.1:%2"_s.arg(scheme, port)};
    for (const QString &flag : flags)
        arguments << (flag == u"CA"_s ? m_tmp.filePath(u"ca.pem"_s) : flag);
    arguments << u"list"_s;
    const CliRun r = CliRunner::run(arguments, environment, {}, 60000);
    QVERIFY2(r.exitCode != 0, qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
    // The sentence for a daemon certificate that did not verify (not a generic "TLS failed").
    const bool namesVerification = r.err.contains(u"certificate at"_s) && r.err.contains(u"could not be verified"_s);
    QVERIFY2(namesVerification == certificateError, qPrintable(r.describe()));
    if (certificateError) {
        QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
        // … and says what to do: name the CA, or knowingly go without verification.
        QVERIFY2(r.err.contains(u"--tlscacert"_s), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"DOCKER_CERT_PATH"_s), qPrintable(r.describe()));
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
