// SPDX-License-Identifier: GPL-3.0-or-later
// Golden files (issue 14): the public outputs of `dockscope` — inspect, audit and list as text
// and JSON, the HTML and JSON reports — compared whole with tests/data/golden/, so that every
// change of a format or schema is a reviewed change of a file there.
//
// Input, the same on every machine:
// - The daemon is FakeDockerServer answering with the Engine API replies captured from a real
//   daemon (tests/data/docker). The project's rule is a real daemon for behaviour and a fake
//   only for what a real daemon cannot produce: here, byte-identical replies on every run (a
//   real daemon's ids, times and pids change with every container). The capture's running
//   container (fixture-restricted, pid 8946) becomes the container of the /proc fixture below
//   (its id and pid 4242): only those two values of the replies are rewritten.
// - The host files are the fixture tree tests/data/proc/v1-cgroupfs (cgroup v1, cgroupfs, like
//   the captured daemon), through the binary's test hook DOCKSCOPE_TEST_HOST_ROOT. The tree's
//   files are only read and its directories only listed: no owner or mode of a checked-out
//   file reaches the outputs.
// - LC_ALL=C.UTF-8 and TZ=UTC; the text outputs are not coloured (stdout is a pipe).
//
// Normalised before comparing (what differs between runs, machines and Qt versions), see
// normalise(): timestamps (JSON collectedAt, startedAt, finishedAt, generatedAt and the memory
// samples' time; the HTML report's "Report date" and "Audit run"), the chart images of the HTML
// report (PNG bytes depend on the fonts and Qt's rasteriser), Dockscope's version, the fake
// daemon's temporary socket directory and the source tree's path.
//
// On a difference the test prints a unified diff and the command that rewrites the golden files:
//   DOCKSCOPE_UPDATE_GOLDEN=1 ctest --test-dir <build dir> -R tst_golden
// (then review `git diff tests/data/golden` and commit it with the change).

#include "clirunner.h"
#include "fakes/fakedockerserver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using dockscope::test::CliRun;
using dockscope::test::CliRunner;
using dockscope::test::FakeDockerServer;

namespace {

// The captured daemon's running container, and the same container in the /proc fixture tree.
// Its pid (8946 captured, 4242 in the tree) as State.Pid (inspect) and as a PID cell (top).
constexpr char s_capturedId[] = "298f891dd864ea6038bb7408b78abec0b0bd03589aec5e2e33f00aab29af2084";
constexpr char s_treeId[] = "6e95feb388385884a5d9ae94d84c4b955a803e305390f395b7d8bffd653d09f5";
constexpr char s_capturedPidField[] = "\"Pid\":8946";
constexpr char s_treePidField[] = "\"Pid\":4242";
constexpr char s_capturedPidCell[] = "\"8946\"";
constexpr char s_treePidCell[] = "\"4242\"";

constexpr QStringView s_dockerData = u"" DOCKSCOPE_TEST_DATA_DIR "/docker/";
constexpr QStringView s_hostRoot = u"" DOCKSCOPE_TEST_DATA_DIR "/proc/v1-cgroupfs";
constexpr QStringView s_goldenDir = u"" DOCKSCOPE_TEST_DATA_DIR "/golden/";

QByteArray fixture(const QString &name)
{
    QFile f(s_dockerData + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(f.fileName()));
    return f.readAll();
}

QByteArray readFile(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? f.readAll() : QByteArray();
}

bool updating()
{
    return qEnvironmentVariableIntValue("DOCKSCOPE_UPDATE_GOLDEN") == 1;
}

QString regenerateCommand()
{
    return u"DOCKSCOPE_UPDATE_GOLDEN=1 ctest --test-dir %1 -R tst_golden"_s.arg(
        QStringLiteral(DOCKSCOPE_BINARY_DIR));
}

} // namespace

class tst_Golden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void output_data();
    void output();
    void cleanupTestCase();

private:
    void serve(const QByteArray &pathPart, const QByteArray &json);
    CliRun run(const QStringList &arguments);
    QString normalise(QString text) const;
    void compareWithGolden(const QString &name, const QByteArray &actual);

    FakeDockerServer m_daemon;
    QList<QByteArray> m_served;   ///< the path parts the fake daemon has a reply for
    QTemporaryDir m_tmp;
    QStringList m_updated;
    QDateTime m_runStarted;     ///< around the last run(), in UTC
    QDateTime m_runFinished;
};

void tst_Golden::serve(const QByteArray &pathPart, const QByteArray &json)
{
    m_daemon.onJson(pathPart, 200, json);
    m_served << pathPart;
}

void tst_Golden::initTestCase()
{
    QVERIFY2(QFileInfo(CliRunner::binary()).isExecutable(), qPrintable(CliRunner::binary()));
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo(s_hostRoot + u"/proc/4242/cgroup"_s).isFile(), qPrintable(s_hostRoot.toString()));

    const auto rewrite = [](QByteArray json) {
        // The id everywhere; the pid as State.Pid (inspect) and as a PID cell (top).
        json.replace(s_capturedId, s_treeId);
        json.replace(s_capturedPidField, s_treePidField);
        json.replace(s_capturedPidCell, s_treePidCell);
        return json;
    };
    // The captured /_ping headers, with their 2-byte body.
    m_daemon.on("/_ping", fixture(u"ping.headers"_s) + "OK");
    m_served << "/_ping";
    serve("/version", fixture(u"version.json"_s));
    serve("/info", fixture(u"info.json"_s));
    serve("/networks", fixture(u"networks.json"_s));
    serve("/containers/json", rewrite(fixture(u"containers.json"_s)));
    const QByteArray restricted = rewrite(fixture(u"container_restricted.json"_s));
    serve("/containers/fixture-restricted/json", restricted);
    serve(QByteArray("/containers/") + s_treeId + "/json", restricted);
    serve(QByteArray("/containers/") + s_treeId + "/top", rewrite(fixture(u"top.json"_s)));
    for (const auto &[name, file] : {std::pair{QByteArray("fixture-privileged"), u"container_privileged.json"_s},
                                     std::pair{QByteArray("fixture-hostns"), u"container_hostns.json"_s}}) {
        const QByteArray json = fixture(file);
        const QByteArray id = QJsonDocument::fromJson(json).object().value(u"Id"_s).toString().toLatin1();
        QVERIFY2(!id.isEmpty(), qPrintable(file));
        serve("/containers/" + name + "/json", json);
        serve("/containers/" + id + "/json", json);
    }
    // The one image of the capture, by id; /history is the later (winning) rule for its history.
    serve("/images/", fixture(u"image.json"_s));
    serve("/history", fixture(u"image_history.json"_s));
    QVERIFY(m_daemon.listen());
}

void tst_Golden::cleanupTestCase()
{
    if (!m_updated.isEmpty())
        qInfo().noquote() << u"Golden files rewritten (review with `git diff tests/data/golden`):\n  "_s
                                 + m_updated.join(u"\n  "_s);
}

CliRun tst_Golden::run(const QStringList &arguments)
{
    // The fake daemon answers on this thread's event loop: the process is waited for with a
    // QSignalSpy, which runs it, not with QProcess::waitForFinished().
    QProcessEnvironment env = CliRunner::cleanEnvironment();
    env.insert(u"DOCKSCOPE_TEST_HOST_ROOT"_s, s_hostRoot.toString());
    env.insert(u"TZ"_s, u"UTC"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    m_runStarted = QDateTime::currentDateTimeUtc();
    process.start(CliRunner::binary(), QStringList{u"-H"_s, u"unix://"_s + m_daemon.socketPath()} + arguments);
    CliRun result;
    if (!process.waitForStarted(10000)) {
        result.err = u"cannot start: "_s + process.errorString();
        return result;
    }
    process.closeWriteChannel();
    if (finished.isEmpty() && !finished.wait(180000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = u"timed out; stderr so far: "_s + QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    m_runFinished = QDateTime::currentDateTimeUtc();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString tst_Golden::normalise(QString text) const
{
    // Times: the JSON members that hold "now" (ISO 8601), the HTML report's two date rows, and
    // any other date the locale wrote for a second of the run (the memory chart's caption).
    static const QRegularExpression jsonTime(
        uR"re("(collectedAt|startedAt|finishedAt|generatedAt|time)": )re"_s
        + uR"re("\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")re"_s);
    text.replace(jsonTime, uR"("\1": "@TIME@")"_s);
    static const QRegularExpression htmlTime(uR"re((<b>(Report date|Audit run)</b></td><td>)[^<]*(</td>))re"_s);
    text.replace(htmlTime, u"\\1@TIME@\\3"_s);
    // The child's locale is the system's for LC_ALL=C.UTF-8, in UTC (TZ=UTC); ctest runs this
    // test so too, and the same Qt formats alike here.
    for (const QLocale &locale : {QLocale::system(), QLocale::c()}) {
        for (qint64 s = m_runStarted.toSecsSinceEpoch() - 1; s <= m_runFinished.toSecsSinceEpoch() + 1; ++s) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(s, QTimeZone::utc());
            for (const QLocale::FormatType format : {QLocale::LongFormat, QLocale::ShortFormat})
                text.replace(locale.toString(t, format), u"@TIME@"_s);
        }
    }
    // Charts: PNG bytes depend on the fonts and on Qt's rasteriser.
    static const QRegularExpression png(u"data:image/png;base64,[A-Za-z0-9+/=]+"_s);
    text.replace(png, u"data:image/png;base64,@PNG@"_s);
    text.replace(u"Dockscope "_s + QStringLiteral(DOCKSCOPE_VERSION), u"Dockscope @VERSION@"_s);
    // Paths of this run and this checkout.
    text.replace(QFileInfo(m_daemon.socketPath()).path(), u"@TMP@"_s);
    text.replace(QStringLiteral(DOCKSCOPE_TEST_DATA_DIR), u"@DATA@"_s);
    return text;
}

void tst_Golden::compareWithGolden(const QString &name, const QByteArray &actual)
{
    const QString goldenPath = s_goldenDir + name;
    if (updating()) {
        QFile f(goldenPath);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate),
                 qPrintable(goldenPath + u": "_s + f.errorString()));
        QCOMPARE(f.write(actual), actual.size());
        m_updated << QDir(QStringLiteral(DOCKSCOPE_SOURCE_DIR)).relativeFilePath(goldenPath);
        return;
    }
    bool found = false;
    const QByteArray expected = readFile(goldenPath, &found);
    if (found && expected == actual)
        return;

    // Keep the output beside the build for a look, and show the difference.
    const QString actualDir = QStringLiteral(DOCKSCOPE_BINARY_DIR "/tests/golden-actual/");
    QDir().mkpath(actualDir);
    const QString actualPath = actualDir + name;
    {
        QFile f(actualPath);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(actual);
    }
    QString message;
    if (!found) {
        message = u"The golden file %1 is missing (this run's output: %2)."_s.arg(goldenPath, actualPath);
    } else {
        QString diff;
        const QString diffTool = QStandardPaths::findExecutable(u"diff"_s);
        if (!diffTool.isEmpty()) {
            QProcess p;
            p.start(diffTool, {u"-u"_s, u"--label"_s, u"golden/"_s + name, u"--label"_s, u"actual/"_s + name,
                               goldenPath, actualPath});
            p.waitForFinished(30000);
            diff = QString::fromUtf8(p.readAllStandardOutput());
            const QStringList lines = diff.split(u'\n');
            if (lines.size() > 400)
                diff = lines.mid(0, 400).join(u'\n') + u"\n… (%1 more lines)"_s.arg(lines.size() - 400);
        } else {
            // Without diffutils: the first line that differs.
            const QList<QByteArray> a = expected.split('\n');
            const QList<QByteArray> b = actual.split('\n');
            qsizetype i = 0;
            while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
                ++i;
            diff = u"first difference at line %1:\n- %2\n+ %3"_s.arg(i + 1).arg(
                QString::fromUtf8(a.value(i)), QString::fromUtf8(b.value(i)));
        }
        message = u"%1 differs from its golden file %2 (this run's output: %3):\n%4"_s.arg(
            name, goldenPath, actualPath, diff);
    }
    message += u"\nIf the change is intended, rewrite the golden files and review the difference:\n  "_s
        + regenerateCommand() + u"\n  git diff tests/data/golden"_s;
    QFAIL(qPrintable(message));
}

void tst_Golden::output_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reportFile");   // the report's -o file, else stdout is the output

    const QStringList json{u"--format"_s, u"json"_s};
    // A running container with limits, an added and a dropped capability, a device and a
    // read-only root: every section has kernel facts from the tree.
    QTest::addRow("inspect-restricted.txt") << QStringList{u"inspect"_s, u"fixture-restricted"_s} << QString();
    QTest::addRow("inspect-restricted.json")
        << QStringList{u"inspect"_s, u"fixture-restricted"_s} + json << QString();
    // A privileged container that never ran: declared values only, every kernel fact unavailable.
    QTest::addRow("inspect-privileged.txt") << QStringList{u"inspect"_s, u"fixture-privileged"_s} << QString();
    QTest::addRow("inspect-privileged.json")
        << QStringList{u"inspect"_s, u"fixture-privileged"_s} + json << QString();
    // --fail-on never: the exit code is then 0 whatever the verdicts (tst_cli tests --fail-on).
    QTest::addRow("audit.txt") << QStringList{u"audit"_s, u"--fail-on"_s, u"never"_s} << QString();
    QTest::addRow("audit.json") << QStringList{u"audit"_s, u"--fail-on"_s, u"never"_s} + json << QString();
    QTest::addRow("list.txt") << QStringList{u"list"_s, u"--all"_s} << QString();
    QTest::addRow("list.json") << QStringList{u"list"_s, u"--all"_s} + json << QString();
    // --sample-seconds 0: one memory sample, taken at once.
    const QStringList report{u"report"_s, u"--sample-seconds"_s, u"0"_s, u"--fail-on"_s, u"never"_s, u"-o"_s};
    QTest::addRow("report.html") << report << u"report.html"_s;
    QTest::addRow("report.json") << report << u"report.json"_s;
}

void tst_Golden::output()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reportFile);
    const QString name = QString::fromUtf8(QTest::currentDataTag());
    if (!reportFile.isEmpty())
        arguments << m_tmp.filePath(reportFile);

    const qsizetype requestsBefore = m_daemon.requests().size();
    const CliRun r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    // Every request must have had a captured reply (the fake answers others with a 404).
    const QList<QByteArray> requests = m_daemon.requests().mid(requestsBefore);
    for (const QByteArray &request : requests) {
        const bool served = std::any_of(m_served.cbegin(), m_served.cend(),
                                        [&](const QByteArray &part) { return request.contains(part); });
        QVERIFY2(served, qPrintable(u"the fake daemon has no captured reply for "_s + QString::fromLatin1(request)));
    }

    QByteArray output;
    if (reportFile.isEmpty()) {
        output = r.out.toUtf8();
    } else {
        bool ok = false;
        output = readFile(m_tmp.filePath(reportFile), &ok);
        QVERIFY2(ok, qPrintable(r.describe()));
    }
    QVERIFY2(!output.isEmpty(), qPrintable(r.describe()));
    compareWithGolden(name, normalise(QString::fromUtf8(output)).toUtf8());
}

QTEST_GUILESS_MAIN(tst_Golden)
#include "tst_golden.moc"
