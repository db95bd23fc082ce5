// SPDX-License-Identifier: GPL-3.0-or-later
// The report writer over a hand-made audit: what an auditor reads in the PDF (via pdftotext),
// the HTML and JSON variants, page size, table of contents, rows kept whole, atomic replace.

#include "reportfixture.h"

#include "ui/report/reportpdf.h"
#include "ui/report/reportwriter.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <csignal>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace dockscope;
using report::ReportFormat;

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"<%1 failed: %2>"_s.arg(program, QString::fromLocal8Bit(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// pdftotext of the whole file, or of pages first … last (pages end with a form feed). Not
/// normalised: this is the text that a PDF viewer's search and copy see.
QString pdfText(const QString &path, int first = 0, int last = 0, bool layout = false)
{
    QStringList args;
    if (first > 0)
        args << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last);
    if (layout)
        args << u"-layout"_s;
    args << path << u"-"_s;
    return run(u"pdftotext"_s, args);
}

int pdfPages(const QString &path)
{
    const QString info = run(u"pdfinfo"_s, {path});
    const auto m = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// Characters that a search for the text on the page would not find: Kangxi radicals and CJK
/// radicals (the same glyphs as ideographs in Noto Sans CJK) and Latin ligatures.
QString lookalikes(const QString &text)
{
    QString found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xFB00 && u <= 0xFB06))
            found += c;
    }
    return found;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Loads and installs the project's catalogue for zh_CN into translator (English needs none);
/// the caller removes it after the report is written.
bool installCatalogue(QTranslator &translator, const QString &locale)
{
    if (locale != u"zh_CN"_s)
        return true;
    const QString qm = QStringLiteral(DOCKSCOPE_QM_DIR) + u"/dockscope_zh_CN.qm"_s;
    if (!translator.load(qm)) {
        qWarning("cannot load %s", qPrintable(qm));
        return false;
    }
    return QCoreApplication::installTranslator(&translator);
}

} // namespace

class tst_ReportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // DOCKSCOPE_KEEP_REPORTS=1 keeps the files for a look with pdftoppm.
        if (qEnvironmentVariableIsSet("DOCKSCOPE_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("reports kept in %s", qPrintable(m_dir.path()));
        }
        m_data = test::makeReportData();
        m_pdf = m_dir.filePath(u"report-en.pdf"_s);
        QList<int> progress;
        const auto result = report::writeReport(m_data, ReportFormat::Pdf, m_pdf, QLocale(u"en_GB"_s),
                                                [&](int p) { progress.append(p); });
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().detail));
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last(), 100);
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
        m_text = pdfText(m_pdf);
        QVERIFY2(m_text.size() > 1000, qPrintable(m_text.left(300)));
    }

    void pdfShowsWhatAnAuditorReads_data()
    {
        QTest::addColumn<QString>("expected");
        QTest::addRow("title") << u"Docker security report"_s;
        QTest::addRow("host on the cover") << u"buildhost-07"_s;
        QTest::addRow("daemon version") << u"20.10.24+dfsg1"_s;
        QTest::addRow("api version") << u"1.41"_s;
        QTest::addRow("kernel") << u"6.1.0-27-amd64"_s;
        QTest::addRow("cgroup version") << u"cgroup v1 (hybrid"_s;
        QTest::addRow("contents") << u"Contents"_s;
        QTest::addRow("checklist heading") << u"Daemon and host checklist"_s;
        QTest::addRow("container heading 1") << u"Container web-frontend"_s;
        QTest::addRow("container heading 2") << u"Container debug-tools"_s;
        QTest::addRow("container heading 3") << u"Container batch-stopped"_s;
        QTest::addRow("verdict pass") << u"PASS"_s;
        QTest::addRow("verdict warn") << u"WARN"_s;
        QTest::addRow("verdict fail") << u"FAIL"_s;
        QTest::addRow("verdict unknown") << u"UNKNOWN"_s;
        QTest::addRow("verdict note") << u"NOTE"_s;
        QTest::addRow("evidence key") << u"HostConfig.Privileged"_s;
        // remedies are commands and daemon.json snippets, kept verbatim
        QTest::addRow("remedy command") << u"gpasswd -d ci-runner docker"_s;
        QTest::addRow("remedy json") << u"\"icc\": false"_s;
        QTest::addRow("namespaces") << u"Namespaces"_s;
        QTest::addRow("shared namespace") << u"Shared with the host"_s;
        QTest::addRow("capabilities") << u"CAP_SYS_ADMIN"_s;
        QTest::addRow("capability change") << u"Added"_s;
        QTest::addRow("cgroup limits") << u"Control group limits"_s;
        QTest::addRow("no limit") << u"No limit"_s;
        QTest::addRow("meminfo") << u"MemTotal"_s;
        QTest::addRow("sees host memory") << u"The container sees the host's memory"_s;
        // a stopped container's facts are explained, never blank
        QTest::addRow("unavailable reason") << u"Unavailable: the container is not running"_s;
        QTest::addRow("needs root") << u"Unavailable: needs root"_s;
        QTest::addRow("footer") << u"Page 1 of"_s;
        QTest::addRow("chinese evidence") << u"生产环境"_s;
    }

    void pdfShowsWhatAnAuditorReads()
    {
        QFETCH(QString, expected);
        // pdftotext breaks lines where the layout does; compare with whitespace collapsed.
        const QString text = m_text.simplified();
        QVERIFY2(text.contains(expected), qPrintable(u"missing: "_s + expected));
    }

    void everyPageHasHeaderAndFooter()
    {
        const int pages = pdfPages(m_pdf);
        QVERIFY2(pages >= 6, qPrintable(QString::number(pages)));
        for (int page = 1; page <= pages; ++page) {
            const QString text = pdfText(m_pdf, page, page).simplified();
            QVERIFY2(text.contains(u"Host buildhost-07"_s), qPrintable(QString::number(page)));
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)), qPrintable(text.right(200)));
        }
    }

    void contentsPointToTheRightPages()
    {
        // The contents are on page 2; each container chapter's entry names the page it starts on.
        const QString contents = pdfText(m_pdf, 2, 2, true);
        for (const QString &name : test::fixtureContainerNames()) {
            const auto m = QRegularExpression(u"Container "_s + QRegularExpression::escape(name) + u"\\s+(\\d+)"_s)
                               .match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(contents));
            const int page = m.captured(1).toInt();
            const QString pageText = pdfText(m_pdf, page, page);
            // The heading is the first line after the page header.
            QVERIFY2(pageText.contains(u"Container "_s + name), qPrintable(name + u" on page "_s + QString::number(page)));
            QVERIFY(!pdfText(m_pdf, page - 1, page - 1).contains(u"Container "_s + name + u"\n"_s));
        }
    }

    void textLayerHasTheCharactersOnThePage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("expected");
        // "fi" was the ligature U+FB01 in the text
        QTest::addRow("English") << u"en_GB"_s << QStringList{u"生产环境"_s, u"files"_s, u"Findings"_s};
        // 用 and 力 came out as the Kangxi radicals ⽤ and ⼒, 页 as ⻚ (CJK Radicals Supplement)
        QTest::addRow("Chinese") << u"zh_CN"_s
                                 << QStringList{u"生产环境"_s, u"内存用量变化"_s, u"能力"_s, u"第 1 页，共"_s};
    }

    void textLayerHasTheCharactersOnThePage()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, expected);
        QTranslator translator;
        QVERIFY(installCatalogue(translator, locale));
        const QString path = m_dir.filePath(u"text-%1.pdf"_s.arg(locale));
        const auto written = report::writeReport(m_data, ReportFormat::Pdf, path, QLocale(locale));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(written.has_value());
        const QString text = pdfText(path);
        QVERIFY2(lookalikes(text).isEmpty(), qPrintable(u"look-alikes in the text: "_s + lookalikes(text)));
        const QString flat = text.simplified();
        for (const QString &phrase : expected)
            QVERIFY2(flat.contains(phrase), qPrintable(u"missing: "_s + phrase));
    }

    void contentsOfALongReportPointToTheRightPages()
    {
        // Enough containers for a contents of several pages and a report of many more: every
        // entry names the page its heading is on.
        const report::ReportData data = test::withContainers(m_data, 40, u"svc-"_s);
        const QString path = m_dir.filePath(u"long.pdf"_s);
        QVERIFY(report::writeReport(data, ReportFormat::Pdf, path, QLocale(u"en_GB"_s)).has_value());
        const QStringList pages = pdfText(path).split(u'\f');
        QVERIFY2(pages.size() > 60, qPrintable(QString::number(pages.size())));
        // The contents run from page 2 to the page before the checklist, whose entry comes first.
        const auto checklist = QRegularExpression(u"Daemon and host checklist\\s+(\\d+)\\n"_s)
                                   .match(pdfText(path, 2, 2, true));
        QVERIFY(checklist.hasMatch());
        const int checklistPage = checklist.captured(1).toInt();
        QVERIFY2(checklistPage > 4, qPrintable(QString::number(checklistPage)));
        QVERIFY2(pages.at(checklistPage - 1).contains(u"Daemon and host checklist\n"_s), qPrintable(QString::number(checklistPage)));
        const QString contents = pdfText(path, 2, checklistPage - 1, true);
        for (const auto &c : data.audit.containers) {
            const auto m = QRegularExpression(u"Container "_s + c.name + u"\\s+(\\d+)\\n"_s).match(contents);
            QVERIFY2(m.hasMatch(), qPrintable(c.name));
            const int page = m.captured(1).toInt();
            QVERIFY2(page > 2 && page < pages.size(), qPrintable(c.name));
            const QString heading = u"Container "_s + c.name + u"\n"_s;
            QVERIFY2(pages.at(page - 1).contains(heading), qPrintable(c.name + u" not on page "_s + QString::number(page)));
            QVERIFY2(!pages.at(page - 2).contains(heading), qPrintable(c.name + u" on page "_s + QString::number(page - 1)));
        }
    }

    void contentsEntriesAreNeverCut_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addRow("A4") << u"en_GB"_s;
        // Letter is shorter: page breaks fall elsewhere
        QTest::addRow("Letter") << u"en_US"_s;
    }

    void contentsEntriesAreNeverCut()
    {
        // Names so long that each container's entry takes two lines; with this many entries
        // page breaks fall between the two lines of some entry unless it moves on.
        QFETCH(QString, locale);
        const QString prefix = u"a-container-with-a-name-long-enough-to-take-two-lines-in-the-contents-"_s
            + u"because-names-in-compose-projects-can-be-long-"_s;
        const report::ReportData data = test::withContainers(m_data, 45, prefix);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const report::PdfLayout layout = report::layoutPdf(data, QLocale(locale), writer);
        QStringList cut;
        for (std::size_t part = 0; part < layout.parts.size(); ++part) {
            for (const auto &c : report::rowsCutByPageBreaks(*layout.parts.at(part)))
                cut << u"part %1 table %2 row %3 (%4)"_s.arg(part).arg(c.table).arg(c.row).arg(c.text);
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u", "_s)));
        // The contents (page 2 on) take several pages.
        QVERIFY(layout.anchorPages.value(u"checklist"_s) > 4);
    }

    void tableRowsAreNeverCut_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addRow("A4") << u"en_GB"_s;
        // Letter is shorter: page breaks fall elsewhere
        QTest::addRow("Letter") << u"en_US"_s;
        QTest::addRow("Chinese font") << u"zh_CN"_s;
    }

    void tableRowsAreNeverCut()
    {
        QFETCH(QString, locale);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        const report::PdfLayout layout = report::layoutPdf(m_data, QLocale(locale), writer);
        QVERIFY(layout.pageCount >= 6);
        QStringList cut;
        for (std::size_t part = 0; part < layout.parts.size(); ++part) {
            for (const auto &c : report::rowsCutByPageBreaks(*layout.parts.at(part)))
                cut << u"part %1 table %2 row %3 (%4)"_s.arg(part).arg(c.table).arg(c.row).arg(c.text);
        }
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(u", "_s)));
    }

    void pageSizeFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("size");
        QTest::addRow("United States: Letter") << u"en_US"_s << u"(letter)"_s;
        QTest::addRow("Canada: Letter") << u"fr_CA"_s << u"(letter)"_s;
        QTest::addRow("United Kingdom: A4") << u"en_GB"_s << u"(A4)"_s;
        QTest::addRow("China: A4") << u"zh_CN"_s << u"(A4)"_s;
    }

    void pageSizeFollowsTheLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, size);
        const QString path = m_dir.filePath(u"size-%1.pdf"_s.arg(locale));
        QVERIFY(report::writeReport(m_data, ReportFormat::Pdf, path, QLocale(locale)).has_value());
        const QString info = run(u"pdfinfo"_s, {path});
        QVERIFY2(info.contains(u"Page size:"_s) && info.contains(size), qPrintable(info));
    }

    void chineseReportEmbedsACjkFont()
    {
        const QString path = m_dir.filePath(u"report-zh.pdf"_s);
        QVERIFY(report::writeReport(m_data, ReportFormat::Pdf, path, QLocale(u"zh_CN"_s)).has_value());
        const QString fonts = run(u"pdffonts"_s, {path});
        QVERIFY2(fonts.contains(u"NotoSansCJK"_s), qPrintable(fonts));
        QVERIFY(pdfText(path).contains(u"生产环境"_s));
    }

    void htmlIsSelfContained()
    {
        const QString path = m_dir.filePath(u"report.html"_s);
        QVERIFY(report::writeReport(m_data, ReportFormat::Html, path, QLocale(u"en_GB"_s)).has_value());
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<style>"_s));
        // charts inline, nothing fetched from elsewhere
        QCOMPARE(html.count(u"src=\"data:image/png;base64,"_s), 1 + test::fixtureContainerNames().size());
        QVERIFY(!html.contains(u"src=\"http"_s));
        QVERIFY(!html.contains(u"dsimg:"_s));
        for (const QString &name : test::fixtureContainerNames())
            QVERIFY(html.contains(u"Container "_s + name));
        QVERIFY(html.contains(u"href=\"#checklist\""_s));
        QVERIFY(html.contains(u"id=\"checklist\""_s));
        QVERIFY(html.contains(u"生产环境"_s));
    }

    void capabilityTableShowsTheRisk_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("dangerous");
        QTest::addColumn<QString>("defaultRisky");
        QTest::addRow("English") << u"en_GB"_s << u"dangerous"_s << u"default, risky"_s;
        QTest::addRow("Chinese") << u"zh_CN"_s << u"危险"_s << u"默认，有风险"_s;
    }

    void capabilityTableShowsTheRisk()
    {
        // The GUI's risk label (core::Capabilities::risk) in the capability table, next to the
        // name, translated: the privileged container holds CAP_SYS_ADMIN; every container
        // listed with Docker's default set has CAP_NET_RAW.
        QFETCH(QString, locale);
        QFETCH(QString, dangerous);
        QFETCH(QString, defaultRisky);
        QTranslator translator;
        QVERIFY(installCatalogue(translator, locale));
        const QString path = m_dir.filePath(u"risk-%1.html"_s.arg(locale));
        const auto written = report::writeReport(m_data, ReportFormat::Html, path, QLocale(locale));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY(written.has_value());
        const QString html = QString::fromUtf8(readAll(path));
        auto riskCell = [](const QString &capability, const QString &label) {
            return QRegularExpression(u"<td><span class=\"mono\">"_s + capability
                                      + u"</span></td><td>(<span class=\"finding\">)?"_s
                                      + QRegularExpression::escape(label) + u"(</span>)?</td>"_s);
        };
        QVERIFY2(html.contains(riskCell(u"CAP_SYS_ADMIN"_s, dangerous)), "CAP_SYS_ADMIN");
        QVERIFY2(html.contains(riskCell(u"CAP_NET_RAW"_s, defaultRisky)), "CAP_NET_RAW");
        // a capability without a risk class has an empty cell
        QVERIFY2(html.contains(riskCell(u"CAP_CHOWN"_s, QString())), "CAP_CHOWN");
    }

    void htmlKeepsDaemonStringsText()
    {
        // Issue 13: a daemon's id and a container's name are text in the browser report, never
        // markup (the id lands inside id="…" and href="#…").
        report::ReportData data = m_data;
        QVERIFY(!data.audit.containers.isEmpty());
        data.audit.containers.first().id = u"\"><img src=x onerror=alert(1)>"_s;
        data.audit.containers.first().name = u"<script>alert(2)</script>"_s;
        const QString path = m_dir.filePath(u"hostile.html"_s);
        QVERIFY(report::writeReport(data, ReportFormat::Html, path, QLocale(u"en_GB"_s)).has_value());
        const QString html = QString::fromUtf8(readAll(path));
        QVERIFY(!html.contains(u"<img src=x"_s));
        QVERIFY(!html.contains(u"<script>alert"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(2)"_s));
    }

    void jsonHasTheSchema()
    {
        const QString path = m_dir.filePath(u"report.json"_s);
        QVERIFY(report::writeReport(m_data, ReportFormat::Json, path, QLocale(u"en_GB"_s)).has_value());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(path), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(u"schema"_s).toString(), u"dockscope-report/1"_s);
        QVERIFY(root.value(u"audit"_s).isObject());
        QCOMPARE(root.value(u"audit"_s).toObject().value(u"schema"_s).toString(), u"dockscope-audit/1"_s);
        QCOMPARE(root.value(u"containers"_s).toArray().size(), m_data.audit.containers.size());
        QCOMPARE(root.value(u"endpoint"_s).toString(), u"unix:///var/run/docker.sock"_s);
        const QJsonObject memory = root.value(u"memory"_s).toObject();
        QCOMPARE(memory.size(), 2);
        const QJsonArray web = memory.value(m_data.audit.containers.first().id).toArray();
        QCOMPARE(web.size(), 40);
        QCOMPARE(web.first().toObject().value(u"limit"_s).toDouble(), 48.0 * 1024 * 1024);
        // the second container has no limit: null, not 0
        const QJsonArray debug = memory.value(m_data.audit.containers.at(1).id).toArray();
        QVERIFY(debug.first().toObject().value(u"limit"_s).isNull());
    }

    void replacesAnExistingFileOnlyOnSuccess_data()
    {
        QTest::addColumn<ReportFormat>("format");
        QTest::addRow("pdf") << ReportFormat::Pdf;
        QTest::addRow("html") << ReportFormat::Html;
        QTest::addRow("json") << ReportFormat::Json;
    }

    void replacesAnExistingFileOnlyOnSuccess()
    {
        QFETCH(ReportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"existing.out"_s);
        const QByteArray old = "the previous report\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(old);
        }
        // A real write failure even as root: the file size limit makes write() fail with EFBIG.
        struct rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const auto failed = report::writeReport(m_data, format, path, QLocale(u"en_GB"_s));
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, savedHandler);

        QVERIFY(!failed.has_value());
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"existing.out"_s});

        QVERIFY(report::writeReport(m_data, format, path, QLocale(u"en_GB"_s)).has_value());
        const QByteArray now = readAll(path);
        QVERIFY(now.size() > 4096);
        QVERIFY(now != old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"existing.out"_s});
    }

    void unwritableDirectoryIsAnError()
    {
        const auto result = report::writeReport(m_data, ReportFormat::Pdf,
                                                m_dir.filePath(u"no/such/dir/report.pdf"_s), QLocale(u"en_GB"_s));
        QVERIFY(!result.has_value());
        QVERIFY(result.error().detail.contains(u"no/such/dir"_s));
    }

    void emptyAuditStillMakesAReport()
    {
        // A daemon with no containers and no results: a cover and an empty checklist, no crash.
        report::ReportData data;
        data.generatedAt = QDateTime::currentDateTimeUtc();
        data.endpointLabel = u"tcp://10.0.0.5:2376"_s;
        data.audit.host.noAccessReason = core::Error{core::ErrorCode::Unavailable, u"remote host"_s};
        const QString path = m_dir.filePath(u"empty.pdf"_s);
        QVERIFY(report::writeReport(data, ReportFormat::Pdf, path, QLocale(u"en_GB"_s)).has_value());
        const QString text = pdfText(path).simplified();
        QVERIFY(text.contains(u"tcp://10.0.0.5:2376"_s));
        QVERIFY(text.contains(u"Unavailable: no access to the host's files"_s));
        QVERIFY(text.contains(u"No checks of the host or the daemon were run."_s));
    }

private:
    QTemporaryDir m_dir;
    report::ReportData m_data;
    QString m_pdf;
    QString m_text;
};

QTEST_MAIN(tst_ReportWriter)
#include "tst_reportwriter.moc"
