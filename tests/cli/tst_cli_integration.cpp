// SPDX-License-Identifier: GPL-3.0-or-later
// `dockscope` against the real test daemons (tests/testdaemon.sh): list, inspect, audit and
// report on containers started here with known options, and an ordinary user who may not
// open the daemon's socket.

#include "clirunner.h"
#include "common/testenv.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace dockscope::test;

namespace {

QJsonObject findByName(const QJsonArray &array, const QString &name)
{
    for (const auto &v : array) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class tst_CliIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void versionNegotiates();
    void listTable();
    void listJson();
    void listAllShowsCreated();
    void dockerHostEnvironment();
    void permissionDenied();
    void inspectJson();
    void inspectText();
    void inspectUnknown();
    void auditJson_data();
    void auditJson();
    void auditTextHasNoColourWhenPiped();
    void auditUnknownContainer();
    void reportFormats_data();
    void reportFormats();
    void reportChinese();
    void reportPaperSize_data();
    void reportPaperSize();

private:
    CliRun run(const QStringList &arguments) { return CliRunner::run(QStringList{u"-H"_s, TestEnv::host()} + arguments); }
    QTemporaryDir m_tmp;
};

void tst_CliIntegration::initTestCase()
{
    QString why;
    if (!TestEnv::available(&why))
        QFAIL(qPrintable(why));
    QVERIFY(m_tmp.isValid());
    // The reports' files must be writable, and nobody must be able to reach the binary.
    QVERIFY(QFileInfo(CliRunner::binary()).isExecutable());
}

void tst_CliIntegration::versionNegotiates()
{
    const CliRun r = run({u"--version"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // The test daemon is dockerd 20.10 (API 1.41) here; any daemon: "API 1.x negotiated".
    QVERIFY2(r.out.contains(QRegularExpression(u"Docker daemon: \\S+ at "_s + QRegularExpression::escape(TestEnv::host())
                                               + u", API 1\\.\\d+ negotiated"_s)),
             qPrintable(r.describe()));
}

void tst_CliIntegration::listTable()
{
    ScopedContainer c(u"cli-list"_s, {u"--cap-add"_s, u"NET_ADMIN"_s, u"--ipc"_s, u"host"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const CliRun r = run({u"list"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(r.out));
    QVERIFY2(lines.first().startsWith(u"CONTAINER ID"_s), qPrintable(lines.first()));
    QString row;
    for (const QString &line : lines) {
        if (line.contains(c.name()))
            row = line;
    }
    QVERIFY2(!row.isEmpty(), qPrintable(r.out));
    const QStringList cells = row.split(QRegularExpression(u"\\s{2,}"_s));
    // id, name, image, state, pid, privileged, added caps, host namespaces
    QCOMPARE(cells.size(), 8);
    QCOMPARE(cells.at(0), c.id().left(12));
    QCOMPARE(cells.at(1), c.name());
    QCOMPARE(cells.at(2), TestEnv::image());
    QCOMPARE(cells.at(3), u"running"_s);
    QCOMPARE(cells.at(4).toLongLong(), c.pid());
    QCOMPARE(cells.at(5), u"no"_s);
    QCOMPARE(cells.at(6), u"NET_ADMIN"_s);
    QCOMPARE(cells.at(7), u"ipc"_s);
}

void tst_CliIntegration::listJson()
{
    ScopedContainer plain(u"cli-json"_s, {});
    ScopedContainer hostly(u"cli-json-host"_s, {u"--pid"_s, u"host"_s, u"--uts"_s, u"host"_s, u"--cap-add"_s, u"sys_ptrace"_s});
    QVERIFY2(plain.ok(), qPrintable(plain.error()));
    QVERIFY2(hostly.ok(), qPrintable(hostly.error()));
    const CliRun r = run({u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonDocument doc = parseJson(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(doc.isArray());

    const QJsonObject p = findByName(doc.array(), plain.name());
    QVERIFY2(!p.isEmpty(), qPrintable(r.out));
    QCOMPARE(p.value(u"id"_s).toString(), plain.id());
    QCOMPARE(p.value(u"image"_s).toString(), TestEnv::image());
    QCOMPARE(p.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(p.value(u"pid"_s).toInteger(), plain.pid());
    QCOMPARE(p.value(u"privileged"_s).toBool(), false);
    QCOMPARE(jsonStrings(p.value(u"capAdd"_s)), QStringList());
    QCOMPARE(jsonStrings(p.value(u"hostNamespaces"_s)), QStringList());

    const QJsonObject h = findByName(doc.array(), hostly.name());
    QVERIFY2(!h.isEmpty(), qPrintable(r.out));
    // --cap-add sys_ptrace is stored verbatim by the daemon; the output is normalised.
    QCOMPARE(jsonStrings(h.value(u"capAdd"_s)), QStringList{u"CAP_SYS_PTRACE"_s});
    QCOMPARE(jsonStrings(h.value(u"hostNamespaces"_s)), (QStringList{u"pid"_s, u"uts"_s}));
}

void tst_CliIntegration::listAllShowsCreated()
{
    // Privileged containers cannot start on this machine; a created one still lists and inspects.
    ScopedContainer created(u"cli-created"_s, {u"--privileged"_s}, {u"sleep"_s, u"600"_s}, false);
    QVERIFY2(created.ok(), qPrintable(created.error()));

    const CliRun running = run({u"list"_s, u"--format"_s, u"json"_s});
    QVERIFY2(running.exitCode == 0, qPrintable(running.describe()));
    QVERIFY2(findByName(QJsonDocument::fromJson(running.out.toUtf8()).array(), created.name()).isEmpty(),
             qPrintable(running.out));

    const CliRun all = run({u"list"_s, u"--all"_s, u"--format"_s, u"json"_s});
    QVERIFY2(all.exitCode == 0, qPrintable(all.describe()));
    const QJsonObject o = findByName(QJsonDocument::fromJson(all.out.toUtf8()).array(), created.name());
    QVERIFY2(!o.isEmpty(), qPrintable(all.out));
    QCOMPARE(o.value(u"state"_s).toString(), u"created"_s);
    QCOMPARE(o.value(u"pid"_s).toInteger(), 0);
    QCOMPARE(o.value(u"privileged"_s).toBool(), true);

    const CliRun table = run({u"list"_s, u"-a"_s});
    QVERIFY2(table.exitCode == 0, qPrintable(table.describe()));
    QRegularExpression row(QRegularExpression::escape(created.name()) + u".*created\\s+-\\s+yes"_s);
    QVERIFY2(table.out.contains(row), qPrintable(table.out));
}

void tst_CliIntegration::dockerHostEnvironment()
{
    ScopedContainer c(u"cli-env"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.insert(u"DOCKER_HOST"_s, TestEnv::host());
    const CliRun r = CliRunner::run({u"list"_s}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(c.name()), qPrintable(r.out));
}

void tst_CliIntegration::permissionDenied()
{
    // The test daemon's socket is root:docker 0660 and nobody is not in the docker group.
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(TestEnv::socketPath()).constData(), &st), 0);
    QVERIFY2((st.st_mode & 0007) == 0, "the test socket is open to everyone; the test would prove nothing");
    if (QStandardPaths::findExecutable(u"runuser"_s).isEmpty())
        QFAIL("runuser (util-linux) is missing");

    const CliRun r = CliRunner::run({u"-H"_s, TestEnv::host(), u"list"_s}, CliRunner::cleanEnvironment(),
                                    {u"runuser"_s, u"-u"_s, u"nobody"_s, u"--"_s});
    QVERIFY2(r.exitCode == 3, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"Permission denied"_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(TestEnv::socketPath()), qPrintable(r.describe()));
    // What to do, and what it costs: the group is root-equivalent; rootless Docker is the alternative.
    QVERIFY2(r.err.contains(u"group"_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"root-equivalent"_s), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"rootless"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
}

void tst_CliIntegration::inspectJson()
{
    ScopedContainer c(u"cli-inspect"_s,
                      {u"--memory"_s, u"64m"_s, u"--pids-limit"_s, u"50"_s, u"--cap-add"_s, u"SYS_PTRACE"_s,
                       u"--network"_s, u"host"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const CliRun r = run({u"inspect"_s, c.name(), u"--format"_s, u"json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QString error;
    const QJsonObject o = parseJson(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(o.value(u"id"_s).toString(), c.id());
    QCOMPARE(o.value(u"name"_s).toString(), c.name());
    QCOMPARE(o.value(u"pid"_s).toInteger(), c.pid());

    QMap<QString, QJsonObject> ns;
    const QJsonArray namespaces = o.value(u"namespaces"_s).toArray();
    for (const auto &v : namespaces)
        ns.insert(v.toObject().value(u"type"_s).toString(), v.toObject());
    QVERIFY2(ns.contains(u"net"_s) && ns.contains(u"pid"_s), qPrintable(r.out.left(3000)));
    // --network host shares the host's net namespace, the pid namespace stays private.
    QCOMPARE(ns.value(u"net"_s).value(u"shared"_s).toBool(), true);
    QCOMPARE(ns.value(u"pid"_s).value(u"shared"_s).toBool(), false);

    const QJsonObject caps = o.value(u"capabilities"_s).toObject();
    QVERIFY2(jsonStrings(caps.value(u"bounding"_s)).contains(u"CAP_SYS_PTRACE"_s), qPrintable(r.out.left(3000)));
    QVERIFY2(jsonStrings(caps.value(u"effective"_s)).contains(u"CAP_SYS_PTRACE"_s), qPrintable(r.out.left(3000)));

    const QJsonObject cgroup = o.value(u"cgroup"_s).toObject();
    QCOMPARE(cgroup.value(u"memory"_s).toObject().value(u"limit"_s).toInteger(), 64 * 1024 * 1024);
    QCOMPARE(cgroup.value(u"pids"_s).toObject().value(u"limit"_s).toInteger(), 50);
    // busybox's MemTotal is the host's, whatever the limit: the brief's demonstration.
    QCOMPARE(o.value(u"meminfo"_s).toObject().value(u"seesHostMemory"_s).toBool(), true);
}

void tst_CliIntegration::inspectText()
{
    ScopedContainer c(u"cli-inspect-text"_s, {u"--memory"_s, u"32m"_s, u"--cap-drop"_s, u"NET_RAW"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const CliRun r = run({u"inspect"_s, c.id().left(12)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    for (const QString &expected : {c.name(), u"Namespaces"_s, u"Capabilities"_s, u"Control group"_s,
                                    u"Memory limit: 32.0 MiB"_s, u"Dropped from Docker's default: CAP_NET_RAW"_s,
                                    u"The container sees the host's memory, not its limit."_s}) {
        QVERIFY2(r.out.contains(expected), qPrintable(u"missing \"%1\" in:\n%2"_s.arg(expected, r.out)));
    }
}

void tst_CliIntegration::inspectUnknown()
{
    const CliRun r = run({u"inspect"_s, u"dstest-no-such-container"_s});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"No such container: dstest-no-such-container"_s), qPrintable(r.describe()));
}

void tst_CliIntegration::auditJson_data()
{
    QTest::addColumn<QString>("failOn");
    QTest::addRow("default threshold is fail") << QString();
    QTest::addRow("warn") << u"warn"_s;
    QTest::addRow("never") << u"never"_s;
}

void tst_CliIntegration::auditJson()
{
    QFETCH(QString, failOn);
    ScopedContainer c(u"cli-audit"_s, {u"--pid"_s, u"host"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    QStringList args{u"audit"_s, u"--format"_s, u"json"_s, u"--container"_s, c.name()};
    if (!failOn.isEmpty())
        args << u"--fail-on"_s << failOn;
    const CliRun r = run(args);
    QString error;
    const QJsonObject o = parseJson(r.out, &error).object();
    QVERIFY2(error.isEmpty(), qPrintable(error + u"\n"_s + r.err));
    QCOMPARE(o.value(u"schema"_s).toString(), u"dockscope-audit/1"_s);
    const QJsonObject summary = o.value(u"summary"_s).toObject();
    for (const auto &key : {u"pass"_s, u"warn"_s, u"fail"_s, u"info"_s, u"note"_s, u"unknown"_s})
        QVERIFY2(summary.contains(key), qPrintable(key));

    // The exit code follows the summary and the threshold.
    const int fails = summary.value(u"fail"_s).toInt();
    const int warns = summary.value(u"warn"_s).toInt();
    int expected = fails > 0 ? 1 : 0;
    if (failOn == "warn"_L1)
        expected = fails + warns > 0 ? 1 : 0;
    else if (failOn == "never"_L1)
        expected = 0;
    QVERIFY2(r.exitCode == expected, qPrintable(r.describe().left(2000)));

    // Only the named container is judged, and --pid host is among the results for it.
    bool sawPidHost = false;
    const QJsonArray results = o.value(u"results"_s).toArray();
    for (const auto &v : results) {
        const QJsonObject result = v.toObject();
        if (result.value(u"scope"_s).toString() != "container"_L1)
            continue;
        QCOMPARE(result.value(u"container"_s).toString(), c.name());
        if (result.value(u"id"_s).toString() == "5.16"_L1)   // CIS 5.16: host's process namespace
            sawPidHost = result.value(u"status"_s).toString() != "pass"_L1;
    }
    QVERIFY2(sawPidHost, "CIS 5.16 did not flag --pid host");
}

void tst_CliIntegration::auditTextHasNoColourWhenPiped()
{
    ScopedContainer c(u"cli-audit-text"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const CliRun r = run({u"audit"_s, u"--container"_s, c.name(), u"--fail-on"_s, u"never"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(c.name()), qPrintable(r.out.left(3000)));
    QVERIFY2(!r.out.contains(u'\x1b'), "ANSI colour codes in piped output");
}

void tst_CliIntegration::auditUnknownContainer()
{
    const CliRun r = run({u"audit"_s, u"--container"_s, u"dstest-no-such-container"_s});
    QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"dstest-no-such-container"_s), qPrintable(r.describe()));
}

void tst_CliIntegration::reportFormats_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QStringList>("extra");
    QTest::addRow("pdf from the extension") << u"r.pdf"_s << QStringList();
    QTest::addRow("html") << u"r.html"_s << QStringList();
    // An explicit --format wins over a file name without a known extension.
    QTest::addRow("json by --format") << u"r.out"_s << QStringList{u"--format"_s, u"json"_s};
}

void tst_CliIntegration::reportFormats()
{
    QFETCH(QString, fileName);
    QFETCH(QStringList, extra);
    // Choosing the format is the same on every host; the PDF (fonts, Qt's PDF engine) is not.
    if (TestEnv::emulated() && !fileName.endsWith(u".pdf"_s))
        QSKIP(TestEnv::skipUnderEmulationReason());
    ScopedContainer c(u"cli-report"_s, {u"--memory"_s, u"48m"_s});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const QString path = m_tmp.filePath(fileName);
    QFile::remove(path);
    // No display at all: the report must still be made (offscreen).
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    const CliRun r = CliRunner::run(QStringList{u"-H"_s, TestEnv::host(), u"report"_s, u"-o"_s, path,
                                                u"--container"_s, c.name(), u"--sample-seconds"_s, u"1"_s,
                                                u"--fail-on"_s, u"never"_s} + extra,
                                    env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray content = file.readAll();
    if (fileName.endsWith(u".pdf"_s)) {
        QVERIFY(content.startsWith("%PDF-"));
        const QString text = pdfText(path);
        QVERIFY2(text.contains(c.name()), qPrintable(text.left(3000)));
    } else if (fileName.endsWith(u".html"_s)) {
        QVERIFY2(content.contains(c.name().toUtf8()), content.left(2000).constData());
    } else {
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(content, &e);
        QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(e.errorString()));
        QVERIFY2(content.contains(c.name().toUtf8()), content.left(2000).constData());
        QCOMPARE(doc.object().value(u"schema"_s).toString().startsWith(u"dockscope-"_s), true);
    }
}

void tst_CliIntegration::reportChinese()
{
    ScopedContainer c(u"cli-report-zh"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const QString path = m_tmp.filePath(u"zh.pdf"_s);
    const CliRun r = run({u"report"_s, u"-o"_s, path, u"--lang"_s, u"zh_CN"_s, u"--container"_s, c.name(),
                          u"--sample-seconds"_s, u"0"_s, u"--fail-on"_s, u"never"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(c.name()), qPrintable(text.left(3000)));
    QVERIFY2(CliRunner::hasChinese(text), qPrintable(text.left(3000)));
    // NFKC: pdftotext gives some CJK glyphs as Kangxi radicals.
    const QString plain = text.normalized(QString::NormalizationForm_KC).simplified();
    QVERIFY2(plain.contains(u"容器 "_s + c.name()), qPrintable(plain.left(3000)));
    QVERIFY2(plain.contains(u"守护进程与宿主机检查清单"_s), qPrintable(plain.left(3000)));
    QVERIFY2(!plain.contains(u"Daemon and host checklist"_s), qPrintable(plain.left(3000)));
    // Digits survive in the text (they went missing with Noto Sans CJK SC's digit glyphs).
    QVERIFY2(plain.contains(u"Dockscope "_s + QStringLiteral(DOCKSCOPE_VERSION)), qPrintable(plain.left(3000)));
}

void tst_CliIntegration::reportPaperSize_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("size");
    // --lang en on a non-English system: en_GB conventions, not QLocale("en") = en_US Letter
    QTest::addRow("en on C.UTF-8: A4") << u"en"_s << u"C.UTF-8"_s << u"(A4)"_s;
    QTest::addRow("en on de_DE: A4") << u"en"_s << u"de_DE.UTF-8"_s << u"(A4)"_s;
    // --lang en on an English system keeps the system's territory
    QTest::addRow("en on en_US: Letter") << u"en"_s << u"en_US.UTF-8"_s << u"(letter)"_s;
    QTest::addRow("en on en_AU: A4") << u"en"_s << u"en_AU.UTF-8"_s << u"(A4)"_s;
    // an explicit territory wins over the system's
    QTest::addRow("en_US on C.UTF-8: Letter") << u"en_US"_s << u"C.UTF-8"_s << u"(letter)"_s;
    // the report uses the --lang locale, not the system's (en_US would give Letter)
    QTest::addRow("zh_CN on en_US: A4") << u"zh_CN"_s << u"en_US.UTF-8"_s << u"(A4)"_s;
}

void tst_CliIntegration::reportPaperSize()
{
    QFETCH(QString, lang);
    QFETCH(QString, system);
    QFETCH(QString, size);
    // Locale rules, the same on every host: one row (the report's own locale) in the emulated guest.
    if (TestEnv::emulated() && qstrcmp(QTest::currentDataTag(), "zh_CN on en_US: A4") != 0)
        QSKIP(TestEnv::skipUnderEmulationReason());
    ScopedContainer c(u"cli-report-paper"_s, {});
    QVERIFY2(c.ok(), qPrintable(c.error()));
    const QString path = m_tmp.filePath(u"paper-%1-%2.pdf"_s.arg(lang, system));
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.insert(u"LC_ALL"_s, system);
    env.insert(u"LANG"_s, system);
    const CliRun r = CliRunner::run({u"-H"_s, TestEnv::host(), u"report"_s, u"-o"_s, path, u"--lang"_s, lang,
                                     u"--container"_s, c.name(), u"--sample-seconds"_s, u"0"_s,
                                     u"--fail-on"_s, u"never"_s},
                                    env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QProcess info;
    info.start(u"pdfinfo"_s, {path});
    QVERIFY(info.waitForFinished(60000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(u"Page size:"_s) && text.contains(size), qPrintable(text));
}

QTEST_GUILESS_MAIN(tst_CliIntegration)
#include "tst_cli_integration.moc"
