// SPDX-License-Identifier: GPL-3.0-or-later
// A report from a real daemon: gather an audit with AuditRunner over the test daemon, sample
// the containers' memory, write the PDF, HTML and JSON, and read the PDF back with pdftotext.

#include "common/auditwait.h"
#include "common/testenv.h"

#include "core/audit/auditor.h"
#include "core/docker/dockerclient.h"
#include "core/facts/factscollector.h"
#include "core/facts/hostfs.h"
#include "ui/report/reportwriter.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace dockscope;
using namespace dockscope::core;
using namespace dockscope::test;
using namespace Qt::StringLiterals;

namespace {

Result<AuditReport> audit(const QStringList &names)
{
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::Unix;
    endpoint.socketPath = TestEnv::socketPath();
    DockerClient client(endpoint);
    return runAuditToEnd(&client, std::make_shared<LocalHostFs>(), names, 90000);
}

QString pdfPlainText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished(60000);
    // Not normalised: this is the text that a PDF viewer's search and copy see.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

} // namespace

class tst_ReportIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportFromARealDaemon()
    {
        QString why;
        if (!TestEnv::available(&why))
            QFAIL(qPrintable(why));
        ScopedContainer limited(u"report-limited"_s, {u"--memory"_s, u"48m"_s, u"--pids-limit"_s, u"77"_s});
        QVERIFY2(limited.ok(), qPrintable(limited.error()));
        ScopedContainer shared(u"report-hostpid"_s, {u"--pid"_s, u"host"_s, u"--cap-add"_s, u"SYS_PTRACE"_s});
        QVERIFY2(shared.ok(), qPrintable(shared.error()));
        ScopedContainer stopped(u"report-created"_s, {}, {u"true"_s}, false);
        QVERIFY2(stopped.ok(), qPrintable(stopped.error()));
        const QStringList names{limited.name(), shared.name(), stopped.name()};

        const auto result = audit(names);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().detail));
        QCOMPARE(result->containers.size(), 3);

        report::ReportData data;
        data.audit = *result;
        data.endpointLabel = TestEnv::host();
        data.generatedAt = QDateTime::currentDateTime();
        const LocalHostFs hostFs;
        for (const auto &c : data.audit.containers) {
            if (c.pid <= 0)
                continue;
            for (int i = 0; i < 3; ++i) {
                const auto sample = sampleMemory(hostFs, c.cgroup);
                if (sample)
                    data.memory[c.id].append(*sample);
            }
        }
        QVERIFY2(!data.memory.value(data.audit.containers.first().id).isEmpty()
                     || !data.memory.isEmpty(), "no memory sample from the running containers");

        QTemporaryDir dir;
        if (qEnvironmentVariableIsSet("DOCKSCOPE_KEEP_REPORTS")) {
            dir.setAutoRemove(false);
            qInfo("reports kept in %s", qPrintable(dir.path()));
        }
        const QString pdf = dir.filePath(u"real.pdf"_s);
        const auto written = report::writeReport(data, report::ReportFormat::Pdf, pdf, QLocale(u"en_GB"_s));
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().detail));
        const QString text = pdfPlainText(pdf);
        QVERIFY2(text.contains(u"Docker security report"_s), qPrintable(text.left(300)));
        QVERIFY(text.contains(u"Daemon and host checklist"_s));
        for (const QString &name : names)
            QVERIFY2(text.contains(u"Container "_s + name), qPrintable(name));
        QVERIFY(text.contains(u"Namespaces"_s));
        QVERIFY(text.contains(u"Shared with the host"_s));     // --pid host
        QVERIFY(text.contains(u"48.0 MiB"_s));                 // --memory 48m, enforced
        QVERIFY(text.contains(u"CAP_SYS_PTRACE"_s));
        QVERIFY(text.contains(u"PASS"_s));
        QVERIFY(text.contains(u"FAIL"_s) || text.contains(u"WARN"_s));
        QVERIFY(text.contains(u"Unavailable:"_s));             // the created container's kernel facts

        const QString json = dir.filePath(u"real.json"_s);
        QVERIFY(report::writeReport(data, report::ReportFormat::Json, json, QLocale(u"en_GB"_s)).has_value());
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(u"schema"_s).toString(), u"dockscope-report/1"_s);
        QCOMPARE(root.value(u"containers"_s).toArray().size(), 3);

        const QString html = dir.filePath(u"real.html"_s);
        QVERIFY(report::writeReport(data, report::ReportFormat::Html, html, QLocale(u"zh_CN"_s)).has_value());

        // The same report in Chinese, with the catalogue the dockscope binary embeds.
        QTranslator translator;
        const QString qm = QStringLiteral(DOCKSCOPE_QM_DIR) + u"/dockscope_zh_CN.qm"_s;
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString zhPdf = dir.filePath(u"real-zh_CN.pdf"_s);
        const auto zhWritten = report::writeReport(data, report::ReportFormat::Pdf, zhPdf,
                                                   QLocale(QLocale::Chinese, QLocale::China));
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(zhWritten.has_value(), qPrintable(zhWritten ? QString() : zhWritten.error().detail));
        // As written: 力 and 用 once came out as the Kangxi radicals ⼒ and ⽤.
        const QString zh = pdfPlainText(zhPdf);
        QVERIFY2(zh.contains(u"Docker 安全报告"_s), qPrintable(zh.left(300)));
        QVERIFY(zh.contains(u"结论汇总"_s));
        QVERIFY(zh.contains(u"守护进程与宿主机检查清单"_s));
        for (const QString &name : names)
            QVERIFY2(zh.contains(u"容器 "_s + name), qPrintable(name));
        QVERIFY(zh.contains(u"命名空间"_s));
        QVERIFY(zh.contains(u"能力"_s));
        QVERIFY(zh.contains(u"内存用量变化"_s));
        QVERIFY(zh.contains(u"控制组限制"_s));
        QVERIFY(zh.contains(u"与宿主机共享"_s));               // --pid host
        // Digits, drawn by the text layout and by the page furniture: they vanished from the
        // text when Noto Sans CJK SC's digits were used (no ToUnicode entry).
        QVERIFY2(zh.contains(u"48.0 MiB"_s), qPrintable(zh.left(600)));
        QVERIFY(zh.contains(u"Dockscope "_s + QStringLiteral(DOCKSCOPE_VERSION)));
        // 页 once came back as U+2EDA (CJK Radicals Supplement).
        QVERIFY2(zh.contains(QRegularExpression(u"第 1 页，共 \\d+ 页"_s)),
                 "page footer \"第 1 页，共 N 页\" missing");
        QVERIFY(zh.contains(u"CAP_SYS_PTRACE"_s));
        // No English heading or label left: every one the report uses has a translation
        // ("Kernel" is not in the list: the evidence quotes the JSON path /info KernelVersion).
        const QStringList english{
            u"Docker security report"_s, u"Daemon and host checklist"_s, u"Contents"_s,
            u"Summary of verdicts"_s, u"Verdicts by section"_s, u"Findings"_s, u"Namespaces"_s,
            u"Capabilities"_s, u"Control group limits"_s, u"Memory as the container sees it"_s,
            u"Memory usage over time"_s, u"Shared with the host"_s, u"Unavailable:"_s,
            u"Container "_s, u"Page "_s, u"Host "_s, u"Endpoint"_s, u"Docker daemon version"_s,
            u"API version"_s, u"Operating system"_s, u"Control groups"_s, u"Host access"_s,
            u"Report date"_s, u"Audit run"_s, u"Containers in this report"_s,
            u"Evidence"_s, u"Remed"_s, u"Yes"_s, u"PASS"_s, u"FAIL"_s, u"WARN"_s,
        };
        for (const QString &phrase : english)
            QVERIFY2(!zh.contains(phrase), qPrintable(u"untranslated: "_s + phrase));
    }
};

QTEST_MAIN(tst_ReportIntegration)
#include "tst_reportintegration.moc"
